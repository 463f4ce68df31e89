import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FileEdit } from './edits';
import { InvalidEditsError } from './errors';

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
    if (edit.kind === 'write') contents.set(edit.path, await format(edit.path, edit.content));
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
