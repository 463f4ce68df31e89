import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { GitError, simpleGit, type SimpleGit } from 'simple-git';
import { BlameFileError, BlameNotInRepositoryError } from './errors';
import { commitPhaseTrailers, phaseCommits, type PhaseTrailers } from './trailers';

/** Who wrote a line: a phase (from its commit's trailers), a human, or nobody yet. */
export type LineAuthor =
  | { kind: 'phase'; phase: string; model: string; handoff: string }
  | { kind: 'human'; name: string }
  | { kind: 'uncommitted' };

export interface BlameLine {
  /** 1-based line number in the working-tree file. */
  line: number;
  /** The commit that last touched the line; null when the change is not committed yet. */
  commit: string | null;
  author: LineAuthor;
  text: string;
}

/** Finds a commit's phase trailers; null for a human commit. */
export type PhaseTrailerLookup = (commit: string) => Promise<PhaseTrailers | null>;

const notCommitted = /^0+$/;

/**
 * Every line of `file` (relative to `cwd`) with who last wrote it, from `git blame --line-porcelain`
 * over the working tree, so uncommitted edits show as such.
 *
 * No blame parser on npm is maintained, so this reads the three porcelain fields it needs
 * (header, `author`, TAB-prefixed text) as git documents them.
 */
export async function blameFile(
  cwd: string,
  file: string,
  lookup: PhaseTrailerLookup = memoizedTrailers(cwd),
): Promise<BlameLine[]> {
  const git = simpleGit(cwd);
  if (!(await git.checkIsRepo())) throw new BlameNotInRepositoryError(resolve(cwd));
  const stat = statSync(resolve(cwd, file), { throwIfNoEntry: false });
  if (!stat) throw new BlameFileError(file, 'missing');
  if (stat.isDirectory()) throw new BlameFileError(file, 'folder');
  if ((await git.raw(['ls-files', '--', file])).trim() === '') {
    throw new BlameFileError(file, 'untracked');
  }
  return readBlame(git, resolve(cwd, file), lookup);
}

/** Blames one tracked file (absolute path), with no checks: `blameFile` and `lineShares` make them. */
async function readBlame(
  git: SimpleGit,
  file: string,
  lookup: PhaseTrailerLookup,
): Promise<BlameLine[]> {
  let porcelain: string;
  try {
    porcelain = await git.raw(['blame', '--line-porcelain', '--', file]);
  } catch (error) {
    // Tracked but absent from HEAD (added, never committed): every line is uncommitted.
    if (error instanceof GitError && /no such path|bad revision|no such ref/i.test(error.message)) {
      return uncommittedFile(file);
    }
    throw error;
  }

  const lines: BlameLine[] = [];
  let commit = '';
  let lineNumber = 0;
  let authorName = '';
  for (const row of porcelain.split('\n')) {
    // SHA-1 or SHA-256 object names.
    const header = /^([0-9a-f]{40}|[0-9a-f]{64}) \d+ (\d+)/.exec(row);
    if (header) {
      commit = header[1]!;
      lineNumber = Number(header[2]);
    } else if (row.startsWith('author ')) {
      authorName = row.slice('author '.length);
    } else if (row.startsWith('\t')) {
      lines.push({
        line: lineNumber,
        commit: notCommitted.test(commit) ? null : commit,
        author: { kind: 'uncommitted' },
        text: row.slice(1),
      });
      const last = lines[lines.length - 1]!;
      if (last.commit) {
        const trailers = await lookup(last.commit);
        last.author = trailers
          ? { kind: 'phase', ...trailers }
          : { kind: 'human', name: authorName };
      }
    }
  }
  return lines;
}

/** A lookup that asks git once per distinct commit. */
export function memoizedTrailers(cwd: string): PhaseTrailerLookup {
  const cache = new Map<string, Promise<PhaseTrailers | null>>();
  return (commit) => {
    let found = cache.get(commit);
    if (!found) cache.set(commit, (found = commitPhaseTrailers(cwd, commit)));
    return found;
  };
}

/** A lookup over every phase commit reachable from HEAD, read with one `git log`: for many files. */
export async function historyTrailers(cwd: string): Promise<PhaseTrailerLookup> {
  const hasHead = await simpleGit(cwd)
    .raw(['rev-parse', '--verify', '--quiet', 'HEAD'])
    .then(
      () => true,
      () => false,
    );
  const commits = hasHead ? await phaseCommits(cwd, 'HEAD') : new Map<string, PhaseTrailers>();
  return async (commit) => commits.get(commit) ?? null;
}

/** The name a line's author goes by in tables and charts: the `AI-Model` value, `human` or `uncommitted`. */
export function authorLabel(author: LineAuthor): string {
  return author.kind === 'phase' ? author.model : author.kind;
}

export interface LineShare {
  /** `<provider>/<model>` as in the `AI-Model` trailer, `human`, or `uncommitted`. */
  author: string;
  lines: number;
}

/**
 * How many lines of the tracked text files under `paths` (relative to `cwd`) each model, humans,
 * and uncommitted edits last wrote, most lines first.
 */
export async function lineShares(cwd: string, paths: readonly string[]): Promise<LineShare[]> {
  const files = await trackedTextFiles(cwd, paths);
  const lookup = await historyTrailers(cwd);
  // One simple-git instance queues the blames (at most five git processes at a time).
  const git = simpleGit(cwd);
  const blamed = await Promise.all(files.map((file) => readBlame(git, file, lookup)));
  const counts = new Map<string, number>();
  for (const line of blamed.flat()) {
    const label = authorLabel(line.author);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts]
    .map(([author, lines]) => ({ author, lines }))
    .sort((a, b) => b.lines - a.lines || a.author.localeCompare(b.author));
}

/** Tracked files under `paths` that git sees as text (`grep -I` skips binaries). */
export async function trackedTextFiles(cwd: string, paths: readonly string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  try {
    const out = await simpleGit(cwd).raw([
      'grep',
      '-I',
      '-l',
      '--full-name',
      '-e',
      '',
      '--',
      ...paths,
    ]);
    const top = (await simpleGit(cwd).revparse(['--show-toplevel'])).trim();
    return out
      .split('\n')
      .filter(Boolean)
      .map((file) => resolve(top, file));
  } catch (error) {
    // `git grep` exits 1 when nothing matches: no tracked text files there.
    if (error instanceof GitError && error.message.trim() === '') return [];
    throw error;
  }
}

function uncommittedFile(path: string): BlameLine[] {
  const text = readFileSync(path, 'utf8');
  const rows = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  if (text === '') return [];
  return rows.map((row, index) => ({
    line: index + 1,
    commit: null,
    author: { kind: 'uncommitted' },
    text: row,
  }));
}
