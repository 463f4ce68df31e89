import * as z from 'zod';
import type { ModelHandoffDraft } from './draft';
import {
  checkReferences,
  referencePath,
  resolveReference,
  type WorkspaceFiles,
} from './references';

const open = '=== baton:handoff';
const end = '=== baton:end';

/**
 * What every phase is asked to end its reply with: the handoff to the next phase, as the model
 * that did the work sees it. The relay writes it as the next handoff; a person can edit it.
 */
export function modelHandoffInstruction(nextPhase: string | null, criteria: number): string {
  const verdict = criteria > 0 ? ', "criteria": {"met": [1], "open": [2]}' : '';
  return [
    `Last, hand off to ${nextPhase ? `"${nextPhase}"` : 'the team'} in one JSON block:`,
    open,
    `{"completed": "<done, 1 line>", "keyContext": ["<Key: value>"], "files": [{"path": "src/<file>.ts", "structureOnly": true}], "openDecisions": ["<open>"]${verdict}}`,
    end,
    `files: paths in the project for the next phase to read; structureOnly: true when declarations suffice${criteria > 0 ? '; criteria: numbers of the FEATURE.md acceptance criteria met and open' : ''}.`,
  ].join('\n');
}

const oneLine = z
  .string()
  .trim()
  .min(1)
  .max(400)
  .refine((text) => !/[\r\n]/.test(text), { error: 'must be one line' });
const numbers = z.array(z.number().int().positive()).max(50).default([]);

// Strict, so a reply that drifts from the format fails here and the git-derived draft is used.
const modelHandoffSchema = z.strictObject({
  completed: oneLine,
  keyContext: z
    .array(oneLine.regex(/^[^:]*\S[^:]*:\s*\S/, { error: 'must be "Key: value"' }))
    .max(20)
    .default([]),
  files: z
    .array(z.strictObject({ path: oneLine, structureOnly: z.boolean().default(false) }))
    .max(30)
    .default([]),
  openDecisions: z.array(oneLine).max(20).default([]),
  criteria: z.strictObject({ met: numbers, open: numbers }).optional(),
});

export type ModelHandoffReading =
  { kind: 'drafted'; draft: ModelHandoffDraft } | { kind: 'fallback'; reason: string };

const verdictSchema = z.object({
  criteria: z.object({ met: numbers, open: numbers }),
});

/**
 * The acceptance criteria a phase's reply says its work meets and leaves open (numbers FEATURE.md
 * has), read from its handoff block even when the rest of the block fails; null when it says none.
 */
export function criteriaVerdict(
  reply: string,
  criteria: number,
): { met: number[]; open: number[] } | null {
  const block = findBlock(reply);
  if (!block || criteria === 0) return null;
  let json: unknown;
  try {
    json = JSON.parse(block.body);
  } catch {
    return null;
  }
  const parsed = verdictSchema.safeParse(json);
  if (!parsed.success) return null;
  const known = (n: number) => n <= criteria;
  return {
    met: [...new Set(parsed.data.criteria.met.filter(known))].sort((a, b) => a - b),
    open: [...new Set(parsed.data.criteria.open.filter(known))].sort((a, b) => a - b),
  };
}

/** The reply without its handoff block: what a report keeps. */
export function withoutModelHandoff(reply: string): string {
  const block = findBlock(reply);
  return block
    ? `${reply.slice(0, block.start).trimEnd()}\n${reply.slice(block.end)}`.trimEnd() + '\n'
    : reply;
}

/**
 * Reads and validates the handoff block of a phase's reply: JSON of the schema above, files that
 * exist and may leave the machine, criteria numbers that FEATURE.md has. Anything else is a
 * fallback, with the reason said at the gate.
 */
export async function readModelHandoff(
  reply: string | undefined,
  {
    by,
    projectRoot,
    files,
    criteria,
  }: { by: string; projectRoot: string; files: WorkspaceFiles; criteria: number },
): Promise<ModelHandoffReading> {
  const fallback = (reason: string): ModelHandoffReading => ({ kind: 'fallback', reason });
  if (reply === undefined)
    return fallback("the phase's reply is not at hand (the relay resumed after it)");
  const block = findBlock(reply);
  if (!block) return fallback(`the reply has no "${open}" block`);
  let json: unknown;
  try {
    json = JSON.parse(block.body);
  } catch (error) {
    return fallback(`its handoff block is not JSON (${(error as Error).message})`);
  }
  const parsed = modelHandoffSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => `${issue.path.map(String).join('.') || 'the block'} ${issue.message}`,
    );
    return fallback(`its handoff block is not valid: ${issues.join('; ')}`);
  }
  const draft = parsed.data;
  const outOfRange = [...(draft.criteria?.met ?? []), ...(draft.criteria?.open ?? [])].filter(
    (n) => n > criteria,
  );
  if (outOfRange.length) {
    return fallback(
      `its handoff block names criteria ${outOfRange.join(', ')}, but FEATURE.md has ${criteria}`,
    );
  }
  const resolved = draft.files.map((file) => ({
    ...file,
    workspacePath: resolveReference(projectRoot, file.path, files),
  }));
  try {
    await checkReferences(
      files,
      resolved.map((file) => ({
        asked: file.path,
        workspacePath: file.workspacePath,
      })),
      { refuse: true },
    );
  } catch (error) {
    return fallback(`its handoff block names a file it may not: ${(error as Error).message}`);
  }
  return {
    kind: 'drafted',
    draft: {
      by,
      completed: draft.completed,
      keyContext: draft.keyContext,
      files: resolved.map((file) => ({
        path: referencePath(projectRoot, file.workspacePath),
        structureOnly: file.structureOnly,
      })),
      openDecisions: draft.openDecisions,
    },
  };
}

/** The last handoff block of a reply (a model may quote the format before answering). */
function findBlock(reply: string): { start: number; end: number; body: string } | null {
  const text = reply.replace(/\r\n?/g, '\n');
  const start = text.lastIndexOf(`${open}\n`);
  if (start === -1 || (start > 0 && text[start - 1] !== '\n')) return null;
  const bodyStart = start + open.length + 1;
  const close = text.indexOf(`\n${end}`, bodyStart - 1);
  if (close === -1) return null;
  return {
    start,
    end: close + end.length + 1,
    body: text.slice(bodyStart, close).replace(/^```(?:json)?\n|\n```$/g, ''),
  };
}
