export {
  createPhaseBranch,
  describePhaseBranchPlan,
  planPhaseBranch,
  type PhaseBranchPlan,
  type PhaseBranchRequest,
} from './branch';
export {
  committingPhase,
  phaseBranchName,
  phaseCommitEnv,
  phaseCommitEnvironment,
  phaseOfBranch,
} from './identity';
export { cacheReplayNote, nextStepAfterPhase } from './next-step';
export { outline } from './outline';
export { runPhase, type PhaseRunOptions, type PhaseRunResult } from './run';
export { stdoutOutput, type PhaseRunOutput } from './terminal';
