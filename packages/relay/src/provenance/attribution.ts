import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { BlameFileError, BlameNotInRepositoryError } from '../errors';
import {
  blame,
  isRepository,
  isTracked,
  revisionExists,
  trackedTextFiles,
  type BlamedLine,
} from '../git';
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

/**
 * Every line of `file` (relative to `cwd`) with who last wrote it, from a blame of the working
 * tree, so uncommitted edits show as such.
 */
export async function blameFile(
  cwd: string,
  file: string,
  lookup: PhaseTrailerLookup = memoizedTrailers(cwd),
): Promise<BlameLine[]> {
  if (!(await isRepository(cwd))) throw new BlameNotInRepositoryError(resolve(cwd));
  const stat = statSync(resolve(cwd, file), { throwIfNoEntry: false });
  if (!stat) throw new BlameFileError(file, 'missing');
  if (stat.isDirectory()) throw new BlameFileError(file, 'folder');
  if (!(await isTracked(cwd, file))) throw new BlameFileError(file, 'untracked');
  return readBlame(cwd, resolve(cwd, file), lookup);
}

/** Blames one tracked file (absolute path), with no checks: `blameFile` and `lineShares` make them. */
async function readBlame(
  cwd: string,
  file: string,
  lookup: PhaseTrailerLookup,
): Promise<BlameLine[]> {
  // Before the first commit git has nothing to blame: every line is uncommitted.
  const blamed = (await blame(cwd, file)) ?? uncommittedFile(file);
  const lines: BlameLine[] = [];
  for (const { line, commit, authorName, text } of blamed) {
    const trailers = commit ? await lookup(commit) : null;
    const author: LineAuthor = !commit
      ? { kind: 'uncommitted' }
      : trailers
        ? { kind: 'phase', ...trailers }
        : { kind: 'human', name: authorName };
    lines.push({ line, commit, author, text });
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
  const commits = (await revisionExists(cwd, 'HEAD'))
    ? await phaseCommits(cwd, 'HEAD')
    : new Map<string, PhaseTrailers>();
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
  // The git module queues the blames: a few git processes at a time.
  const blamed = await Promise.all(files.map((file) => readBlame(cwd, file, lookup)));
  const counts = new Map<string, number>();
  for (const line of blamed.flat()) {
    const label = authorLabel(line.author);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts]
    .map(([author, lines]) => ({ author, lines }))
    .sort((a, b) => b.lines - a.lines || a.author.localeCompare(b.author));
}

function uncommittedFile(path: string): BlamedLine[] {
  const text = readFileSync(path, 'utf8');
  const rows = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  if (text === '') return [];
  return rows.map((row, index) => ({
    line: index + 1,
    commit: null,
    authorName: '',
    text: row,
  }));
}
