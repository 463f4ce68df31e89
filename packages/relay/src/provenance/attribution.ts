import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { BlameFileError, BlameNotInRepositoryError } from '../errors';
import {
  blame,
  isRepository,
  isTracked,
  repositoryRoot,
  revisionExists,
  trackedTextFiles,
  type BlamedLine,
} from '../git';
import { allTraces, commitTrace, lineHash, traceAuthor } from './agent-trace';
import { commitPhaseTrailers, phaseCommits, type PhaseTrailers } from './trailers';

/** Who wrote a line: a phase (from its commit's note or trailers, or its content), a human, or nobody yet. */
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

/**
 * Every line of `file` (relative to `cwd`) with who last wrote it, from a blame of the working
 * tree, so uncommitted edits show as such.
 */
export async function blameFile(cwd: string, file: string): Promise<BlameLine[]> {
  if (!(await isRepository(cwd))) throw new BlameNotInRepositoryError(resolve(cwd));
  const stat = statSync(resolve(cwd, file), { throwIfNoEntry: false });
  if (!stat) throw new BlameFileError(file, 'missing');
  if (stat.isDirectory()) throw new BlameFileError(file, 'folder');
  const where = { cwd, root: await repositoryRoot(cwd) };
  // Both with links resolved: either may have been reached through a symbolic link.
  const inRepository = relative(realpathSync(where.root), realpathSync(resolve(cwd, file)));
  if (inRepository.startsWith('..') || isAbsolute(inRepository)) {
    throw new BlameFileError(file, 'outside');
  }
  if (!(await isTracked(cwd, file))) throw new BlameFileError(file, 'untracked');
  return readBlame(where, resolve(cwd, file), await fileAttribution(cwd));
}

/**
 * Blames one tracked file (absolute path), with no checks: `blameFile` and `lineShares` make them.
 * The repository's root is found once by the caller, not once per file (a git process each).
 */
async function readBlame(
  { cwd, root }: { cwd: string; root: string },
  file: string,
  attribution: Attribution,
): Promise<BlameLine[]> {
  return attributed(root, file, await blamedLines(cwd, file), attribution);
}

/** Every line of a tracked file (absolute path) with its last commit, uncommitted ones too. */
async function blamedLines(cwd: string, file: string): Promise<BlamedLine[]> {
  // Before the first commit git has nothing to blame: every line is uncommitted.
  return (await blame(cwd, file)) ?? uncommittedFile(file);
}

/** The lines of `file` (absolute path, as blamed) with who wrote each. */
async function attributed(
  root: string,
  file: string,
  blamed: readonly BlamedLine[],
  attribution: Attribution,
): Promise<BlameLine[]> {
  const path = relative(root, file).split(sep).join('/');
  // Each distinct commit is looked up once, not once per line.
  const commits = [...new Set(blamed.flatMap(({ commit }) => (commit ? [commit] : [])))];
  const found = new Map(
    await Promise.all(
      commits.map(async (commit) => [commit, await attribution.byCommit(commit)] as const),
    ),
  );
  const lines: BlameLine[] = [];
  for (const { line, commit, authorName, text } of blamed) {
    const trailers = commit ? (found.get(commit) ?? attribution.byContent(path, text)) : null;
    const author: LineAuthor = !commit
      ? { kind: 'uncommitted' }
      : trailers
        ? { kind: 'phase', ...trailers }
        : { kind: 'human', name: authorName };
    lines.push({ line, commit, author, text });
  }
  return lines;
}

/**
 * Who wrote the lines of a repository: by commit (its Agent Trace note first, its trailers second),
 * and by content (the lines hashed in every note), for commits that carry neither: a squash merge
 * drops the trailers and makes a commit no note annotates.
 */
export interface Attribution {
  byCommit(commit: string): Promise<PhaseTrailers | null>;
  /** The writer of a line of `path` (repository-relative) with this text, from its content hash. */
  byContent(path: string, text: string): PhaseTrailers | null;
}

/** Lines of brackets and punctuation only: too common for their hash to name a writer. */
const anonymousLine = /^[\s{}()[\];,.]*$/;

type Traces = Awaited<ReturnType<typeof allTraces>>;

/** The content index of the Agent Trace records (`allTraces`): by path and hash, then by hash. */
function contentIndex(traces: Traces): Attribution['byContent'] {
  const byPathAndHash = new Map<string, PhaseTrailers>();
  const byHash = new Map<string, PhaseTrailers>();
  // Oldest first, so a line written again later is named after its latest writer.
  for (const { record } of traces) {
    const author = traceAuthor(record);
    if (!author) continue;
    for (const file of record.files) {
      for (const range of file.conversations.flatMap((conversation) => conversation.ranges)) {
        if (!range.content_hash) continue;
        byPathAndHash.set(`${file.path}\0${range.content_hash}`, author);
        byHash.set(range.content_hash, author);
      }
    }
  }
  // Without records there is nothing to look up: no line is hashed.
  if (byHash.size === 0) return () => null;
  return (path, text) => {
    if (anonymousLine.test(text)) return null;
    const hash = lineHash(text);
    return byPathAndHash.get(`${path}\0${hash}`) ?? byHash.get(hash) ?? null;
  };
}

/** The attribution of one file's blame: asks git once per distinct commit. */
export async function fileAttribution(cwd: string): Promise<Attribution> {
  const cache = new Map<string, Promise<PhaseTrailers | null>>();
  const byContent = contentIndex(await allTraces(cwd));
  const lookUp = async (commit: string) => {
    const record = await commitTrace(cwd, commit);
    const author = record ? traceAuthor(record) : null;
    return author ?? (await commitPhaseTrailers(cwd, commit));
  };
  return {
    byCommit(commit) {
      let found = cache.get(commit);
      if (!found) cache.set(commit, (found = lookUp(commit)));
      return found;
    },
    byContent,
  };
}

/** The attribution of every commit reachable from HEAD, read with one `git log`: for many files. */
export async function historyAttribution(cwd: string): Promise<Attribution> {
  // Two independent reads, each one git process or a few: side by side, not one after another.
  const [commits, traces] = await Promise.all([
    revisionExists(cwd, 'HEAD').then((exists) =>
      exists ? phaseCommits(cwd, 'HEAD') : new Map<string, PhaseTrailers>(),
    ),
    allTraces(cwd),
  ]);
  const byContent = contentIndex(traces);
  const noted = new Map<string, PhaseTrailers>();
  for (const { commit, record } of traces) {
    const author = traceAuthor(record);
    if (author) noted.set(commit, author);
  }
  return {
    byCommit: async (commit) => noted.get(commit) ?? commits.get(commit) ?? null,
    byContent,
  };
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
  // The history is read while the files are blamed: a blame needs only the list of files.
  const [attribution, { root, files }] = await Promise.all([
    historyAttribution(cwd),
    blameAll(cwd, paths),
  ]);
  const lines = await Promise.all(
    files.map(({ file, blamed }) => attributed(root, file, blamed, attribution)),
  );
  const counts = new Map<string, number>();
  for (const line of lines.flat()) {
    const label = authorLabel(line.author);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts]
    .map(([author, lines]) => ({ author, lines }))
    .sort((a, b) => b.lines - a.lines || a.author.localeCompare(b.author));
}

/** The blame of every tracked text file under `paths`, and the repository's root they are under. */
async function blameAll(
  cwd: string,
  paths: readonly string[],
): Promise<{ root: string; files: Array<{ file: string; blamed: BlamedLine[] }> }> {
  const [root, files] = await Promise.all([repositoryRoot(cwd), trackedTextFiles(cwd, paths)]);
  // The git module queues the blames: a few git processes at a time.
  const blamed = files.map(async (file) => ({ file, blamed: await blamedLines(cwd, file) }));
  return { root, files: await Promise.all(blamed) };
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
