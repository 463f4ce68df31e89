import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { InvalidEditsError } from '../errors';
import { inShapeOf } from '../text';

/** One file a `changes` phase writes whole, or deletes. Paths are workspace-relative, with `/`. */
export type FileEdit =
  { kind: 'write'; path: string; content: string } | { kind: 'delete'; path: string };

/** What a `changes` phase's reply asks for: every edit, and the commit message when it gave one. */
export interface EditSet {
  edits: FileEdit[];
  /** The commit subject (first line) and body the model proposed, if any. */
  message?: string;
}

const marker = '=== baton:';
const writeLine = /^=== baton:write (\S(?:.*\S)?)$/;
const deleteLine = /^=== baton:delete (\S(?:.*\S)?)$/;
const messageLine = '=== baton:message';
// The next handoff a phase drafts (conductor/model-handoff.ts reads it): not an edit.
const handoffLine = '=== baton:handoff';
const endLine = '=== baton:end';

/**
 * The one format a `changes` phase answers in, told to the model in its system text. Whole files,
 * not patches: a model rewrites a file reliably, while line numbers and hunk context drift.
 */
export const editFormatInstruction = [
  'Answer ONLY with edit blocks in this exact format, and nothing else (no prose, no Markdown fences):',
  '',
  '=== baton:message',
  '<commit subject: one line, imperative, under 72 characters>',
  '<optional blank line and commit body>',
  '=== baton:end',
  '=== baton:write <workspace-relative path>',
  '<the ENTIRE new content of the file, exactly as it should be saved>',
  '=== baton:end',
  '=== baton:delete <workspace-relative path>',
  '',
  'Rules: one `write` block per file you create or change, holding the whole file (not a diff);',
  'one `delete` line per file to remove; at most one `message` block; each path at most once;',
  'paths relative to the workspace root with `/` separators, inside the feature project;',
  'no line inside a block may start with `=== baton:`. Blank lines between blocks are allowed.',
].join('\n');

/**
 * Reads a `changes` phase's reply in the format of {@link editFormatInstruction}. Strict: any text
 * outside a block, an unclosed block, a repeated path or a reply with no edit is an
 * {@link InvalidEditsError} listing every problem with its line number; nothing is guessed.
 */
export function parseEdits(reply: string): EditSet {
  const lines = reply.replace(/\r\n?/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const problems: string[] = [];
  const edits: FileEdit[] = [];
  const seen = new Set<string>();
  let message: string | undefined;

  const claim = (path: string, lineNo: number) => {
    if (seen.has(path)) problems.push(`line ${lineNo}: ${path} is edited twice`);
    seen.add(path);
  };
  /** The lines of a block opened at `start`, up to its end line; null when it never ends. */
  const blockBody = (start: number): { body: string[]; next: number } | null => {
    for (let i = start + 1; i < lines.length; i++) {
      if (lines[i] === endLine) return { body: lines.slice(start + 1, i), next: i + 1 };
      if (lines[i]!.startsWith(marker)) {
        problems.push(
          `line ${i + 1}: "${lines[i]}" inside the block opened on line ${start + 1}, which was not closed with "${endLine}"`,
        );
        return { body: [], next: i };
      }
    }
    problems.push(
      `line ${start + 1}: the block "${lines[start]}" is never closed with "${endLine}"`,
    );
    return null;
  };

  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const lineNo = i + 1;
    const write = writeLine.exec(line);
    const remove = deleteLine.exec(line);
    if (write) {
      const block = blockBody(i);
      if (!block) break;
      claim(write[1]!, lineNo);
      edits.push({
        kind: 'write',
        path: write[1]!,
        content: block.body.length ? `${block.body.join('\n')}\n` : '',
      });
      i = block.next;
    } else if (remove) {
      claim(remove[1]!, lineNo);
      edits.push({ kind: 'delete', path: remove[1]! });
      i++;
    } else if (line === messageLine) {
      const block = blockBody(i);
      if (!block) break;
      const text = block.body.join('\n').trim();
      if (message !== undefined) problems.push(`line ${lineNo}: a second message block`);
      else if (!text) problems.push(`line ${lineNo}: the message block is empty`);
      else message = text;
      i = block.next;
    } else if (line === handoffLine) {
      const block = blockBody(i);
      if (!block) break;
      i = block.next;
    } else if (line.trim() === '') {
      i++;
    } else {
      const shown = line.length > 60 ? `${line.slice(0, 60)}…` : line;
      problems.push(
        line.startsWith(marker)
          ? `line ${lineNo}: "${shown}" is not a block Baton knows (write, delete, message, end)`
          : `line ${lineNo}: text outside any block ("${shown}")`,
      );
      i++;
    }
  }
  if (edits.length === 0 && problems.length === 0) {
    problems.push('the reply holds no write or delete block');
  }
  if (problems.length > 0) throw new InvalidEditsError(problems);
  return message === undefined ? { edits } : { edits, message };
}

/** Edits written to the work tree, with the way back to the tree as it was before them. */
export interface AppliedEdits {
  /** Workspace-relative paths written or deleted. */
  paths: string[];
  /** Puts every file back as it was (content, absence) and removes the folders the edits created. */
  rollback(): Promise<void>;
}

/** Formats one file's new content before it is written (the workspace's Prettier, in a phase run). */
export type FormatFile = (path: string, content: string) => Promise<string>;

interface Snapshot {
  path: string;
  before: Buffer | null;
}

/**
 * Writes every edit or none: new contents are computed (and formatted) in memory first, the files
 * they replace are kept, and when any write fails everything written so far is put back.
 * Paths must have been validated by the caller (the guard); deleting a missing file is refused.
 */
export async function applyEdits(
  workspaceRoot: string,
  edits: readonly FileEdit[],
  format: FormatFile = async (_path, content) => content,
): Promise<AppliedEdits> {
  const missing = edits.filter(
    (edit) => edit.kind === 'delete' && !existsSync(join(workspaceRoot, edit.path)),
  );
  if (missing.length > 0) {
    throw new InvalidEditsError(
      missing.map((edit) => `${edit.path} cannot be deleted: it does not exist`),
    );
  }
  const snapshots: Snapshot[] = [];
  const contents = new Map<string, string>();
  for (const edit of edits) {
    const absolute = join(workspaceRoot, edit.path);
    const before = existsSync(absolute) ? await readFile(absolute) : null;
    snapshots.push({ path: edit.path, before });
    if (edit.kind !== 'write') continue;
    const formatted = await format(edit.path, edit.content);
    contents.set(
      edit.path,
      before === null ? formatted : inShapeOf(before.toString('utf8'), formatted),
    );
  }

  const createdDirs: string[] = [];
  const rollback = async () => {
    for (const { path, before } of snapshots) {
      const absolute = join(workspaceRoot, path);
      // A path that never came to exist (its folder could not be made) has nothing to undo.
      if (before === null) await rm(absolute, { force: true }).catch(() => undefined);
      else {
        await mkdir(dirname(absolute), { recursive: true });
        await writeFile(absolute, before);
      }
    }
    // Deepest first, so a folder is empty by the time it is removed.
    for (const dir of [...createdDirs].sort((a, b) => b.length - a.length)) {
      await rmdir(dir).catch(() => undefined);
    }
  };

  try {
    for (const edit of edits) {
      const absolute = join(workspaceRoot, edit.path);
      if (edit.kind === 'delete') {
        await rm(absolute);
        continue;
      }
      const created = await mkdir(dirname(absolute), { recursive: true });
      if (created) createdDirs.push(...foldersBetween(created, dirname(absolute)));
      await writeFile(absolute, contents.get(edit.path)!);
    }
  } catch (error) {
    await rollback();
    throw error;
  }
  return { paths: edits.map((edit) => edit.path), rollback };
}

/** `first` and every folder under it down to `last`: what one `mkdir -p` created. */
function foldersBetween(first: string, last: string): string[] {
  const folders: string[] = [];
  for (let dir = last; dir.length >= first.length; dir = dirname(dir)) {
    folders.push(dir);
    if (dir === first) break;
  }
  return folders;
}
