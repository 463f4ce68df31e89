import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { canOutline, outline, viewFile } from './outline';

const require = createRequire(import.meta.url);
const trailersPath = join(import.meta.dirname, '..', 'provenance', 'trailers.ts');
const commanderPath = join(dirname(require.resolve('commander')), 'lib', 'command.js');

/** The names of the methods of every class in a file, read with the compiler. */
function methodNames(path: string, text: string): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const names: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isMethodDeclaration(node)) names.push(node.name.getText(source));
    node.forEachChild(visit);
  };
  visit(source);
  return names;
}

describe('outline', async () => {
  it("keeps this repository's declarations and signatures and drops every body", async () => {
    const source = readFileSync(trailersPath, 'utf8');
    const text = await outline(trailersPath, source);

    expect(text).toMatch(/^import \{ logTrailers \} from '\.\.\/git[^']*';$/m);
    expect(text).toContain('export interface PhaseTrailers {');
    expect(text).toContain(
      '/** `<provider>/<model the API reported>`, e.g. `google/gemini-2.5-pro`. */',
    );
    expect(text).toContain('export function trailerArgs(trailers: PhaseTrailers): string[] { … }');
    expect(text).toMatch(/export async function phaseCommits\(\s+cwd: string,/);
    expect(text).toContain('): Promise<Map<string, PhaseTrailers>> { … }');
    expect(text).not.toContain('flatMap');
    expect(text).not.toContain('logTrailers(cwd');
    expect(text.length).toBeLessThan(source.length * 0.75);
  });

  it('outlines a real CommonJS class (commander) to its methods and requires', async () => {
    const source = readFileSync(commanderPath, 'utf8');
    const text = await outline(commanderPath, source);

    expect(text).toContain("const { Option, DualOptions } = require('./option.js');");
    expect(text).toContain('class Command extends EventEmitter {');
    expect(text).toContain('  command(nameAndArgs, actionOptsOrExecDesc, execOpts) { … }');
    expect(text).toContain('exports.Command = Command;');
    expect(text).not.toContain('this._scriptPath');
    const methods = methodNames(commanderPath, source);
    expect(methods.length).toBeGreaterThan(50);
    for (const method of methods)
      expect(text).toMatch(
        new RegExp(`\\n  (?:static |async |\\* )*${method}\\(.*\\) \\{ … \\}\\n`),
      );
    expect(text.length).toBeLessThan(source.length / 2);
  });

  it('cuts arrow bodies, object methods and long initializers, keeps short constants and types', async () => {
    const text = await outline(
      'api-routes.ts',
      [
        "import express from 'express';",
        'const router = express.Router();',
        "router.get('/metrics', handler);",
        'export const version = 2;',
        'export type Range = { start: Date; end: Date };',
        'export enum Granularity { Daily, Hourly }',
        'export const aggregate = async (range: Range, granularity: Granularity): Promise<number> => {',
        '  return range.start.getTime() + granularity;',
        '};',
        'export const handlers = {',
        '  list(req: unknown) { return req; },',
        "  mode: 'strict',",
        '};',
        'export class Store {',
        '  private rows = new Map<string, number>();',
        '  static { console.log("loaded"); }',
        '  get size(): number { return this.rows.size; }',
        '  constructor(readonly name: string) { this.rows.clear(); }',
        '}',
        'export namespace Legacy {',
        '  export function old(): void { console.log(1); }',
        '  console.log("side effect");',
        '}',
        'export default aggregate;',
      ].join('\n'),
    );

    expect(text).toBe(
      [
        "import express from 'express';",
        'const router = …;',
        'export const version = 2;',
        'export type Range = { start: Date; end: Date };',
        'export enum Granularity { Daily, Hourly }',
        'export const aggregate = async (range: Range, granularity: Granularity): Promise<number> => { … };',
        'export const handlers = {',
        '  list(req: unknown) { … },',
        "  mode: 'strict',",
        '};',
        'export class Store {',
        '  private rows = …;',
        '  static { … }',
        '  get size(): number { … }',
        '  constructor(readonly name: string) { … }',
        '}',
        'export namespace Legacy {',
        '  export function old(): void { … }',
        '}',
        'export default aggregate;',
        '',
      ].join('\n'),
    );
  });

  it('sends other languages whole, saying why when structure was asked', async () => {
    const sql = 'CREATE TABLE user_events (user_id BIGINT, created_at TIMESTAMPTZ);\n';
    expect(canOutline('schema.sql')).toBe(false);
    expect(canOutline('src/App.TSX')).toBe(true);
    expect(await viewFile('schema.sql', sql, false)).toEqual({ kind: 'whole', text: sql });
    const view = await viewFile('schema.sql', sql, true);
    expect(view.kind).toBe('whole');
    expect(view.text).toBe(sql);
    expect(view.note).toMatch(/only TypeScript and JavaScript/);
    expect(await viewFile('a.ts', 'export function f() { return 1; }\n', true)).toEqual({
      kind: 'outline',
      text: 'export function f() { … }\n',
    });
  });
});
