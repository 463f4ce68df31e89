// What the phase executor loads before the phase begins: the run's first step and where it writes.
// The run loads the parsers, the guard, the SDKs and git as it reaches them.
export {
  cacheReplayNote,
  nextStepAfterPhase,
  nextStepLine,
  type NextPhase,
} from './phase/next-step';
export { stdoutOutput, type PhaseRunOutput } from './phase/output';
export { runPhase, type PhaseRunOptions, type PhaseRunResult } from './phase/run';
export type { CollaborationMap } from './map/lookup';
