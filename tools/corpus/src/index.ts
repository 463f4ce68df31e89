/**
 * Corpora of real code that Baton's tests and benchmarks measure against: files of published
 * packages, each pinned at an exact version in the root package.json and read from node_modules.
 * The repository holds only this manifest, never a copy of the files.
 *
 * - `styleCorpora`: where `bench/style-oracle.ts` measures the precision and recall of
 *   `baton style check` per convention. A profile is learned from each `baseline` and every file
 *   outside it is checked: `same-style` is another codebase in the baseline's conventions,
 *   `departure` codebases are written in others (CommonJS, default exports, thrown strings...).
 * - `codebases`: whole TypeScript codebases that ship their sources, none of them Baton, for
 *   evaluating the style gate on code no one here wrote; `otherStyleCodebases`, whole CommonJS
 *   codebases the gate must tell apart from every one of them.
 * - `cleanCorpus`: source and docs with no secrets, on which @baton/guard counts false positives.
 *
 * A corpus's files are those its `include` globs match under the package's `root`, less tests,
 * declaration files, vendored and generated files (`excluded`, and the corpus's own `exclude`),
 * sorted by path. Where a corpus has a `pick`, only files of 1 to 20 KB count, and `pick` of them
 * are taken evenly spaced: the i-th is the floor(i * (n / pick))-th of the n. Files are named by
 * their path under `root`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';

/** The repository root, from src/ or dist/ alike. */
const repoRoot = join(import.meta.dirname, '..', '..', '..');

/** Every package a corpus reads, each pinned at an exact version in the root package.json. */
export const corpusPackages = [
  '@anthropic-ai/sdk',
  '@reduxjs/toolkit',
  '@tanstack/query-core',
  '@tiptap/core',
  '@trpc/server',
  'axios',
  'commander',
  'debug',
  'google-auth-library',
  'gpt-tokenizer',
  'inherits',
  'json-bigint',
  'json-schema-traverse',
  'lint-staged',
  'mobx',
  'openai',
  'picomatch',
  'rfdc',
  'rxjs',
  'semver',
  'simple-git',
  'typescript',
  'yaml',
  'zod',
] as const;

export type CorpusPackage = (typeof corpusPackages)[number];

/** Tests, declaration files, vendored and generated files: not the code a codebase's people wrote. */
export const excluded = [
  '**/*.d.ts',
  '**/*.test.*',
  '**/*.spec.*',
  '**/__tests__/**',
  '**/test/**',
  '**/tests/**',
  '**/testing/**',
  '**/fixtures/**',
  '**/vendor/**',
  '**/_vendor/**',
  '**/*.gen.*',
  '**/__generated__/**',
  '**/node_modules/**',
];

export interface SourceSet {
  package: CorpusPackage;
  /** The package's folder the files are read from, and named relative to. */
  root: string;
  include: string[];
  exclude?: string[];
}

export interface StyleCorpus extends SourceSet {
  role: 'baseline' | 'same-style' | 'departure';
  /** How many files of 1 to 20 KB to take, evenly spaced; absent: every file. */
  pick?: number;
}

export const styleCorpora = {
  'anthropic-sdk': {
    package: '@anthropic-ai/sdk',
    root: 'src',
    include: ['**/*.ts'],
    role: 'baseline',
    pick: 80,
  },
  openai: { package: 'openai', root: 'src', include: ['**/*.ts'], role: 'same-style', pick: 40 },
  zod: { package: 'zod', root: 'src/v4', include: ['**/*.ts'], role: 'departure', pick: 40 },
  'gpt-tokenizer': {
    package: 'gpt-tokenizer',
    root: 'src',
    include: ['**/*.ts'],
    // model/ is written by the package's codegen scripts.
    exclude: ['model/**'],
    role: 'departure',
    pick: 11,
  },
  semver: {
    package: 'semver',
    root: '',
    include: ['**/*.js'],
    // bin/ is a command-line script, not the library.
    exclude: ['bin/**'],
    role: 'departure',
    pick: 13,
  },
  debug: { package: 'debug', root: 'src', include: ['**/*.js'], role: 'departure', pick: 3 },
  picomatch: {
    package: 'picomatch',
    root: 'lib',
    include: ['**/*.js'],
    role: 'departure',
    pick: 4,
  },
  commander: {
    package: 'commander',
    root: 'lib',
    include: ['**/*.js'],
    role: 'departure',
    pick: 4,
  },
  // The two below throw plain objects and strings; taken whole, their files being small.
  'json-bigint': { package: 'json-bigint', root: '', include: ['lib/*.js'], role: 'departure' },
  inherits: { package: 'inherits', root: '', include: ['*.js'], role: 'departure' },
} as const satisfies Record<string, StyleCorpus>;

export type StyleCorpusName = keyof typeof styleCorpora;

/** Real TypeScript codebases that ship their sources, for evaluating the style gate on code we did not write. */
export const codebases = {
  // internal/qs/ is a vendored copy of neoqs, as its README says.
  'anthropic-sdk': {
    package: '@anthropic-ai/sdk',
    root: 'src',
    include: ['**/*.ts'],
    exclude: ['internal/qs/**'],
  },
  openai: { package: 'openai', root: 'src', include: ['**/*.ts'], exclude: ['internal/qs/**'] },
  zod: { package: 'zod', root: 'src/v4', include: ['**/*.ts'] },
  'gpt-tokenizer': {
    package: 'gpt-tokenizer',
    root: 'src',
    include: ['**/*.ts'],
    exclude: ['model/**'],
  },
  'query-core': { package: '@tanstack/query-core', root: 'src', include: ['**/*.ts'] },
  rxjs: { package: 'rxjs', root: 'src', include: ['**/*.ts'] },
  'trpc-server': { package: '@trpc/server', root: 'src', include: ['**/*.ts'] },
  // Classes with decorators and annotations, files named in lowercase run together.
  mobx: { package: 'mobx', root: 'src', include: ['**/*.ts'] },
  // Function declarations everywhere, camelCase file names, from the Redux team.
  'redux-toolkit': { package: '@reduxjs/toolkit', root: 'src', include: ['**/*.ts'] },
  // An editor's extensions and commands, PascalCase and camelCase files, from another company.
  'tiptap-core': { package: '@tiptap/core', root: 'src', include: ['**/*.ts'] },
} as const satisfies Record<string, SourceSet>;

export type CodebaseName = keyof typeof codebases;

/** Real code in another style than every codebase above (CommonJS JavaScript), taken whole. */
export const otherStyleCodebases = {
  commander: { package: 'commander', root: 'lib', include: ['*.js'] },
  semver: {
    package: 'semver',
    root: '',
    include: ['{classes,functions,ranges,internal}/*.js'],
  },
  debug: { package: 'debug', root: 'src', include: ['*.js'] },
  picomatch: { package: 'picomatch', root: 'lib', include: ['*.js'] },
  'json-bigint': { package: 'json-bigint', root: 'lib', include: ['*.js'] },
} as const satisfies Record<string, SourceSet>;

export type OtherStyleCodebaseName = keyof typeof otherStyleCodebases;

/**
 * The codebase tests and benches use as a workspace's human-written code: Anthropic's SDK, whose
 * conventions hold at 90% (kebab-case files, named exports, camelCase variables), and the Prettier
 * settings its files are formatted with.
 */
export const workspaceCodebase = {
  name: 'anthropic-sdk',
  prettier: {
    arrowParens: 'always',
    experimentalTernaries: true,
    printWidth: 110,
    singleQuote: true,
    trailingComma: 'all',
  },
} as const satisfies { name: CodebaseName; prettier: Record<string, unknown> };

/** The workspace codebase's files keyed by `<folder>/<path>`, as a test writes them into a library's src/. */
export function workspaceCodebaseFiles(
  folder: string,
  except: readonly string[] = [],
): Record<string, string> {
  return Object.fromEntries(
    codebaseFiles(workspaceCodebase.name)
      .filter((file) => !except.includes(file.path))
      .map((file) => [`${folder}/${file.path}`, readFileSync(file.absolutePath, 'utf8')]),
  );
}

/** One file of a codebase, read from node_modules. */
export function codebaseFile(name: CodebaseName, path: string): string {
  const set: SourceSet = codebases[name];
  return readFileSync(join(packageDir(set.package), set.root, path), 'utf8');
}

/** Text with no secrets, to count false positives; `knownFlags` are literals the redactor masks on purpose. */
export const cleanCorpus: ReadonlyArray<{
  package: CorpusPackage;
  path: string;
  knownFlags?: number;
}> = [
  { package: 'commander', path: 'lib/command.js' },
  { package: 'commander', path: 'Readme.md' },
  { package: 'commander', path: 'package.json' },
  { package: 'picomatch', path: 'lib/parse.js' },
  { package: 'zod', path: 'src/v4/core/errors.ts' },
  { package: 'zod', path: 'src/v4/core/regexes.ts' },
  { package: 'yaml', path: 'dist/stringify/stringifyString.js' },
  { package: 'typescript', path: 'lib/lib.es2015.promise.d.ts' },
  { package: 'typescript', path: 'lib/lib.es2015.collection.d.ts' },
  { package: 'simple-git', path: 'readme.md' },
  { package: 'lint-staged', path: 'README.md' },
  { package: 'rfdc', path: '.github/workflows/ci.yml' },
  { package: 'json-schema-traverse', path: '.eslintrc.yml' },
  { package: 'openai', path: 'src/client.ts' },
  { package: '@anthropic-ai/sdk', path: 'src/client.ts' },
  { package: 'google-auth-library', path: 'build/src/auth/oauth2client.js' },
  { package: 'google-auth-library', path: 'build/src/auth/googleauth.js' },
  { package: 'google-auth-library', path: 'README.md' },
  { package: 'axios', path: 'README.md', knownFlags: 2 },
];

/** The installed package is missing or not at the pinned version: the corpus would not be the one measured. */
export class CorpusVersionError extends Error {
  override name = 'CorpusVersionError';
}

let rootPins: Record<string, string> | undefined;

/** The exact version the root package.json pins `name` at: the one version its corpus is measured at. */
export function pinnedVersion(name: CorpusPackage): string {
  rootPins ??= (
    JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
      devDependencies?: Record<string, string>;
    }
  ).devDependencies;
  const pinned = rootPins?.[name];
  if (!pinned || !/^\d+\.\d+\.\d+$/.test(pinned)) {
    throw new CorpusVersionError(
      `The corpus reads ${name}, but the root package.json pins it at ${pinned ?? 'no version'}, not one exact version. Run \`npm install --save-dev --save-exact ${name}\` to pin it.`,
    );
  }
  return pinned;
}

const checked = new Set<CorpusPackage>();

/** The package's folder in node_modules, after checking it is installed at the pinned version. */
export function packageDir(name: CorpusPackage): string {
  const dir = join(repoRoot, 'node_modules', name);
  if (checked.has(name)) return dir;
  const pinned = pinnedVersion(name);
  const manifest = join(dir, 'package.json');
  const installed = existsSync(manifest)
    ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version
    : undefined;
  if (installed !== pinned) {
    throw new CorpusVersionError(
      `The corpus reads ${name}@${pinned}, but node_modules has ${installed ? `${name}@${installed}` : `no ${name}`}. Run \`npm ci\` to install the pinned versions.`,
    );
  }
  checked.add(name);
  return dir;
}

export interface CorpusFile {
  package: CorpusPackage;
  /** The path under the set's root. */
  path: string;
  /** The absolute path in node_modules. */
  absolutePath: string;
}

const smallest = 1024;
const largest = 20 * 1024;

function sourceFiles(set: SourceSet, pick?: number): CorpusFile[] {
  const dir = join(packageDir(set.package), set.root);
  const files = globSync(set.include, {
    cwd: dir,
    ignore: [...excluded, ...(set.exclude ?? [])],
    dot: false,
  })
    .sort()
    .map((path) => ({ package: set.package, path, absolutePath: join(dir, path) }));
  if (pick === undefined) return files;
  const sized = files.filter((file) => {
    const size = readFileSync(file.absolutePath).length;
    return size >= smallest && size <= largest;
  });
  const step = sized.length / pick;
  return Array.from(
    { length: Math.min(pick, sized.length) },
    (_, i) => sized[Math.floor(i * step)]!,
  );
}

/** The files of one style corpus, by its selection rule. */
export function styleCorpusFiles(name: StyleCorpusName): CorpusFile[] {
  const corpus: StyleCorpus = styleCorpora[name];
  return sourceFiles(corpus, corpus.pick);
}

/** Every human-written source file of one codebase. */
export function codebaseFiles(name: CodebaseName): CorpusFile[] {
  return sourceFiles(codebases[name]);
}

/** Every file of one codebase in another style. */
export function otherStyleFiles(name: OtherStyleCodebaseName): CorpusFile[] {
  return sourceFiles(otherStyleCodebases[name]);
}

/** The clean corpus's files, named `<package>/<path>`. */
export function cleanCorpusFiles(): Array<CorpusFile & { knownFlags: number }> {
  return cleanCorpus.map((entry) => ({
    package: entry.package,
    path: entry.path,
    absolutePath: join(packageDir(entry.package), entry.path),
    knownFlags: entry.knownFlags ?? 0,
  }));
}
