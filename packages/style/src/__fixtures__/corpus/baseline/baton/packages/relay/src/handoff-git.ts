import type { SimpleGit } from 'simple-git';
import { openRepository } from './phase-branch';
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
  const git = await openRepository(root);
  const base = (await git.revparse(['--short', 'HEAD'])).trim();
  const since =
    (previousBase !== null && (await ancestorOfHead(git, previousBase))) ||
    (await forkPoint(git, defaultBase));
  if (since === null) return { base, since, changedFiles: [], commits: [] };

  const prefix = (await git.revparse(['--show-prefix'])).trim();
  // --relative: paths relative to the workspace root, and only those under it.
  const changed = (await git.diff(['--name-only', '--relative', since, '--']))
    .split('\n')
    .filter(Boolean);
  const untracked = (await git.status()).not_added
    .filter((path) => path.startsWith(prefix))
    .map((path) => path.slice(prefix.length));

  const log = await git.log({ from: since, to: 'HEAD', '--name-only': null });
  const phases = await phaseCommits(root, `${since}..HEAD`);
  const commits = [...log.all].reverse().map((commit) => ({
    hash: commit.hash,
    subject: commit.message,
    phase: phases.get(commit.hash)?.phase ?? null,
    files: (commit.diff?.files ?? [])
      .map((file) => file.file)
      .filter((path) => path.startsWith(prefix))
      .map((path) => path.slice(prefix.length)),
  }));
  return { base, since, changedFiles: [...new Set([...changed, ...untracked])], commits };
}

/** The full hash of `revision` when it exists and HEAD descends from it. */
async function ancestorOfHead(git: SimpleGit, revision: string): Promise<string | null> {
  try {
    const commit = (await git.revparse(['--verify', `${revision}^{commit}`])).trim();
    const mergeBase = (await git.raw(['merge-base', commit, 'HEAD'])).trim();
    return mergeBase === commit ? commit : null;
  } catch {
    return null;
  }
}

/** Where HEAD's branch left `defaultBase` (local, else `origin/`), or null when neither exists. */
async function forkPoint(git: SimpleGit, defaultBase: string): Promise<string | null> {
  for (const candidate of [defaultBase, `origin/${defaultBase}`]) {
    try {
      await git.revparse(['--verify', `${candidate}^{commit}`]);
      return (await git.raw(['merge-base', candidate, 'HEAD'])).trim() || null;
    } catch {
      // try the next candidate
    }
  }
  return null;
}
