export { isModelWrittenCommit, modelWrittenFiles } from './authorship';
export { runMergeCheck, type MergeCheckOptions, type MergeCheckReport } from './check';
export { checkCommitMessage, type CommitMessageVerdict } from './commit-message';
export { formatMergeCheck } from './render';
export {
  humanWrittenSourceFiles,
  learnWorkspaceStyle,
  workspaceStyle,
  type WorkspaceStyle,
} from './style';
export type { CheckOutcome, CheckProblem, CheckStatus } from './tools';
