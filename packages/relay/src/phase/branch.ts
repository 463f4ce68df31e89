import {
  DetachedHeadError,
  DirtyWorkTreeError,
  HandoffCommitError,
  PhaseBranchExistsError,
  PhaseBranchSwitchError,
} from '../errors';
import { featurePaths } from '../feature';
import {
  checkoutNewBranch,
  commit,
  localBranches,
  openRepository,
  shortHead,
  stage,
  workTreeStatus,
} from '../git';
import { phaseEntry, phaseModel, previousPhase, type CollaborationMap } from '../map';
import { phaseBranchName } from './identity';

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
  /**
   * The project's handoffs folder (relative to `cwd`) when Baton's own files in it are uncommitted:
   * they travel to the new branch and are committed there, so the phase works from committed files.
   */
  carriedHandoffs: string | null;
}

/**
 * Works out the phase's branch and where it starts, refusing (with nothing changed) when git is not
 * ready: not a repository, detached HEAD, the branch exists already, uncommitted tracked changes.
 */
export async function planPhaseBranch(request: PhaseBranchRequest): Promise<PhaseBranchPlan> {
  phaseEntry(request.map, request.phase, '--phase');
  const { alias } = phaseModel(request.map, request.phase);
  const branch = phaseBranchName(request.feature, alias, request.phase);
  await openRepository(request.cwd);

  const status = await workTreeStatus(request.cwd);
  if (status.detached || !status.current) {
    throw new DetachedHeadError(await shortHead(request.cwd));
  }
  const branches = await localBranches(request.cwd);
  if (branches.includes(branch)) throw new PhaseBranchExistsError(branch);

  const handoffs = request.projectRoot ? featurePaths(request.projectRoot).handoffs : null;
  const dirty = status.files
    .filter((file) => !(file.index === '?' && file.working_dir === '?'))
    .map((file) => file.path)
    .filter((path) => handoffs === null || !isInside(path, handoffs));
  if (dirty.length > 0) throw new DirtyWorkTreeError(dirty);
  const carried =
    handoffs !== null && status.files.some((file) => isInside(file.path, handoffs))
      ? featurePaths(request.projectRoot!).handoffs
      : null;

  const previous = previousPhase(request.map, request.phase);
  const previousBranch =
    previous === null
      ? null
      : phaseBranchName(request.feature, phaseModel(request.map, previous).alias, previous);
  const fromPrevious = previousBranch !== null && branches.includes(previousBranch);
  return {
    cwd: request.cwd,
    phase: request.phase,
    modelAlias: alias,
    branch,
    startPoint: fromPrevious ? previousBranch : status.current,
    startsFrom: fromPrevious ? 'previous-phase' : 'current-branch',
    previousPhase: previous,
    currentBranch: status.current,
    carriedHandoffs: carried,
  };
}

/**
 * Creates the planned branch and checks it out, then commits the handoffs carried onto it. git
 * itself refuses, changing nothing, when the switch would overwrite an uncommitted or untracked
 * file; that refusal becomes a {@link PhaseBranchSwitchError}.
 */
export async function createPhaseBranch(plan: PhaseBranchPlan): Promise<PhaseBranchPlan> {
  try {
    await checkoutNewBranch(plan.cwd, plan.branch, plan.startPoint);
  } catch (error) {
    throw new PhaseBranchSwitchError(plan.branch, (error as Error).message);
  }
  if (plan.carriedHandoffs !== null) {
    try {
      await stage(plan.cwd, [plan.carriedHandoffs]);
      await commit(plan.cwd, `Hand the feature to ${plan.phase}`, []);
    } catch (error) {
      throw new HandoffCommitError(plan.branch, plan.carriedHandoffs, (error as Error).message);
    }
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
  const carry =
    plan.carriedHandoffs === null
      ? ''
      : `, carrying the uncommitted files of ${plan.carriedHandoffs} and committing them there`;
  return `Create ${plan.branch} for ${plan.phase} (${plan.modelAlias}) from ${plan.startPoint} (${why}) and switch to it${carry}.`;
}

function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(`${folder.replace(/\/$/, '')}/`);
}
