import { gitAt } from './repository';

const fieldSeparator = '\x1f';
const recordSeparator = '\x1e';

/** A commit with the values of the trailers asked for, in the order asked (empty when absent). */
export interface TrailerRecord {
  hash: string;
  values: string[];
}

/** Every commit of `revisionRange` (any `git log` range) with the values of the trailer `keys`, newest first. */
export async function logTrailers(
  cwd: string,
  revisionRange: string,
  keys: readonly string[],
): Promise<TrailerRecord[]> {
  const format = [
    '%H',
    ...keys.map((key) => `%(trailers:key=${key},valueonly,separator=%x2C)`),
  ].join('%x1f');
  const out = await gitAt(cwd).raw(['log', `--format=${format}%x1e`, revisionRange, '--']);
  return out
    .split(recordSeparator)
    .map((record) => record.split(fieldSeparator).map((field) => field.trim()))
    .filter(([hash]) => hash)
    .map(([hash, ...values]) => ({ hash: hash!, values }));
}

export interface CommitSummary {
  hash: string;
  subject: string;
  /** Files the commit changed, relative to `cwd` and only those under it (none for a merge). */
  files: string[];
}

/** The commits from `since` to HEAD, oldest first. */
export async function commitsSince(cwd: string, since: string): Promise<CommitSummary[]> {
  const log = await gitAt(cwd).raw([
    'log',
    `--format=${recordSeparator}%H${fieldSeparator}%s`,
    '--name-only',
    '-z',
    '--relative',
    `${since}..HEAD`,
    '--',
  ]);
  return commitRecords(log)
    .map(([head = '', ...files]) => {
      const [hash = '', subject = ''] = head.split(fieldSeparator);
      return { hash, subject, files };
    })
    .reverse();
}

/** Files `commit` changed, relative to `cwd` and only those under it. */
export async function filesOfCommit(cwd: string, commit: string): Promise<string[]> {
  const names = await gitAt(cwd).raw([
    'show',
    '--format=',
    '--name-only',
    '-z',
    '--no-renames',
    '--relative',
    commit,
  ]);
  return pathList(names);
}

/** The last commit reachable from HEAD that touched each of `files` (relative to `cwd`). */
export async function lastCommits(
  cwd: string,
  files: Iterable<string>,
): Promise<Map<string, string>> {
  // Newest first: the first commit a file shows up under is its last commit.
  const log = await gitAt(cwd).raw([
    'log',
    `--format=${recordSeparator}%H`,
    '--name-only',
    '-z',
    '--no-renames',
    '--relative',
    'HEAD',
    '--',
    ...literalPaths(files),
  ]);
  const last = new Map<string, string>();
  for (const [hash, ...names] of commitRecords(log)) {
    if (!hash) continue;
    for (const name of names) if (!last.has(name)) last.set(name, hash);
  }
  return last;
}

/** A file a change touched and the lines it added (binary files add none). */
export interface FileChange {
  path: string;
  added: number;
}

/** Files `commit` changed, relative to `cwd`, with the lines each gained. */
export async function commitChanges(cwd: string, commit: string): Promise<FileChange[]> {
  return parseNumstat(
    await gitAt(cwd).raw([
      'show',
      '--numstat',
      '-z',
      '--format=',
      '--no-renames',
      '--relative',
      commit,
    ]),
  );
}

/**
 * Reads `git diff --numstat -z` output: `added<TAB>deleted<TAB>path<NUL>`, `-` for binary files, and
 * for a rename `added<TAB>deleted<TAB><NUL>from<NUL>to<NUL>` (the change is named by its new path).
 */
export function parseNumstat(numstat: string): FileChange[] {
  const fields = numstat.split('\0');
  const changes: FileChange[] = [];
  for (let i = 0; i < fields.length; i++) {
    const [added, , path] = fields[i]!.replace(/^\n/, '').split('\t');
    if (path === undefined) continue;
    const renamedTo = path === '' ? fields[(i += 2)] : path;
    if (renamedTo) changes.push({ path: renamedTo, added: added === '-' ? 0 : Number(added) });
  }
  return changes;
}

/**
 * Paths git listed with `-z`: NUL-separated and never quoted, where a listing without it quotes
 * every name that holds a non-ASCII character, a quote or a backslash.
 */
export function pathList(output: string): string[] {
  return output.split('\0').filter(Boolean);
}

/**
 * File names as git pathspecs that match those files alone: without `:(literal)`, `app/[id]/page.ts`
 * is a pattern that also matches `app/i/page.ts`, and `*` any name.
 */
export function literalPaths(paths: Iterable<string>): string[] {
  return [...paths].map((path) => `:(literal)${path}`);
}

/**
 * The records of a `git log -z --name-only` whose format starts each commit with the record
 * separator: each commit's formatted line, then the paths it changed.
 */
function commitRecords(log: string): string[][] {
  return log
    .split(recordSeparator)
    .filter((record) => record.trim())
    .map((record) => {
      const [head = '', ...names] = record.split('\0');
      // git ends the formatted line with a newline before the first name.
      return [head.trim(), ...names.map((name) => name.replace(/^\n/, '')).filter(Boolean)];
    });
}
