import { gitAt } from './repository';

/** The checked-out branch, or null on a detached HEAD. */
export async function currentBranch(cwd: string): Promise<string | null> {
  // symbolic-ref also names the branch of a repository with no commit yet.
  const name = (await gitAt(cwd).raw(['symbolic-ref', '--short', '-q', 'HEAD'])).trim();
  return name || null;
}

/** Whether `revision` names a commit. */
export function revisionExists(cwd: string, revision: string): Promise<boolean> {
  // Without -q: simple-git rejects only when git writes to stderr.
  return gitAt(cwd)
    .raw(['rev-parse', '--verify', `${revision}^{commit}`])
    .then(
      () => true,
      () => false,
    );
}

/** HEAD's full commit hash. */
export async function headCommit(cwd: string): Promise<string> {
  return (await gitAt(cwd).revparse(['HEAD'])).trim();
}

/** HEAD's short commit hash. */
export async function shortHead(cwd: string): Promise<string> {
  return (await gitAt(cwd).revparse(['--short', 'HEAD'])).trim();
}

/** Whether `revision` exists and HEAD descends from it (nothing in it is missing from HEAD). */
export async function headContains(cwd: string, revision: string): Promise<boolean> {
  try {
    return (
      (await gitAt(cwd).raw(['rev-list', '--count', `HEAD..${revision}`, '--'])).trim() === '0'
    );
  } catch {
    return false;
  }
}

/** The names a repository's main line goes by, most common first, after the one git is told to use. */
const mainLineNames = ['main', 'master', 'trunk', 'develop'];

/**
 * The repository's own default branch: the one its `origin` names as HEAD, else the first local
 * branch of `init.defaultBranch`, main, master, trunk or develop; null when none exists.
 */
export async function defaultBranch(cwd: string): Promise<string | null> {
  const git = gitAt(cwd);
  const remoteHead = await git
    .raw(['symbolic-ref', '--short', '-q', 'refs/remotes/origin/HEAD'])
    .catch(() => '');
  if (remoteHead.trim()) return remoteHead.trim();
  const configured = (
    await git.raw(['config', '--get', 'init.defaultBranch']).catch(() => '')
  ).trim();
  const local = await localBranches(cwd);
  return [configured, ...mainLineNames].find((name) => name && local.includes(name)) ?? null;
}

/** The best common ancestor of two revisions, or null when one does not exist. */
export async function mergeBase(cwd: string, one: string, other: string): Promise<string | null> {
  try {
    return (await gitAt(cwd).raw(['merge-base', one, other])).trim() || null;
  } catch {
    return null;
  }
}

/** Local branch names, all of them or those matching a `git branch --list` pattern. */
export async function localBranches(cwd: string, pattern?: string): Promise<string[]> {
  const listed = await gitAt(cwd).raw([
    'branch',
    '--list',
    '--format=%(refname:short)',
    ...(pattern ? [pattern] : []),
  ]);
  return listed.split('\n').filter(Boolean);
}

/** Creates `branch` at `startPoint` and checks it out; git refuses, changing nothing, when that would overwrite a change. */
export async function checkoutNewBranch(
  cwd: string,
  branch: string,
  startPoint: string,
): Promise<void> {
  await gitAt(cwd).checkoutBranch(branch, startPoint);
}

/** Checks out an existing branch; git refuses, changing nothing, when that would overwrite a change. */
export async function checkoutBranch(cwd: string, branch: string): Promise<void> {
  await gitAt(cwd).raw(['checkout', '-q', branch]);
}

/** A file's text at `revision` (`path` relative to `cwd`), or null when it has none there. */
export async function fileAt(cwd: string, revision: string, path: string): Promise<string | null> {
  try {
    // `./`: from `cwd`, where a bare path would be named from the repository's top.
    return await gitAt(cwd).show([`${revision}:./${path}`]);
  } catch {
    return null;
  }
}

/** A commit's subject and its `--stat` lines. */
export async function commitStat(
  cwd: string,
  commit: string,
): Promise<{ subject: string; stat: string }> {
  const out = await gitAt(cwd).raw(['show', '--stat=72', '--format=%s', '--no-color', commit]);
  const [subject = '', ...rest] = out.split('\n');
  return { subject, stat: rest.join('\n').trim() };
}
