export { blame, type BlamedLine } from './blame';
export {
  commitChanges,
  commitsSince,
  filesOfCommit,
  lastCommits,
  logTrailers,
  messageTrailers,
  type CommitSummary,
  type FileChange,
} from './history';
export {
  checkoutBranch,
  checkoutNewBranch,
  commitStat,
  fileAt,
  currentBranch,
  headCommit,
  headContains,
  localBranches,
  mergeBase,
  prefixAndShortHead,
  revisionExists,
  shortHead,
  workTreePrefix,
} from './refs';
export {
  allNotes,
  notesRefs,
  readNote,
  repositoryRoot,
  shareNotes,
  writeNote,
  type NotesSharing,
} from './notes';
export { isRepository, openRepository } from './repository';
export {
  changedFilesSince,
  commit,
  diffSince,
  isTracked,
  stage,
  stagedChanges,
  trackedTextFiles,
  unstage,
  untrackedFiles,
  workTreeStatus,
  type WorkTreeStatus,
} from './work-tree';
