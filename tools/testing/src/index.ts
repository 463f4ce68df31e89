export { agentTraceRecordSpec } from './agent-trace';
export { batonFromSource, repoRoot } from './baton';
export {
  claudePhase,
  geminiPhase,
  productHandoff,
  sampleHandoff,
  sampleMap,
  sampleRun,
} from './samples';
export { GitFolder, TempFolder, tempFolder, tempRepo, type TempRepoOptions } from './temp';
export { treeSnapshot } from './tree';
