// What a phase commit's commit-msg hook loads: the trailer rule and one git process, not simple-git
// or the other hooks' rules.
export { checkCommitMessage, type CommitMessageVerdict } from './gate/commit-message';
