export {
  createPhaseBranch,
  describePhaseBranchPlan,
  phaseBranchName,
  phaseOfBranch,
  planPhaseBranch,
  type PhaseBranchPlan,
  type PhaseBranchRequest,
} from './branch';
export { committingPhase, phaseCommitEnv, phaseCommitEnvironment } from './commit';
export { cacheReplayNote, nextStepAfterPhase } from './next-step';
export { outline } from './outline';
export { runPhase, type PhaseRunOptions, type PhaseRunResult } from './run';
export { stdoutOutput, type PhaseRunOutput } from './terminal';
