import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import {
  allNotes,
  blame,
  filesOfCommit,
  notesRefs,
  openRepository,
  readNote,
  repositoryRoot,
  shareNotes,
  writeNote,
  type NotesSharing,
} from '../git';
import type { PhaseTrailers } from './trailers';

/**
 * Where Baton keeps an Agent Trace record (github.com/cursor/agent-trace, v0.1.0) for each
 * model-written commit: a notes ref, so the record travels with the commit it describes.
 */
export const traceNotesRef = 'refs/notes/agent-trace';

/** The `version` a record carries: the specification's published schema takes `major.minor` only. */
export const traceVersion = '0.1';

const contributorSchema = z.strictObject({
  type: z.enum(['human', 'ai', 'mixed', 'unknown']),
  model_id: z.string().max(250).optional(),
});

const rangeSchema = z.strictObject({
  start_line: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  end_line: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  content_hash: z.string().optional(),
  contributor: contributorSchema.optional(),
});

/**
 * An Agent Trace record, written from the facts of the specification's `schemas/trace-record.json`:
 * closed objects throughout, `major.minor` version, a UUID id, a UTC RFC 3339 timestamp.
 */
export const traceRecordSchema = z.strictObject({
  version: z.string().regex(/^[0-9]+\.[0-9]+$/),
  id: z
    .string()
    .regex(
      /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/,
    ),
  timestamp: z.iso.datetime({ offset: false }),
  vcs: z
    .strictObject({ type: z.enum(['git', 'jj', 'hg', 'svn']), revision: z.string() })
    .optional(),
  tool: z.strictObject({ name: z.string(), version: z.string() }).optional(),
  files: z.array(
    z.strictObject({
      path: z.string(),
      conversations: z.array(
        z.strictObject({
          url: z.url().optional(),
          contributor: contributorSchema.optional(),
          ranges: z.array(rangeSchema),
          related: z.array(z.strictObject({ type: z.string(), url: z.url() })).optional(),
        }),
      ),
    }),
  ),
  metadata: z.record(z.string(), z.unknown()).optional(),
});

export type TraceRecord = z.infer<typeof traceRecordSchema>;

/** Baton's own fields in a record's `metadata`, under its reverse-domain key. */
export const traceMetadataKey = 'dev.baton';

/** The content hash of one line, as a record's ranges carry it: position-independent. */
export function lineHash(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

const toolVersion: string = (
  JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** The lines a commit wrote (blame at the commit names it), by repository-relative file. */
async function linesWrittenBy(
  root: string,
  commit: string,
): Promise<Array<{ path: string; lines: Array<{ line: number; text: string }> }>> {
  const files = await filesOfCommit(root, commit);
  const written = await Promise.all(
    files.map(async (path) => {
      // A file the commit deleted has no lines at the commit: blame says so with null.
      const blamed = (await blame(root, path, commit)) ?? [];
      return { path, lines: blamed.filter((line) => line.commit === commit) };
    }),
  );
  return written.filter((file) => file.lines.length > 0);
}

/**
 * The Agent Trace record of a model-written commit: every line it wrote, as one range per line
 * with its content hash, so the lines can be found again after a rebase or a squash.
 */
export async function traceRecordOf(
  cwd: string,
  commit: string,
  trailers: PhaseTrailers,
): Promise<TraceRecord> {
  const root = await repositoryRoot(cwd);
  const files = await linesWrittenBy(root, commit);
  return {
    version: traceVersion,
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    vcs: { type: 'git', revision: commit },
    tool: { name: 'baton', version: toolVersion },
    files: files.map(({ path, lines }) => ({
      path,
      conversations: [
        {
          contributor: { type: 'ai', model_id: trailers.model },
          ranges: lines.map(({ line, text }) => ({
            start_line: line,
            end_line: line,
            content_hash: lineHash(text),
          })),
        },
      ],
    })),
    metadata: { [traceMetadataKey]: { phase: trailers.phase, handoff: trailers.handoff } },
  };
}

/** Writes the Agent Trace record of a model-written commit to its note under {@link traceNotesRef}. */
export async function recordCommitTrace(
  cwd: string,
  commit: string,
  trailers: PhaseTrailers,
): Promise<TraceRecord> {
  const record = traceRecordSchema.parse(await traceRecordOf(cwd, commit, trailers));
  await writeNote(cwd, traceNotesRef, commit, `${JSON.stringify(record)}\n`);
  return record;
}

/** A note's record, or null when the note is not an Agent Trace record (someone else's note). */
function parseRecord(text: string): TraceRecord | null {
  try {
    const parsed = traceRecordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The record in the note of `commit` (the local notes first, then those fetched), or null. */
export async function commitTrace(cwd: string, commit: string): Promise<TraceRecord | null> {
  for (const ref of await notesRefs(cwd, traceNotesRef)) {
    const note = await readNote(cwd, ref, commit);
    const record = note === null ? null : parseRecord(note);
    if (record) return record;
  }
  return null;
}

/** Sets up the repository so the records stay with their commits (rebase, amend, fetch, push). */
export function shareTraceNotes(cwd: string): Promise<NotesSharing> {
  return shareNotes(cwd, traceNotesRef);
}

/**
 * Every record as one JSON line, oldest first: what `baton trace export` writes. Throws
 * `NotAGitRepositoryError` outside a repository with commits.
 */
export async function traceLines(cwd: string): Promise<string> {
  await openRepository(cwd);
  return (await allTraces(cwd)).map(({ record }) => `${JSON.stringify(record)}\n`).join('');
}

/** Every record in the notes, with the commit whose note holds it (after a rebase: the new commit). */
export async function allTraces(
  cwd: string,
): Promise<Array<{ commit: string; record: TraceRecord }>> {
  const traces: Array<{ commit: string; record: TraceRecord }> = [];
  const seen = new Set<string>();
  // The local notes win over a fetched copy of the same commit's.
  for (const ref of await notesRefs(cwd, traceNotesRef)) {
    for (const [commit, text] of await allNotes(cwd, ref)) {
      const record = seen.has(commit) ? null : parseRecord(text);
      if (record) traces.push({ commit, record });
      seen.add(commit);
    }
  }
  return traces.sort(
    (a, b) =>
      a.record.timestamp.localeCompare(b.record.timestamp) || a.commit.localeCompare(b.commit),
  );
}

/** What a record says of who wrote it: the model, and Baton's phase and handoff when it has them. */
export function traceAuthor(record: TraceRecord): PhaseTrailers | null {
  const model = record.files
    .flatMap((file) => file.conversations)
    .find((conversation) => conversation.contributor?.type === 'ai')?.contributor?.model_id;
  if (!model) return null;
  const baton = record.metadata?.[traceMetadataKey] as
    { phase?: unknown; handoff?: unknown } | undefined;
  return {
    phase: typeof baton?.phase === 'string' ? baton.phase : '',
    model,
    handoff: typeof baton?.handoff === 'string' ? baton.handoff : '',
  };
}
