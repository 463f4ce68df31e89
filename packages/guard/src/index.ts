export { redact, fingerprint } from './redact';
export type { Redaction, RedactionResult } from './redact';
