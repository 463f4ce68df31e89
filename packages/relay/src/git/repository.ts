import { resolve } from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import { NotAGitRepositoryError } from '../errors/branch';

const clients = new Map<string, SimpleGit>();

/**
 * The simple-git client of a work tree, one per folder: it queues the git processes it starts (a
 * few at a time), so blaming a thousand files never starts a thousand processes.
 */
export function gitAt(cwd: string): SimpleGit {
  const folder = resolve(cwd);
  let git = clients.get(folder);
  if (!git) clients.set(folder, (git = simpleGit(folder)));
  return git;
}

/** Whether `cwd` is inside a git work tree. */
export function isRepository(cwd: string): Promise<boolean> {
  return gitAt(cwd).checkIsRepo();
}

/** Checks that `cwd` is in a repository with at least one commit, or throws {@link NotAGitRepositoryError}. */
export async function openRepository(cwd: string): Promise<void> {
  try {
    if (!(await isRepository(cwd))) throw new NotAGitRepositoryError(cwd);
    await gitAt(cwd).revparse(['--verify', 'HEAD']);
  } catch (error) {
    if (error instanceof NotAGitRepositoryError) throw error;
    throw new NotAGitRepositoryError(cwd);
  }
}
