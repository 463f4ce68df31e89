export { agentTraceRecordSpec } from './agent-trace';
export { contentHash, type ReadableRepo } from './content';
export { batonFromSource, repoRoot } from './baton';
export { emulatorForTests } from './emulator';
export {
  claudePhase,
  firstHandoffBody,
  geminiPhase,
  handoffBlock,
  metricsReply,
  productHandoff,
  reviewAnswer,
  sampleFinding,
  sampleHandoff,
  sampleMap,
  sampleRun,
  writeEdit,
} from './samples';
export { germanGitUser, gitSpeaksGerman } from './locale';
export { problemsThrown } from './problems';
export {
  GitFolder,
  TempFolder,
  tempFolder,
  tempFolderForTests,
  tempRepo,
  tempRepoForTests,
  type TempRepoOptions,
} from './temp';
export { treeSnapshot } from './tree';
