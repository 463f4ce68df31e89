import { resolve } from 'node:path';
import { simpleGit, type SimpleGit, type SimpleGitOptions } from 'simple-git';
import { NotAGitRepositoryError } from '../errors/branch';

const clients = new Map<string, SimpleGit>();

type HelperFlag = Exclude<keyof NonNullable<SimpleGitOptions['unsafe']>, 'allowUnsafeCustomBinary'>;
// simple-git refuses an environment it is given that holds an editor, a pager, an SSH command or
// other git helpers; this one is the user's own, as git would have it without Baton.
const usersOwnHelpers: HelperFlag[] = [
  'allowUnsafeAlias',
  'allowUnsafeAskPass',
  'allowUnsafeConfigEnvCount',
  'allowUnsafeConfigPaths',
  'allowUnsafeCredentialHelper',
  'allowUnsafeDiffExternal',
  'allowUnsafeDiffTextConv',
  'allowUnsafeEditor',
  'allowUnsafeFilter',
  'allowUnsafeFsMonitor',
  'allowUnsafeGitProxy',
  'allowUnsafeGpgProgram',
  'allowUnsafeHooksPath',
  'allowUnsafeMergeDriver',
  'allowUnsafePack',
  'allowUnsafePager',
  'allowUnsafeProtocolOverride',
  'allowUnsafeSshCommand',
  'allowUnsafeTemplateDir',
];

/**
 * The simple-git client of a work tree, one per folder: it queues the git processes it starts (a
 * few at a time), so blaming a thousand files never starts a thousand processes.
 */
export function gitAt(cwd: string): SimpleGit {
  const folder = resolve(cwd);
  let git = clients.get(folder);
  if (!git) {
    // git's messages in English whatever the user's language: Baton and simple-git's parsers read
    // some. LANGUAGE outranks LC_ALL and LANG for messages only; dates and encodings stay theirs.
    git = simpleGit({
      baseDir: folder,
      unsafe: Object.fromEntries(usersOwnHelpers.map((flag) => [flag, true])),
    }).env({ ...process.env, LANGUAGE: 'en' });
    clients.set(folder, git);
  }
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
