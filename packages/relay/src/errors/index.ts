export { RelayError } from './relay-error';
export {
  CollaborationMapError,
  BatonNotInitialisedError,
  UnknownPhaseError,
  UnknownModelError,
} from './map';
export {
  MalformedHandoffError,
  InvalidFeatureNameError,
  UnknownProjectError,
  HandoffGoalMissingError,
  HandoffExistsError,
  NoNextPhaseError,
  PhaseNotRunError,
  InvalidHandoffOptionError,
  type ReferenceProblem,
  HandoffFileRefusedError,
} from './feature';
export {
  NotAGitRepositoryError,
  GitIdentityUnknownError,
  DetachedHeadError,
  DirtyWorkTreeError,
  PhaseBranchExistsError,
  PhaseBranchSwitchError,
  HandoffCommitError,
} from './branch';
export {
  NoHandoffError,
  WrongPhaseBranchError,
  BudgetExceededError,
  ContextWindowExceededError,
  type PhaseRef,
  InvalidEditsError,
  PhaseCommitRejectedError,
  EmptyEditsError,
  KeptReplyError,
  ReviewersFailedError,
  ReferencedFileMissingError,
  ReferencedFileNotTextError,
  DiffBaseMissingError,
  DirtyPhaseTreeError,
  UnpricedBudgetError,
} from './phase';
export { PhaseCommitTrailersError, CheckRevisionError } from './gate';
export { RelayDirtyTreeError, RelayThroughDoneError, UnknownFeatureError } from './conductor';
export {
  LedgerCorruptError,
  BlameNotInRepositoryError,
  type BlameFileProblem,
  BlameFileError,
  LedgerFeatureUnknownError,
  TraceOutputError,
} from './provenance';
