export { redact, fingerprint, redactionMarker } from './redact';
export type { Redaction, RedactionResult } from './redact';
export { batonRuleReasons } from './secret-rules';
export {
  checkOutgoingFile,
  checkOutgoingFiles,
  secretFilePatterns,
  secretNamePattern,
} from './refusal';
export { validateChangePath, validateChanges, protectedPaths } from './change-paths';
export type { ChangePathOptions } from './change-paths';
export { frameAsData, dataFramingInstruction } from './framing';
export { prepareOutgoing } from './outgoing';
export type { OutgoingPart, OutgoingPayload, OutgoingRedaction, OutgoingRequest } from './outgoing';
export { GuardError, RefusedFileError, EscapingPathError, NotAGitRepositoryError } from './errors';
export type { FileRefusal, RefusalReason, PathRefusal, EscapeReason } from './errors';
