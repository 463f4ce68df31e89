import { simpleGit, type SimpleGit } from 'simple-git';
import { NotAGitRepositoryError } from './errors';
import { phaseCommits } from './trailers';

/** What git knows that a new handoff fills itself in from. */
export interface HandoffGitFacts {
  /** HEAD's short hash: the commit the handoff is written at. */
  base: string;
  /** The commit the changes below are counted from, or null when there is none to compare with. */
  since: string | null;
  /** Workspace-relative files changed since `since`: committed, uncommitted and untracked. */
  changedFiles: string[];
  /** Commits since `since`, oldest first, with the phase that wrote each (null: a human). */
  commits: HandoffCommit[];
}

export interface HandoffCommit {
  hash: string;
  subject: string;
  phase: string | null;
  /** Workspace-relative files the commit changed (none for a merge). */
  files: string[];
}

/**
 * Reads the facts for a handoff in the workspace at `root`. Changes are counted from the previous
 * handoff's base when HEAD descends from it, else from where the branch left `defaultBase`.
 */
export async function readHandoffGitFacts(
  root: string,
  previousBase: string | null,
  defaultBase: string,
): Promise<HandoffGitFacts> {
  const git = simpleGit(root);
  let prefix: string;
  let base: string;
  try {
    // One call for both: every git process counts when `nx g handoff` should feel instant.
    [prefix = '', base = ''] = (
      await git.raw(['rev-parse', '--show-prefix', '--short', 'HEAD'])
    ).split('\n');
  } catch {
    throw new NotAGitRepositoryError(root);
  }
  const since =
    (previousBase !== null && (await ancestorOfHead(git, previousBase))) ||
    (await forkPoint(git, defaultBase));
  if (since === null) return { base, since, changedFiles: [], commits: [] };

  const [changed, untracked, log, phases] = await Promise.all([
    // --relative: paths relative to the workspace root, and only those under it.
    git.raw(['diff', '--name-only', '--relative', '-z', since, '--']),
    git.raw(['ls-files', '--others', '--exclude-standard', '-z']),
    git.log({ from: since, to: 'HEAD', '--name-only': null }),
    phaseCommits(root, `${since}..HEAD`),
  ]);
  const commits = [...log.all].reverse().map((commit) => ({
    hash: commit.hash,
    subject: commit.message,
    phase: phases.get(commit.hash)?.phase ?? null,
    files: (commit.diff?.files ?? [])
      .map((file) => file.file)
      .filter((path) => path.startsWith(prefix))
      .map((path) => path.slice(prefix.length)),
  }));
  const paths = (output: string) => output.split('\0').filter(Boolean);
  return {
    base,
    since,
    changedFiles: [...new Set([...paths(changed), ...paths(untracked)])],
    commits,
  };
}

/** `revision` when it exists and HEAD descends from it (nothing in it is missing from HEAD). */
async function ancestorOfHead(git: SimpleGit, revision: string): Promise<string | null> {
  try {
    return (await git.raw(['rev-list', '--count', `HEAD..${revision}`, '--'])).trim() === '0'
      ? revision
      : null;
  } catch {
    return null;
  }
}

/** Where HEAD's branch left `defaultBase` (local, else `origin/`), or null when neither exists. */
async function forkPoint(git: SimpleGit, defaultBase: string): Promise<string | null> {
  for (const candidate of [defaultBase, `origin/${defaultBase}`]) {
    try {
      return (await git.raw(['merge-base', candidate, 'HEAD'])).trim() || null;
    } catch {
      // try the next candidate
    }
  }
  return null;
}
