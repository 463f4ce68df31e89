import { NotAGitRepositoryError } from '../errors';
import {
  changedFilesSince,
  commitsSince,
  defaultBranch,
  headContains,
  mergeBase,
  shortHead,
  untrackedFiles,
} from '../git';
// The file, not the room's door: `nx g handoff` loads this and need not load the ledger's globbing.
import { phaseCommits } from '../provenance/trailers';

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
  let base: string;
  try {
    base = await shortHead(root);
  } catch {
    throw new NotAGitRepositoryError(root);
  }
  const since =
    (previousBase !== null && (await headContains(root, previousBase)) ? previousBase : null) ??
    (await forkPoint(root, defaultBase));
  if (since === null) return { base, since, changedFiles: [], commits: [] };

  const [changed, untracked, log, phases] = await Promise.all([
    changedFilesSince(root, since),
    untrackedFiles(root),
    commitsSince(root, since),
    phaseCommits(root, `${since}..HEAD`),
  ]);
  const commits = log.map((commit) => ({
    hash: commit.hash,
    subject: commit.subject,
    phase: phases.get(commit.hash)?.phase ?? null,
    files: commit.files,
  }));
  return { base, since, changedFiles: [...new Set([...changed, ...untracked])], commits };
}

/**
 * Where HEAD's branch left `defaultBase` (local, else `origin/`), else the repository's own default
 * branch (a repository on master or trunk whose nx.json names no base); null when none exists.
 */
async function forkPoint(root: string, defaultBase: string): Promise<string | null> {
  const named =
    (await mergeBase(root, defaultBase, 'HEAD')) ??
    (await mergeBase(root, `origin/${defaultBase}`, 'HEAD'));
  if (named !== null) return named;
  const own = await defaultBranch(root);
  return own === null ? null : mergeBase(root, own, 'HEAD');
}
