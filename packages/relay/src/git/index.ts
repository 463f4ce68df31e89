export { blame, type BlamedLine } from './blame';
export {
  commitChanges,
  commitsSince,
  filesOfCommit,
  lastCommits,
  logTrailers,
  type CommitSummary,
  type FileChange,
} from './history';
export { messageTrailers } from './message';
export {
  checkoutBranch,
  checkoutNewBranch,
  commitStat,
  fileAt,
  currentBranch,
  defaultBranch,
  headCommit,
  headContains,
  localBranches,
  mergeBase,
  revisionExists,
  shortHead,
} from './refs';
export {
  repositoryLocation,
  repositoryRoot,
  workTreePrefix,
  workspacePath,
  type RepositoryLocation,
} from './location';
export { diffSince } from './diff';
export { allNotes, notesRefs, readNote, shareNotes, writeNote, type NotesSharing } from './notes';
export { isRepository, openRepository } from './repository';
export {
  changedFilesSince,
  commit,
  isTracked,
  stage,
  stagedChanges,
  trackedTextFiles,
  unstage,
  untrackedFiles,
  workTreeStatus,
  type WorkTreeStatus,
} from './work-tree';
