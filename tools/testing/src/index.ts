export { agentTraceRecordSpec } from './agent-trace';
export { batonFromSource, repoRoot } from './baton';
export { GitFolder, TempFolder, tempFolder, tempRepo, type TempRepoOptions } from './temp';
