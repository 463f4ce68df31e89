import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitError } from 'simple-git';
import { gitAt } from './repository';

/** Attaches `text` as the note of `commit` under `ref`, replacing any note there. */
export async function writeNote(
  cwd: string,
  ref: string,
  commit: string,
  text: string,
): Promise<void> {
  // A file, not -m: a note of a large commit can outgrow the longest argument the OS allows.
  const folder = mkdtempSync(join(tmpdir(), 'baton-note-'));
  try {
    const file = join(folder, 'note');
    writeFileSync(file, text);
    await gitAt(cwd).raw(['notes', `--ref=${ref}`, 'add', '-f', '-F', file, commit]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The note of `commit` under `ref`, or null when it has none. */
export async function readNote(cwd: string, ref: string, commit: string): Promise<string | null> {
  try {
    return await gitAt(cwd).raw(['notes', `--ref=${ref}`, 'show', commit]);
  } catch (error) {
    if (error instanceof GitError && /no note found/i.test(error.message)) return null;
    throw error;
  }
}

/** Every note under `ref`, keyed by the commit it annotates; none when the ref does not exist yet. */
export async function allNotes(cwd: string, ref: string): Promise<Map<string, string>> {
  const git = gitAt(cwd);
  const exists = await git
    .raw(['rev-parse', '-q', '--verify', ref])
    .then(() => true)
    .catch(() => false);
  const notes = new Map<string, string>();
  if (!exists) return notes;
  const listed = (await git.raw(['notes', `--ref=${ref}`, 'list']))
    .split('\n')
    .map((row) => row.trim().split(/\s+/))
    .filter((row): row is [string, string] => row.length === 2);
  await Promise.all(
    listed.map(async ([blob, commit]) => {
      notes.set(commit, await git.raw(['cat-file', 'blob', blob]));
    }),
  );
  return notes;
}

/** The repository's top folder, absolute. */
export async function repositoryRoot(cwd: string): Promise<string> {
  return (await gitAt(cwd).revparse(['--show-toplevel'])).trim();
}
