import { resolve } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { GitError, simpleGit, type StatusResult } from 'simple-git';
import { literalPaths, parseNumstat, pathList, type FileChange } from './history';
import { repositoryRoot, workTreePrefix, workspacePath } from './location';
import { GitIdentityUnknownError } from '../errors/branch';
import { gitAt } from './repository';

const execFileAsync = promisify(execFile);

export type WorkTreeStatus = Pick<StatusResult, 'current' | 'detached' | 'files'>;

/**
 * The checked-out branch and every changed file, untracked files listed one by one when
 * `allUntracked`; paths relative to `cwd` (git's status names them from the repository's top).
 */
export async function workTreeStatus(
  cwd: string,
  { allUntracked = false } = {},
): Promise<WorkTreeStatus> {
  const [status, prefix] = await Promise.all([
    gitAt(cwd).status(allUntracked ? ['--untracked-files=all'] : []),
    workTreePrefix(cwd),
  ]);
  const files = status.files.map((file) => ({
    ...file,
    path: workspacePath(prefix, file.path),
    ...(file.from === undefined ? {} : { from: workspacePath(prefix, file.from) }),
  }));
  return { current: status.current, detached: status.detached, files };
}

/** Files changed in the work tree since `since` (committed or not), relative to `cwd` and under it. */
export async function changedFilesSince(cwd: string, since: string): Promise<string[]> {
  return pathList(await gitAt(cwd).raw(['diff', '--name-only', '--relative', '-z', since, '--']));
}

/** Untracked files git does not ignore, relative to `cwd`. */
export async function untrackedFiles(cwd: string): Promise<string[]> {
  return pathList(await gitAt(cwd).raw(['ls-files', '--others', '--exclude-standard', '-z']));
}

/** Whether git tracks `file` (relative to `cwd`). */
export async function isTracked(cwd: string, file: string): Promise<boolean> {
  return (await gitAt(cwd).raw(['ls-files', '--', ...literalPaths([file])])).trim() !== '';
}

/** Absolute paths of the tracked files under `paths` that git sees as text (`grep -I` skips binaries). */
export async function trackedTextFiles(cwd: string, paths: readonly string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  try {
    const out = await gitAt(cwd).raw([
      'grep',
      '-I',
      '-l',
      '-z',
      '--full-name',
      '-e',
      '',
      '--',
      ...paths,
    ]);
    const top = await repositoryRoot(cwd);
    return pathList(out).map((file) => resolve(top, file));
  } catch (error) {
    // `git grep` exits 1 when nothing matches: no tracked text files there.
    if (error instanceof GitError && error.message.trim() === '') return [];
    throw error;
  }
}

/** Stages every change to `paths`, deletions included. */
export async function stage(cwd: string, paths: readonly string[]): Promise<void> {
  await gitAt(cwd).raw(['add', '-A', '--', ...literalPaths(paths)]);
}

/** Takes `paths` out of the index again, leaving the work tree as it is. */
export async function unstage(cwd: string, paths: readonly string[]): Promise<void> {
  await gitAt(cwd).raw(['reset', '-q', '--', ...literalPaths(paths)]);
}

/** The staged changes to `paths`, with the lines each adds, relative to `cwd`. */
export async function stagedChanges(cwd: string, paths: readonly string[]): Promise<FileChange[]> {
  return parseNumstat(
    await gitAt(cwd).raw([
      'diff',
      '--cached',
      '--numstat',
      '-z',
      '--relative',
      '--',
      ...literalPaths(paths),
    ]),
  );
}

/**
 * Commits the index with `message` and the `trailers` (`Key: value`, formatted by git); the hooks
 * run, with `env` added to the process's environment (git passes it on to every hook). Throws
 * {@link GitIdentityUnknownError} when git knows no author to commit as.
 */
export async function commit(
  cwd: string,
  message: string,
  trailers: readonly string[],
  env: Record<string, string> = {},
): Promise<void> {
  const args = ['commit', '-q', '-m', message, ...trailers.flatMap((line) => ['--trailer', line])];
  try {
    await runCommit(cwd, args, env);
  } catch (error) {
    // Asked only once git has refused: its own words are in the user's language, `git var`'s exit is not.
    if (!(await identityKnown(cwd, env))) throw new GitIdentityUnknownError();
    throw error;
  }
}

async function runCommit(cwd: string, args: string[], env: Record<string, string>): Promise<void> {
  if (Object.keys(env).length === 0) {
    // A hook that fails printing nothing to stderr fails the commit too, and what it printed to
    // stdout (a linter run directly) is part of the refusal: simple-git's default sees neither.
    const git = simpleGit(cwd, {
      errors: (error, result) => {
        if (error) return error;
        if (result.exitCode === 0) return undefined;
        return Buffer.concat([...result.stdOut, ...result.stdErr]);
      },
    });
    await git.raw(args);
    return;
  }
  // Not simple-git: its guard refuses any environment that holds EDITOR, PAGER or a GIT_* helper,
  // which many users' shells export; git itself is given the user's environment whole.
  try {
    await execFileAsync('git', args, { cwd, env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  } catch (error) {
    const failed = error as Error & { stderr?: string; stdout?: string };
    throw new Error(`${failed.stdout ?? ''}${failed.stderr ?? ''}`.trim() || failed.message);
  }
}

/** Whether git has an author and a committer to write a commit as, from its config or the environment. */
async function identityKnown(cwd: string, env: Record<string, string>): Promise<boolean> {
  const known = (variable: string) =>
    execFileAsync('git', ['var', variable], { cwd, env: { ...process.env, ...env } }).then(
      () => true,
      () => false,
    );
  const [author, committer] = await Promise.all([
    known('GIT_AUTHOR_IDENT'),
    known('GIT_COMMITTER_IDENT'),
  ]);
  return author && committer;
}
