import { posix } from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import {
  DetachedHeadError,
  DirtyWorkTreeError,
  NotAGitRepositoryError,
  PhaseBranchExistsError,
  PhaseBranchSwitchError,
} from './errors';
import { phaseBranchName } from './feature';
import { featurePaths } from './handoff';
import { phaseModel, previousPhase, type CollaborationMap } from './map';

export interface PhaseBranchRequest {
  /** The workspace root (or any folder of the git work tree). */
  cwd: string;
  map: CollaborationMap;
  feature: string;
  phase: string;
  /**
   * The feature project's root, relative to `cwd`: uncommitted changes to its handoffs (the one
   * `nx g handoff` just wrote) travel to the new branch instead of counting as a dirty work tree.
   */
  projectRoot?: string;
}

export interface PhaseBranchPlan {
  cwd: string;
  phase: string;
  modelAlias: string;
  /** `feature/<feature>-<alias>-<phase>`. */
  branch: string;
  /** The branch the new one starts from. */
  startPoint: string;
  /** Why that start point: the previous phase's branch exists, or there is none and HEAD's branch is used. */
  startsFrom: 'previous-phase' | 'current-branch';
  previousPhase: string | null;
  currentBranch: string;
}

/**
 * Works out the phase's branch and where it starts, refusing (with nothing changed) when git is not
 * ready: not a repository, detached HEAD, the branch exists already, uncommitted tracked changes.
 */
export async function planPhaseBranch(request: PhaseBranchRequest): Promise<PhaseBranchPlan> {
  const { alias } = phaseModel(request.map, request.phase);
  const branch = phaseBranchName(request.feature, alias, request.phase);
  const git = await openRepository(request.cwd);

  const status = await git.status();
  if (status.detached || !status.current) {
    throw new DetachedHeadError(await git.revparse(['--short', 'HEAD']));
  }
  const branches = await git.branchLocal();
  if (branches.all.includes(branch)) throw new PhaseBranchExistsError(branch);

  const handoffs = request.projectRoot
    ? posix.join(await git.revparse(['--show-prefix']), featurePaths(request.projectRoot).handoffs)
    : null;
  const dirty = status.files
    .filter((file) => !(file.index === '?' && file.working_dir === '?'))
    .map((file) => file.path)
    .filter((path) => handoffs === null || !isInside(path, handoffs));
  if (dirty.length > 0) throw new DirtyWorkTreeError(dirty);

  const previous = previousPhase(request.map, request.phase);
  const previousBranch =
    previous === null
      ? null
      : phaseBranchName(request.feature, phaseModel(request.map, previous).alias, previous);
  const fromPrevious = previousBranch !== null && branches.all.includes(previousBranch);
  return {
    cwd: request.cwd,
    phase: request.phase,
    modelAlias: alias,
    branch,
    startPoint: fromPrevious ? previousBranch : status.current,
    startsFrom: fromPrevious ? 'previous-phase' : 'current-branch',
    previousPhase: previous,
    currentBranch: status.current,
  };
}

/**
 * Creates the planned branch and checks it out. git itself refuses, changing nothing, when the
 * switch would overwrite an uncommitted or untracked file; that refusal becomes a
 * {@link PhaseBranchSwitchError}.
 */
export async function createPhaseBranch(plan: PhaseBranchPlan): Promise<PhaseBranchPlan> {
  try {
    await simpleGit(plan.cwd).checkoutBranch(plan.branch, plan.startPoint);
  } catch (error) {
    throw new PhaseBranchSwitchError(plan.branch, (error as Error).message);
  }
  return plan;
}

/** One sentence saying what {@link createPhaseBranch} does with this plan (for `--dry-run`). */
export function describePhaseBranchPlan(plan: PhaseBranchPlan): string {
  const why =
    plan.startsFrom === 'previous-phase'
      ? `the branch of the previous phase, ${plan.previousPhase}`
      : plan.previousPhase === null
        ? `the current branch: ${plan.phase} is the first phase`
        : `the current branch: the previous phase, ${plan.previousPhase}, has no branch`;
  return `Create ${plan.branch} for ${plan.phase} (${plan.modelAlias}) from ${plan.startPoint} (${why}) and switch to it.`;
}

/** A simple-git client on a repository with at least one commit, or {@link NotAGitRepositoryError}. */
export async function openRepository(cwd: string): Promise<SimpleGit> {
  let git: SimpleGit;
  try {
    git = simpleGit(cwd);
    if (!(await git.checkIsRepo())) throw new NotAGitRepositoryError(cwd);
    await git.revparse(['--verify', 'HEAD']);
  } catch (error) {
    if (error instanceof NotAGitRepositoryError) throw error;
    throw new NotAGitRepositoryError(cwd);
  }
  return git;
}

function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(`${folder.replace(/\/$/, '')}/`);
}
