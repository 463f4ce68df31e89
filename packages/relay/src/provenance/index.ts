export {
  authorLabel,
  blameFile,
  lineShares,
  type BlameLine,
  type LineAuthor,
  type LineShare,
} from './attribution';
export {
  answeringRun,
  appendLedgerEntry,
  ledgerFile,
  ledgerModel,
  readLedger,
  summarizeLedger,
  type FittedFile,
  type LedgerEntry,
  type LedgerSummaryRow,
} from './ledger';
export { readWorkspaceLedgers } from './workspace-ledgers';
export {
  commitPhaseTrailers,
  conventionTrailerLines,
  phaseCommits,
  trailerArgs,
  trailerKeys,
  trailerLines,
  type PhaseTrailers,
} from './trailers';
export {
  allTraces,
  commitTrace,
  lineHash,
  recordCommitTrace,
  shareTraceNotes,
  traceAuthor,
  traceLines,
  traceNotesRef,
  traceRecordSchema,
  traceVersion,
  type TraceRecord,
} from './agent-trace';
