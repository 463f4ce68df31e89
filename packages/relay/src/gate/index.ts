export { isModelWrittenCommit } from './authorship';
export { runMergeCheck, type MergeCheckOptions, type MergeCheckReport } from './check';
export { checkCommitMessage, type CommitMessageVerdict } from './commit-message';
export { formatMergeCheck } from './render';
export { learnWorkspaceStyle, workspaceStyle, type WorkspaceStyle } from './style';
export { checkScope } from './scope';
export type { CheckProblem } from './tools';
