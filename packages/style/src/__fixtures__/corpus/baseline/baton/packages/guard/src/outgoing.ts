import { createHash } from 'node:crypto';
import { dataFramingInstruction, frameAsData } from './framing';
import { type Redaction, redact } from './redact';
import { checkOutgoingFiles } from './refusal';

export interface OutgoingPart {
  /** How the part is named in the prompt: a workspace-relative path, `FEATURE.md`, `diff`... */
  label: string;
  content: string;
  /** The file it was read from, workspace-relative: checked for refusal before anything is sent. */
  path?: string;
}

export interface OutgoingRequest {
  workspaceRoot: string;
  /** Baton's phase prompt and the map's instructions: redacted, not framed. */
  instructions: string;
  /** Repository content: each part redacted, then framed as data. */
  parts: readonly OutgoingPart[];
}

export interface OutgoingRedaction extends Redaction {
  /** The part (or `instructions`) the secret was masked in. */
  label: string;
}

/** Exactly what is sent: `system` and `user` go to the provider as they are. */
export interface OutgoingPayload {
  system: string;
  user: string;
  redactions: OutgoingRedaction[];
}

/**
 * The one door out of the machine: refuses secret, ignored or outside files, masks secrets in
 * everything, and frames repository content as data. The phase run sends its result and
 * `--dry-run` prints it, so what the dry run shows is what would be sent.
 */
export async function prepareOutgoing(request: OutgoingRequest): Promise<OutgoingPayload> {
  const paths = request.parts.flatMap((part) => (part.path === undefined ? [] : [part.path]));
  if (paths.length > 0) await checkOutgoingFiles(request.workspaceRoot, paths);
  const redactions: OutgoingRedaction[] = [];
  const instructions = await redact(request.instructions);
  redactions.push(...instructions.redactions.map((r) => ({ ...r, label: 'instructions' })));
  const parts = [];
  for (const part of request.parts) {
    const redacted = await redact(part.content, { path: part.path ?? part.label });
    redactions.push(...redacted.redactions.map((r) => ({ ...r, label: part.label })));
    parts.push({ label: part.label, content: redacted.text });
  }
  const salt = parts
    .reduce((hash, part) => hash.update(`${part.label}\0${part.content}\0`), createHash('sha256'))
    .digest('hex');
  return {
    system: `${instructions.text.trimEnd()}\n\n${dataFramingInstruction}`,
    user: parts.map((part) => frameAsData(part.label, part.content, salt)).join('\n\n'),
    redactions,
  };
}
