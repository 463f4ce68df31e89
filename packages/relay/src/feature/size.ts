import type { HandoffFile } from './handoff';
import { resolveReference, type WorkspaceFiles } from './references';

/**
 * Characters above which a whole file is worth a warning: about 25,000 tokens at 4 characters a
 * token, an eighth of a 200k-token context window for one file.
 */
export const largeReferenceChars = 100_000;

/** A file a handoff sends whole although it is large. */
export interface LargeReference {
  /** As the handoff writes it. */
  path: string;
  chars: number;
  /** At 4 characters a token: no tokenizer is loaded to write a handoff. */
  tokens: number;
}

/** The handoff's references sent whole (not structure-only) that are larger than the threshold. */
export function largeReferences(
  projectRoot: string,
  references: readonly HandoffFile[],
  files: Pick<WorkspaceFiles, 'root' | 'exists' | 'read'>,
  threshold = largeReferenceChars,
): LargeReference[] {
  return references
    .filter((file) => !file.structureOnly)
    .map((file) => ({
      path: file.path,
      chars: files.read(resolveReference(projectRoot, file.path, files))?.length ?? 0,
    }))
    .filter((file) => file.chars > threshold)
    .map((file) => ({ ...file, tokens: Math.ceil(file.chars / 4) }));
}

/** What `nx g handoff` warns of a large reference, with the option that sends its outline instead. */
export function largeReferenceWarning(reference: LargeReference): string {
  const size = `${(reference.chars / 1_000_000).toFixed(1)} MB`;
  return (
    `${reference.path} is ${size} (about ${reference.tokens.toLocaleString('en-US')} tokens), sent whole to the phase: ` +
    `that may exceed the model's context window or the phase's input limit, and every phase run would refuse it. ` +
    `Send its declarations and signatures instead with \`--files ${reference.path}:structure\`, unless the phase needs its bodies.`
  );
}
