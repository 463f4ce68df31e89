import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { ConventionId } from '../conventions';
import { positionsIn } from '../positions';
import { observeSource } from '.';
import { visitedKinds } from './source';

/** Each observation of `code` with the line it is on. */
function observedLines(code: string, path = 'src/sample.ts', pathAliases: string[] = []) {
  const positionOf = positionsIn(code);
  return observeSource(path, code, { pathAliases }).map((observation) => ({
    ...observation,
    line: positionOf(observation.position).line,
  }));
}

function seen(
  code: string,
  convention: ConventionId,
  path = 'src/sample.ts',
  pathAliases: string[] = [],
) {
  return observedLines(code, path, pathAliases)
    .filter((observation) => observation.convention === convention)
    .map(({ variants, line, subject }) => ({ variants, line, subject }));
}

/** What `convention` saw in `code`, as [subject, first variant] pairs. */
function subjectVariants(...args: Parameters<typeof seen>) {
  return seen(...args).map((o) => [o.subject, o.variants[0]]);
}

describe('observeSource', () => {
  it('names functions, variables, constants, classes and types by kind', () => {
    const code = [
      'const MAX_RETRIES = 3;',
      "export const defaultName = 'x' as const;",
      'const handlers = { a: 1 };',
      'export function load_user(id: string) { const user_id = id; let count = 0; return user_id + count; }',
      'const fetchData = async () => 1;',
      'class userStore {}',
      'interface UserRecord { id: string }',
      'type user_id = string;',
      'enum Color { Red }',
    ].join('\n');
    expect(seen(code, 'naming.constants')).toEqual([
      { variants: ['UPPER_CASE'], line: 1, subject: 'MAX_RETRIES' },
      { variants: ['camelCase'], line: 2, subject: 'defaultName' },
    ]);
    expect(seen(code, 'naming.functions').map((o) => o.subject)).toEqual([
      'load_user',
      'fetchData',
    ]);
    expect(seen(code, 'naming.variables')).toEqual([
      { variants: ['snake_case'], line: 4, subject: 'user_id' },
      { variants: ['camelCase', 'snake_case', 'kebab-case'], line: 4, subject: 'count' },
    ]);
    expect(seen(code, 'naming.classes')).toEqual([
      { variants: ['camelCase'], line: 6, subject: 'userStore' },
    ]);
    expect(subjectVariants(code, 'naming.types')).toEqual([
      ['UserRecord', 'PascalCase'],
      ['user_id', 'snake_case'],
      ['Color', 'PascalCase'],
    ]);
  });

  it('tells function declarations from arrow constants at the top level only', () => {
    const code = [
      'export function a() { const inner = () => 1; return inner(); }',
      'export const b = () => 2;',
      'const c = function () { return 3; };',
      'function overload(x: string): void;',
      'function overload(x: unknown) { void x; }',
    ].join('\n');
    expect(subjectVariants(code, 'functions.form')).toEqual([
      ['a', 'declaration'],
      ['b', 'arrow'],
      ['c', 'arrow'],
      ['overload', 'declaration'],
    ]);
  });

  it('counts a module with a default export as default, one without as named', () => {
    expect(seen('export const a = 1;\nexport default function main() {}', 'exports.kind')).toEqual([
      { variants: ['default'], line: 2, subject: 'export default' },
    ]);
    expect(seen('const a = 1;\nexport { a as default };', 'exports.kind')[0].variants).toEqual([
      'default',
    ]);
    expect(seen('export const a = 1;', 'exports.kind')[0].variants).toEqual(['named']);
    expect(seen('const a = 1;', 'exports.kind')).toEqual([]);
  });

  it('counts no export kind for what a module passes on from another', () => {
    const barrel = "export { Client as default } from './client';\nexport * from './types';";
    expect(seen(barrel, 'exports.kind')).toEqual([]);
    expect(seen(`${barrel}\nexport const a = 1;`, 'exports.kind')[0].variants).toEqual(['named']);
  });

  it('counts a .then() only where an await could stand for it', () => {
    const code = [
      'async function a(p: Promise<number>) { return await p.then(String).catch(() => 0); }',
      'class Lazy implements PromiseLike<number> {',
      '  constructor(p: Promise<number>) { p.then(() => undefined); }',
      '  then(ok?: (n: number) => unknown) { return this.run().then(ok); }',
      '  run(): Promise<number> { return Promise.resolve(1).then((n) => n + 1); }',
      '  wrapped(): ApiPromise<number> { return new ApiPromise(this.run().then(Number)); }',
      '}',
      'const b = (p: Promise<number>) => p.then((n) => n.then(String));',
      'async function c(p: Promise<number>) { return p.then(String); }',
      'async function d(p: Promise<number>) { p.then(String); const q = p.then(Number); await q; }',
      'async function e() { return new Promise<number>((ok) => ok(1)).then(String); }',
    ].join('\n');
    expect(seen(code, 'async.form').map((o) => [o.variants[0], o.line])).toEqual([
      ['await', 1],
      ['then', 5],
      ['then', 8],
      ['then', 8],
      ['then', 9],
      ['await', 10],
    ]);
  });

  it('counts await and .then() chains', () => {
    const code =
      'async function f(p: Promise<number>) {\n  await p;\n  return p.then((x) => x).then(String);\n}';
    expect(seen(code, 'async.form').map((o) => [o.variants[0], o.line])).toEqual([
      ['await', 2],
      ['then', 3],
      ['then', 3],
    ]);
  });

  it('tells interfaces from type aliases of object shapes, ignoring other aliases', () => {
    const code =
      'interface A { a: 1 }\ntype B = { b: 2 };\ntype C = A | B;\ntype D = A & { d: 4 };';
    expect(subjectVariants(code, 'types.objectShape')).toEqual([
      ['A', 'interface'],
      ['B', 'type'],
    ]);
  });

  it('reads import styles: node: prefix, relative or alias, ESM or require', () => {
    const code = [
      "import { readFileSync } from 'node:fs';",
      "import path from 'path';",
      "import { a } from '../lib/a';",
      "import { b } from './b';",
      "import { c } from '@/lib/c';",
      "import { z } from 'zod';",
      "const os = require('os');",
      "export { d } from '../d';",
    ].join('\n');
    expect(subjectVariants(code, 'imports.nodeProtocol', 'src/a.ts', ['@/'])).toEqual([
      ['node:fs', 'prefixed'],
      ['path', 'bare'],
      ['os', 'bare'],
    ]);
    expect(subjectVariants(code, 'imports.internal', 'src/a.ts', ['@/'])).toEqual([
      ['../lib/a', 'relative'],
      ['@/lib/c', 'alias'],
      ['../d', 'relative'],
    ]);
    expect(seen(code, 'modules.system').map((o) => o.variants[0])).toEqual([
      'esm',
      'esm',
      'esm',
      'esm',
      'esm',
      'esm',
      'commonjs',
      'esm',
    ]);
    // The extension chose the module system: neither file chose it.
    expect(seen("const fs = require('fs');", 'modules.system', 'config.cjs')).toEqual([]);
    expect(seen("import fs from 'fs';", 'modules.system', 'cli.mjs')).toEqual([]);
    expect(seen("import fs from 'fs';", 'modules.system', 'cli.mts')).toEqual([]);
    expect(seen("import fs from 'fs';", 'modules.system', 'cli.js')).toHaveLength(1);
  });

  it('finds imports used only as types, and whether they say so', () => {
    const code = [
      "import type { A } from './a';",
      "import { type B, C, D, E, F, G } from './b';",
      'let a: A; let b: B; let c: C;',
      'const d = new D();',
      'let e: typeof E;',
      'class X extends F implements G {}',
    ].join('\n');
    expect(subjectVariants(code, 'imports.typeOnly')).toEqual([
      ['A', 'marked'],
      ['B', 'marked'],
      ['C', 'unmarked'],
      ['E', 'unmarked'],
      ['G', 'unmarked'],
    ]);
    expect(
      subjectVariants(
        "import * as API from './api';\nimport * as Core from './core';\nimport { Page } from './page';\nlet a: API.Params;\nCore.run(Page<string>);",
        'imports.typeOnly',
      ),
    ).toEqual([['API', 'unmarked']]);
    expect(seen("import { C } from './c';\nlet c: C;", 'imports.typeOnly', 'a.js')).toEqual([]);
    expect(seen("import { C } from './c';\nlet c: C;\nexport { C };", 'imports.typeOnly')).toEqual(
      [],
    );
  });

  it('reads React as a value in a file that writes JSX, as the classic runtime compiles it', () => {
    const typed = "import React from 'react';\nexport const Card: React.FC = () =>";
    const jsx = (path: string, code: string) =>
      seen(code, 'imports.typeOnly', path).map((o) => o.subject);
    expect(jsx('src/card.tsx', `${typed} null;`)).toEqual(['React']);
    expect(jsx('src/card.tsx', `${typed} <div />;`)).toEqual([]);
    expect(jsx('src/card.tsx', `${typed} <>text</>;`)).toEqual([]);
  });

  it('tells thrown Errors (built-in or subclass) from thrown strings and objects', () => {
    const code = [
      "throw new Error('a');",
      "throw new RelayError('code', 'b');",
      "throw new RelayError('code', 'again');",
      "throw 'c';",
      "throw { code: 'd' };",
      'throw error;',
      'throw `e ${1}`;',
      "throw new DOMException('Aborted', 'AbortError');",
    ].join('\n');
    expect(seen(code, 'errors.thrown').map((o) => [o.line, o.variants[0]])).toEqual([
      [1, 'error'],
      [2, 'error'],
      [3, 'error'],
      [4, 'literal'],
      [5, 'literal'],
      [7, 'literal'],
      [8, 'error'],
    ]);
    expect(subjectVariants(code, 'errors.class')).toEqual([
      ['Error', 'builtin'],
      ['RelayError', 'subclass'],
      ['DOMException', 'builtin'],
    ]);
  });

  it('finds model banners in comments, not in prose about models or in strings', () => {
    const code = [
      '// Here is the updated implementation of the parser.',
      '/**',
      ' * This file was generated by ChatGPT.',
      ' */',
      'const a = 1; // As an AI language model, I cannot test this.',
      '/** Returned when the model-generated audio is done. Generated by the server. */',
      "const s = 'Here is the answer';",
      '// Here is the relevant discussion: https://github.com/websockets/ws/issues/1354',
    ].join('\n');
    expect(seen(code, 'comments.banners').map((o) => [o.line, o.subject])).toEqual([
      [1, 'Here is the updated implementation of the parser.'],
      [3, 'This file was generated by ChatGPT.'],
      [5, 'As an AI language model, I cannot test this.'],
    ]);
    expect(seen('// Parses the map once, on load.\nconst a = 1;', 'comments.banners')).toEqual([
      { variants: ['none'], line: 1, subject: 'sample.ts' },
    ]);
  });

  it('names the file by its name before the first dot', () => {
    expect(seen('', 'naming.files', 'src/user-profile.test.ts')[0]).toEqual({
      variants: ['kebab-case'],
      line: 1,
      subject: 'user-profile',
    });
    expect(seen('', 'naming.files', 'src/UserProfile.tsx')[0].variants).toEqual(['PascalCase']);
  });

  it('marks a file named after the class, type or variable it exports as borrowing its case, and no other file', () => {
    const borrowed = (path: string, code: string) =>
      observeSource(path, code, { pathAliases: [] })[0].borrowed ?? false;
    expect(borrowed('src/TRPCError.ts', 'export class TRPCError extends Error {}')).toBe(true);
    expect(borrowed('src/trpc_error.ts', 'export class TRPCError extends Error {}')).toBe(false);
    expect(borrowed('src/TRPCError.ts', 'class TRPCError extends Error {}')).toBe(false);
    expect(borrowed('src/debounceTime.ts', 'export function debounceTime() {}')).toBe(false);
    expect(borrowed('src/RunnableToolset.ts', 'export type RunnableToolset = Tool[];')).toBe(true);
    expect(borrowed('src/UserStore.ts', 'export interface UserStore {}')).toBe(true);
    expect(borrowed('src/Status.ts', 'export enum Status { On }')).toBe(true);
    expect(borrowed('src/Immediate.ts', 'export const Immediate = { run() {} };')).toBe(true);
    expect(borrowed('src/UserStore.ts', 'interface UserStore {}')).toBe(false);
  });

  it('marks a file named after a module beside it that it imports as borrowing its case', () => {
    const borrowed = (path: string, code: string) =>
      observeSource(path, code, { pathAliases: [] })[0].borrowed ?? false;
    expect(borrowed('src/Headers.test.ts', "import { Headers } from './Headers';")).toBe(true);
    expect(borrowed('test/Button.stories.tsx', "import Button from '../src/Button.js';")).toBe(
      true,
    );
    expect(borrowed('src/Headers.ts', "export * from './internal/Headers';")).toBe(true);
    expect(borrowed('src/Headers.test.ts', "import { Headers } from 'Headers';")).toBe(false);
    expect(borrowed('src/Headers.test.ts', "import { Headers } from './HeadersList';")).toBe(false);
  });

  it('marks a departure on a line whose lint rule against it is turned off by name, for that line alone', () => {
    const code = [
      '// eslint-disable-next-line no-throw-literal -- callers read .name',
      "throw { name: 'ConditionError' };",
      "throw 'plain';",
      "throw { name: 'Other' }; // eslint-disable-line @typescript-eslint/only-throw-error",
      '// eslint-disable-next-line no-console',
      "throw 'unrelated rule';",
      '/* eslint-disable no-throw-literal */',
      "throw 'file-wide';",
      '// biome-ignore lint/style/useNamingConvention: the API names it',
      'const api_key = 1;',
    ].join('\n');
    const marked = observedLines(code)
      .filter((o) => o.convention === 'errors.thrown' || o.convention === 'naming.constants')
      .map((o) => [o.line, o.borrowed ?? false]);
    expect(marked).toEqual([
      [2, true],
      [3, false],
      [4, true],
      [6, false],
      [8, false],
      [10, true],
    ]);
  });

  it('marks a function or variable the file uses as a class as borrowing its case, and no other', () => {
    const code = [
      'function FakeScope() {}',
      'FakeScope.prototype.foo = 1;',
      'export function build(options: Options) {',
      '  const IndexType = pickIndex(options);',
      '  const index = new IndexType();',
      '  const Base = mixin(Object);',
      '  class Store extends Base {}',
      '  const Unused = options.unused;',
      '  return [index, Store, Unused];',
      '}',
      'function MakeStore() { return 1; }',
      'class Interval {}',
      // A function of the class's name, as a mechanical rename can make: `new` is the class's.
      'function Interval() { return new Interval(); }',
    ].join('\n');
    const marked = observedLines(code)
      .filter((o) => o.convention.startsWith('naming.') && o.convention !== 'naming.files')
      .map((o) => [o.subject, o.borrowed ?? false]);
    expect(marked).toEqual([
      ['FakeScope', true],
      ['build', false],
      ['IndexType', true],
      ['index', false],
      ['Base', true],
      ['Store', false],
      ['Unused', false],
      ['MakeStore', false],
      ['Interval', false],
      ['Interval', false],
    ]);
  });

  it('marks a variable passed on as a field of its name as borrowing its case, and no other', () => {
    const code = [
      'function send(state: { state_changes: number[] }) {',
      '  const state_changes = state.state_changes.map((n) => n + 1);',
      '  const other_name = 1;',
      '  return { state_changes, other_name: other_name };',
      '}',
    ].join('\n');
    const marked = observeSource('src/sample.ts', code, { pathAliases: [] })
      .filter((o) => o.convention === 'naming.variables')
      .map((o) => [o.subject, o.borrowed ?? false]);
    expect(marked).toEqual([
      ['state_changes', true],
      ['other_name', false],
    ]);
  });

  it('takes an arrow constant of one expression or none to fit both function forms', () => {
    const code = [
      'export const isServer = (): boolean => check();',
      'export const noop = () => {};',
      'export const run = () => {',
      '  return check();',
      '};',
      'function check() {',
      '  return true;',
      '}',
    ].join('\n');
    expect(seen(code, 'functions.form').map((o) => [o.subject, o.variants])).toEqual([
      ['isServer', ['arrow', 'declaration']],
      ['noop', ['arrow', 'declaration']],
      ['run', ['arrow']],
      ['check', ['declaration']],
    ]);
  });

  it('takes a variable named by the field it holds to borrow its case, and no other', () => {
    const code = [
      'function read(params: { text: { format: string }; tool_calls: number[]; starting_after?: number }) {',
      '  const text_format = params.text.format;',
      '  const tool_call = (params.tool_calls[0] ??= 1);',
      '  let starting_after = null;',
      '  starting_after = params.starting_after ?? null;',
      '  let last_value = 0;',
      '  last_value = last_value ?? params.starting_after;',
      '  const first_call = params.tool_calls[0];',
      '  return [text_format, tool_call, starting_after, last_value, first_call];',
      '}',
    ].join('\n');
    const observed = observeSource('src/sample.ts', code, { pathAliases: [] })
      .filter((o) => o.convention === 'naming.variables')
      .map((o) => [o.subject, o.borrowed ?? false]);
    expect(observed).toEqual([
      ['starting_after', true],
      ['last_value', false],
      ['first_call', false],
    ]);
  });

  it('learns from a variable built from literals alone and named in UPPER_CASE, but judges none', () => {
    const code = [
      'var DEFAULT_SUITE_NAME = "Mocha Tests";',
      'function check(text: string) {',
      '  const TEXT_PATTERN = /^\\s*\\n/;',
      '  const MAX_DEPTH = -1;',
      "  const QUEUE_METHODS = new Set(['shift', 'unshift']);",
      "  const LIMITS = Object.freeze({ depth: 3, names: ['a', 'b'] });",
      "  const KEY = Symbol.for('key');",
      "  const ALL_METHODS = new Set([...QUEUE_METHODS, 'splice']);",
      '  let RETRIES = 3;',
      '  const PARSED = parse(text);',
      '  const ALL = new Set([text]);',
      '  const EMPTY = [];',
      '  const maxWidth = 80;',
      '}',
    ].join('\n');
    const variables = observeSource('src/sample.ts', code, { pathAliases: [] }).filter(
      (o) => o.convention === 'naming.variables',
    );
    const constants = variables.filter((o) => o.learnedOnly).map((o) => o.subject);
    expect(constants).toEqual([
      'DEFAULT_SUITE_NAME',
      'TEXT_PATTERN',
      'MAX_DEPTH',
      'QUEUE_METHODS',
      'LIMITS',
      'KEY',
      'ALL_METHODS',
    ]);
    expect(variables).toHaveLength(12);
  });

  it('does not name a function that only calls a function of its name: it took that name', () => {
    const code = [
      'export const String = (name: string) => Param.String(kind, name);',
      'export const readFile = async (path: string) => { return await fs.readFile(path); };',
      'export const Int = (name: string) => Param.Integer(kind, name);',
      'export const Bool = (name: string) => { log(name); return Param.Bool(kind, name); };',
    ].join('\n');
    expect(seen(code, 'naming.functions').map((o) => o.subject)).toEqual(['Int', 'Bool']);
    expect(seen(code, 'functions.form')).toHaveLength(4);
  });

  it('does not count PascalCase functions in JSX files: they are components', () => {
    const code = 'export function UserCard() { return <div />; }\nfunction formatName() {}';
    expect(seen(code, 'naming.functions', 'src/user-card.tsx').map((o) => o.subject)).toEqual([
      'formatName',
    ]);
  });

  it.each<{ title: string; code: string[]; subjects: Partial<Record<ConventionId, string[]>> }>([
    {
      title:
        'leaves out names the file did not choose: fields it mirrors, modules it loads, classes it holds',
      code: [
        'export function f(body: Body) {',
        '  const { encoding_format } = body;',
        '  const max_tokens = body.max_tokens;',
        "  const stream_options = body['stream_options'];",
        "  const child_process = require('child_process');",
        '  const Ctor = this.constructor;',
        '  const Base = Models.Base;',
        '  const Impl = class extends Base {};',
        '  const user_id = body.id;',
        '}',
      ],
      subjects: { 'naming.variables': ['user_id'], 'naming.classes': ['Impl'] },
    },
    {
      title: 'leaves out the names of values a file holds and of types it re-exports or merges',
      code: [
        "const FetchResponse = ('Response' in fetch ? fetch.Response : Polyfill) as typeof Response;",
        'const Fallback = options.Fallback ?? Default;',
        'export const dataTag = Symbol();',
        'export type dataTag = typeof dataTag;',
        'export type input<T> = core.input<T>;',
        'export type Schema = { id: string };',
        'export type config_value = string;',
        'export const ERROR_CODES = { PARSE_ERROR: -32700 } as const;',
        'export type ERROR_CODE_KEY = keyof typeof ERROR_CODES;',
        'export type ERROR_CODE = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];',
        'export type error_code = ValueOf<typeof ERROR_CODES>;',
        'export type ERROR_MAP = Record<string, typeof ERROR_CODES>;',
      ],
      subjects: {
        'naming.variables': [],
        'naming.types': ['Schema', 'config_value', 'error_code', 'ERROR_MAP'],
      },
    },
    {
      title:
        'names a constructor function as a class, a function only typing its `this` as a function',
      code: [
        'function TimeoutErrorImpl(this: any, message: string) { this.message = message; }',
        'function parseTimeout(value: string) { return Number(value); }',
        'function emitWhenIdle(this: SchedulerAction<unknown>) { this.schedule(); }',
        // Before classes, and in JavaScript: building on its `this` is what a constructor does.
        'function SourceFixer(text) { if (text) { this.text = text; } Object.freeze(this); }',
        // The `this` of a function or class inside is that one's own.
        'function Wrap(value) { return { get() { return this.value; } }; }',
        'function Make(value) { return class { v = this; }; }',
        'function Arrow() { return () => this; }',
      ],
      subjects: {
        'naming.classes': ['TimeoutErrorImpl', 'SourceFixer', 'Arrow'],
        'naming.functions': ['parseTimeout', 'emitWhenIdle', 'Wrap', 'Make'],
      },
    },
    {
      title:
        'does not count interfaces that must be interfaces: merged declarations, augmentations',
      code: [
        'export class Client {}',
        'export interface Client { extra: string }',
        'export namespace Client { export interface Options { a: 1 } }',
        "declare module 'express' { interface Request { user: string } }",
        'declare global { interface Window { app: unknown } }',
        'interface Free { a: 1 }',
      ],
      subjects: { 'types.objectShape': ['Options', 'Free'] },
    },
  ])('$title', ({ code, subjects }) => {
    for (const [convention, expected] of Object.entries(subjects)) {
      const names = seen(code.join('\n'), convention as ConventionId).map((o) => o.subject);
      expect(names, convention).toEqual(expected);
    }
  });

  it('asks the node visitor of every kind it has a case for, and of no other', () => {
    // The walk looks a kind up in visitedKinds before it calls visitNode: a case missing there is never reached.
    const text = readFileSync(join(import.meta.dirname, 'source.ts'), 'utf8');
    const visitor = text.slice(
      text.indexOf('function visitNode('),
      text.indexOf('function visitIdentifier('),
    );
    const cases = [...visitor.matchAll(/case kind\.(\w+):/g)]
      .map(([, name]) => ts.SyntaxKind[name as keyof typeof ts.SyntaxKind])
      .sort((a, b) => a - b);
    const listed = visitedKinds(ts.SyntaxKind).sort((a, b) => a - b);
    expect(cases.length).toBeGreaterThan(10);
    expect(listed).toEqual(cases);
  });

  it('reads nothing of a generated file', () => {
    for (const header of [
      '// Code generated by protoc-gen-ts. DO NOT EDIT.',
      '/* @generated */',
      '// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.',
    ]) {
      expect(
        observeSource('src/gen.ts', `${header}\nexport const snake_case = 1;\n`, {
          pathAliases: [],
        }),
      ).toEqual([]);
    }
    expect(
      observeSource('src/own.ts', "export const a = 'DO NOT EDIT';\n", { pathAliases: [] }),
    ).not.toEqual([]);
  });

  it('takes how a file a tool loads by name exports and loads modules from the tool', () => {
    const shaped = (path: string, text: string) =>
      observeSource(path, text, { pathAliases: [] })
        .filter((o) => o.convention === 'exports.kind' || o.convention === 'modules.system')
        .map((o) => [o.variants[0], o.borrowed ?? false]);
    const config = "import { defineConfig } from 'vite';\nexport default defineConfig({});\n";
    expect(shaped('apps/web/vite.config.ts', config)).toEqual([
      ['esm', true],
      ['default', true],
    ]);
    expect(shaped('.eslintrc.cjs', 'module.exports = { root: true };\n')).toEqual([]);
    expect(
      shaped('tailwind.config.js', "module.exports = { plugins: [require('forms')] };\n"),
    ).toEqual([['commonjs', true]]);
    const meta = "import { Button } from './Button';\nexport default { component: Button };\n";
    expect(shaped('src/Button.stories.tsx', meta)).toEqual([
      ['esm', true],
      ['default', true],
    ]);
    const page = 'export default function Page() { return null; }\n';
    expect(shaped('src/app/blog/[slug]/page.tsx', page)).toEqual([['default', true]]);
    // The same code anywhere else chose its shape.
    expect(shaped('src/vite-config.ts', config)).toEqual([
      ['esm', false],
      ['default', false],
    ]);
    expect(shaped('src/pages/page.tsx', page)).toEqual([['default', false]]);
  });

  it('reads nothing of a file that is mostly one line: a bundle, minified code, data', () => {
    const observed = (text: string) => observeSource('lib/wasm.js', text, { pathAliases: [] });
    const blob = 'AGFzbQEAAAAB'.repeat(200);
    const header = "'use strict'\nconst { Buffer } = require('node:buffer')\n";
    expect(observed(`${header}module.exports = Buffer.from('${blob}', 'base64')\n`)).toEqual([]);
    expect(observed(`${'var a_b=1;'.repeat(300)}\n`)).toEqual([]);
    // One long line among as much code written by hand, or a short file on one line, is read.
    const code = Array.from({ length: 200 }, (_, i) => `const value_${i} = ${i};`).join('\n');
    expect(observed(`${code}\nconst table = '${blob}';\n`)).not.toEqual([]);
    expect(observed("const { a } = require('a'); module.exports = a;\n")).not.toEqual([]);
  });
});
