// What the git hooks and `baton style` load: the commit-msg rule, whether a commit is a model's and
// the workspace's style, never the phase run, the providers' SDKs or the merge check's tools.
export { isModelWrittenCommit } from './gate/authorship';
export { checkCommitMessage, type CommitMessageVerdict } from './gate/commit-message';
export { learnWorkspaceStyle, workspaceStyle, type WorkspaceStyle } from './gate/style';
