import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { styleErrors } from './errors';
import { isSourceFile, sourceExtensions } from './observe';
import { typescript } from './typescript';

/** A file's workspace-relative path and the text to check (from disk, or from the git index). */
export interface SourceText {
  path: string;
  text: string;
}

// Test fixtures and vendored code are kept in someone else's style on purpose: they teach nothing.
const notOwnCode = /(?:^|\/)(?:__fixtures__|fixtures|vendor|__generated__|node_modules|dist)\//;
// Bundles and generated tables are not written by hand; reading them only costs time.
const maxFileBytes = 512 * 1024;

const sourcePathspecs = Object.keys(sourceExtensions).map((extension) => `*${extension}`);

function git(workspaceRoot: string, args: string[]): string;
function git(workspaceRoot: string, args: string[], input: string): Buffer;
function git(workspaceRoot: string, args: string[], input?: string): string | Buffer {
  try {
    return execFileSync('git', args, {
      cwd: workspaceRoot,
      // git's message is read below: in English, whatever the user's language.
      env: { ...process.env, LANGUAGE: 'en' },
      // No encoding: a batch's sizes count bytes, so its output stays a Buffer.
      encoding: input === undefined ? 'utf8' : undefined,
      input,
      maxBuffer: 256 * 1024 * 1024,
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '');
    if (/not a git repository/i.test(stderr)) throw styleErrors.notAGitRepository(workspaceRoot);
    throw styleErrors.gitFailed(workspaceRoot, args, stderr, error);
  }
}

const nulSeparated = (out: string) => out.split('\0').filter(Boolean);

/** Whether a workspace-relative path is the codebase's own TypeScript/JavaScript (not a fixture, not generated). */
export function isOwnSource(path: string): boolean {
  return isSourceFile(path) && !notOwnCode.test(path);
}

/** Every tracked TypeScript/JavaScript file of the workspace, workspace-relative. */
export function trackedSourceFiles(workspaceRoot: string): string[] {
  return nulSeparated(git(workspaceRoot, ['ls-files', '-z', '--', ...sourcePathspecs])).filter(
    isOwnSource,
  );
}

/** Source files staged for the next commit (added, copied, modified, renamed), workspace-relative. */
export function stagedSourceFiles(workspaceRoot: string): string[] {
  return nulSeparated(
    git(workspaceRoot, [
      'diff',
      '--cached',
      '--name-only',
      '--diff-filter=ACMR',
      '-z',
      '--relative',
      '--',
      ...sourcePathspecs,
    ]),
  ).filter(isSourceFile);
}

/** Source files that differ between `base` and the working tree, workspace-relative. */
export function changedSourceFiles(workspaceRoot: string, base: string): string[] {
  return nulSeparated(
    git(workspaceRoot, [
      'diff',
      '--name-only',
      '--diff-filter=ACMR',
      '-z',
      '--relative',
      base,
      '--',
      ...sourcePathspecs,
    ]),
  ).filter(isSourceFile);
}

/** The files' text as it is on disk; files that are gone or too large to be hand-written are left out. */
export function readSources(workspaceRoot: string, paths: readonly string[]): SourceText[] {
  const sources: SourceText[] = [];
  for (const path of paths) {
    const absolute = join(workspaceRoot, path);
    try {
      if (statSync(absolute).size > maxFileBytes) continue;
      sources.push({ path, text: readFileSync(absolute, 'utf8') });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return sources;
}

/** The files' text as staged in the git index (what the commit will hold, not the working tree). */
export function readStagedSources(workspaceRoot: string, paths: readonly string[]): SourceText[] {
  // One `git cat-file --batch` for every file, not a git process each: a commit's hook waits on it.
  const batched = paths.filter((path) => !path.includes('\n'));
  const out = batched.length
    ? git(workspaceRoot, ['cat-file', '--batch'], batched.map((path) => `:./${path}\n`).join(''))
    : Buffer.alloc(0);
  const texts = new Map<string, string>();
  let at = 0;
  for (const path of batched) {
    const headerEnd = out.indexOf(0x0a, at);
    const header = out.toString('utf8', at, headerEnd);
    const size = /^[0-9a-f]+ blob (\d+)$/.exec(header)?.[1];
    if (size === undefined) {
      throw styleErrors.gitFailed(
        workspaceRoot,
        ['cat-file', '--batch'],
        `${path}: ${header}`,
        null,
      );
    }
    const start = headerEnd + 1;
    texts.set(path, out.toString('utf8', start, start + Number(size)));
    at = start + Number(size) + 1;
  }
  return paths.map((path) => ({
    path,
    text: texts.get(path) ?? git(workspaceRoot, ['show', `:./${path}`]),
  }));
}

/** Prefixes of the path aliases in the workspace's root tsconfig (`@/*` is `@/`). */
export function pathAliases(workspaceRoot: string): string[] {
  const aliases = new Set<string>();
  const ts = typescript();
  for (const name of ['tsconfig.base.json', 'tsconfig.json']) {
    const { config } = ts.readConfigFile(join(workspaceRoot, name), ts.sys.readFile);
    const paths = (config as { compilerOptions?: { paths?: Record<string, unknown> } } | undefined)
      ?.compilerOptions?.paths;
    for (const key of Object.keys(paths ?? {})) aliases.add(key.replace(/\*.*$/, ''));
  }
  aliases.delete('');
  return [...aliases].sort();
}

/** The lines of each file that a diff adds or changes (1-based, in the newer version); `all` for a new file. */
export type ChangedLines = Map<string, Set<number> | 'all'>;

function hasHead(workspaceRoot: string): boolean {
  try {
    git(workspaceRoot, ['rev-parse', '-q', '--verify', 'HEAD']);
    return true;
  } catch {
    return false;
  }
}

const hunkHeader = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/**
 * The lines of `paths` that changed: against `base` (a revision), compared with the working tree,
 * or (`cached`) the staged version compared with HEAD. A path missing from the result did not change.
 */
export function changedLines(
  workspaceRoot: string,
  paths: readonly string[],
  against: { base: string } | { cached: true },
): ChangedLines {
  const changed: ChangedLines = new Map();
  if (paths.length === 0) return changed;
  // The index is compared with HEAD, or before the first commit with nothing: every line is new.
  // Against a base, no HEAD means no base either, and every line is new as well.
  if (!('cached' in against) && !hasHead(workspaceRoot)) {
    for (const path of paths) changed.set(path, 'all');
    return changed;
  }
  const diff = git(workspaceRoot, [
    '-c',
    'core.quotePath=off',
    'diff',
    '-U0',
    '--no-color',
    '--no-ext-diff',
    '--no-renames',
    '--relative',
    ...('cached' in against ? ['--cached'] : [against.base]),
    '--',
    // Literal: a file named app/[id]/page.ts is that file, not a pattern matching app/i/page.ts.
    ...paths.map((path) => `:(literal)${path}`),
  ]);
  let file: string | null = null;
  let isNew = false;
  for (const line of diff.split('\n')) {
    if (line.startsWith('--- ')) {
      isNew = line === '--- /dev/null';
    } else if (line.startsWith('+++ ')) {
      file =
        line === '+++ /dev/null' ? null : patchPath(line.slice('+++ '.length)).slice('b/'.length);
      if (file !== null) changed.set(file, isNew ? 'all' : new Set());
    } else if (file !== null && line.startsWith('@@')) {
      const lines = changed.get(file);
      const match = hunkHeader.exec(line);
      if (!match || lines === 'all' || lines === undefined) continue;
      const start = Number(match[1]);
      const count = match[2] === undefined ? 1 : Number(match[2]);
      for (let n = start; n < start + count; n++) lines.add(n);
    }
  }
  return changed;
}

const escapedBytes: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13 };

/**
 * A path as a patch's `+++` line writes it: followed by a tab when it holds a space, and C-quoted
 * (`"b/q\"uote.ts"`, octal bytes) when it holds a quote, a backslash or a control character, even
 * with core.quotePath off. git has no -z for a patch, so its quoting is read here.
 */
function patchPath(written: string): string {
  const name = written.replace(/\t$/, '');
  if (!name.startsWith('"') || !name.endsWith('"')) return name;
  const bytes: number[] = [];
  // By code point, so a letter outside the BMP (kept raw with core.quotePath off) stays whole.
  const chars = Array.from(name.slice(1, -1));
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== '\\') {
      bytes.push(...Buffer.from(chars[i]!));
      continue;
    }
    const octal = /^[0-7]{3}/.exec(chars.slice(i + 1, i + 4).join(''));
    const next = chars[++i]!;
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 2;
    } else bytes.push(escapedBytes[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}
