import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { learnStyleProfile, writeStyleProfile } from '@baton/style';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidEditsError } from '../errors';
import { codingStandards, workspaceFormatter } from './standards';

const require = createRequire(import.meta.url);
/** This repository's installed package folder, linked into a temp workspace as npm would install it. */
const installed = (name: string) => dirname(require.resolve(`${name}/package.json`));

describe('coding standards', () => {
  let ws: string;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(ws, path)), { recursive: true });
    writeFileSync(join(ws, path), text);
  };
  const install = (name: string) => {
    mkdirSync(join(ws, 'node_modules'), { recursive: true });
    symlinkSync(installed(name), join(ws, 'node_modules', name));
  };
  const sample = () => join(ws, 'packages/analytics/src/index.ts');

  beforeEach(() => {
    ws = mkdtempSync(join(tmpdir(), 'baton-standards-'));
    write('package.json', '{ "name": "ws", "private": true }\n');
  });
  afterEach(() => rmSync(ws, { recursive: true, force: true }));

  it("reads the workspace's own Prettier options, ESLint rules in force and style profile", async () => {
    install('prettier');
    install('eslint');
    write('.prettierrc', '{ "singleQuote": true, "printWidth": 100 }\n');
    write(
      'eslint.config.mjs',
      "export default [{ files: ['**/*.ts'], rules: { 'no-var': 'error', eqeqeq: ['warn', 'always'], 'no-console': 'off' } }];\n",
    );
    for (let i = 0; i < 12; i++) {
      write(`packages/core/src/m${i}.ts`, `export function loadUser${i}() {\n  return ${i};\n}\n`);
    }
    writeStyleProfile(
      ws,
      learnStyleProfile({
        workspaceRoot: ws,
        files: Array.from({ length: 12 }, (_, i) => `packages/core/src/m${i}.ts`),
      }),
    );

    const standards = await codingStandards(ws, sample());
    expect(standards.notes).toEqual([]);
    expect(standards.text).toContain('{"singleQuote":true,"printWidth":100}');
    expect(standards.text).toContain('eqeqeq (warn, "always")');
    expect(standards.text).toContain('no-var (error)');
    expect(standards.text).not.toContain('no-console');
    expect(standards.text).toContain('100% of function names here are camelCase');
    expect(standards.notes).toEqual([]);
  });

  it('says what it left out when the workspace has no Prettier, ESLint or profile', async () => {
    const standards = await codingStandards(ws, sample());
    expect(standards.text).toBe('');
    expect(standards.notes).toEqual([
      'Prettier options left out: the workspace has no prettier package',
      'ESLint rules left out: the workspace has no eslint package',
      'style profile left out: the workspace has none yet (`baton style learn` writes it)',
    ]);
  });

  it("formats with the workspace's Prettier, skips ignored files and refuses code that does not parse", async () => {
    install('prettier');
    write('.prettierrc', '{ "singleQuote": true, "semi": false }\n');
    write('.prettierignore', 'packages/analytics/generated/\n');
    const format = workspaceFormatter(ws);

    expect(await format('packages/analytics/src/a.ts', 'const a = "x";;\n')).toBe(
      "const a = 'x'\n",
    );
    expect(await format('packages/analytics/generated/b.ts', 'const b = "x";;\n')).toBe(
      'const b = "x";;\n',
    );
    expect(await format('packages/analytics/schema.sql', 'select  1;\n')).toBe('select  1;\n');
    await expect(format('packages/analytics/src/c.ts', 'export function (\n')).rejects.toThrow(
      InvalidEditsError,
    );
    await expect(format('packages/analytics/src/c.ts', 'export function (\n')).rejects.toThrow(
      /packages\/analytics\/src\/c.ts does not parse/,
    );
  });
});
