import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitError } from 'simple-git';
import { gitBytes, gitOutput } from './process';
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
  const notes = new Map<string, string>();
  // git lists no notes, and fails not, under a ref that does not exist.
  const listed = (await gitAt(cwd).raw(['notes', `--ref=${ref}`, 'list']))
    .split('\n')
    .map((row) => row.trim().split(/\s+/))
    .filter((row): row is [string, string] => row.length === 2);
  if (listed.length === 0) return notes;
  // One process for every note, not one each: `cat-file --batch` reads the blobs' names from its input.
  const batch = await gitBytes(
    cwd,
    ['cat-file', '--batch'],
    listed.map(([blob]) => `${blob}\n`).join(''),
  );
  let at = 0;
  for (const [, commit] of listed) {
    // `<name> blob <size>`, the size in bytes, then the blob and a newline.
    const headerEnd = batch.indexOf(0x0a, at);
    const header = batch.toString('latin1', at, headerEnd);
    const [, type, size = ''] = header.split(' ');
    if (type !== 'blob') throw new Error(`git cat-file --batch: ${header}`);
    const end = headerEnd + 1 + Number(size);
    notes.set(commit, batch.toString('utf8', headerEnd + 1, end));
    at = end + 1;
  }
  return notes;
}

/** What {@link shareNotes} set: a line each, for the person running init. */
export interface NotesSharing {
  rewrite: boolean;
  /** The remote whose fetch and push refspecs now carry the notes; null without an `origin`. */
  remote: string | null;
}

/**
 * Configures the repository so the notes under `ref` (`refs/notes/<name>`) stay with their commits:
 * `git rebase` and `git commit --amend` copy them to the rewritten commits, and when an `origin`
 * exists, `git fetch` brings its notes to `refs/notes/remotes/origin/<name>` (never over the local
 * ones) and `git push` sends them. Idempotent: a value already set is not added twice.
 */
export async function shareNotes(cwd: string, ref: string): Promise<NotesSharing> {
  const git = gitAt(cwd);
  const values = async (key: string) =>
    (await git.raw(['config', '--get-all', key]).catch(() => ''))
      .split('\n')
      .map((value) => value.trim())
      .filter(Boolean);
  const add = async (key: string, value: string) => {
    if (!(await values(key)).includes(value)) await git.raw(['config', '--add', key, value]);
  };
  await add('notes.rewriteRef', ref);
  await git.raw(['config', 'notes.rewrite.amend', 'true']);
  await git.raw(['config', 'notes.rewrite.rebase', 'true']);

  const remotes = (await git.raw(['remote'])).split('\n').map((name) => name.trim());
  if (!remotes.includes('origin')) return { rewrite: true, remote: null };
  const name = ref.replace(/^refs\/notes\//, '');
  // Glob refspecs: a ref no side has yet matches nothing instead of failing the fetch or push.
  await add('remote.origin.fetch', `+${ref}*:refs/notes/remotes/origin/${name}*`);
  // A push refspec replaces what a bare `git push` sends: keep sending the current branch.
  if ((await values('remote.origin.push')).length === 0) await add('remote.origin.push', 'HEAD');
  await add('remote.origin.push', `${ref}*:${ref}*`);
  return { rewrite: true, remote: 'origin' };
}

/** `ref` and the copies of it fetched from remotes (`refs/notes/remotes/<remote>/<name>`) that exist, `ref` first. */
export async function notesRefs(cwd: string, ref: string): Promise<string[]> {
  const name = ref.replace(/^refs\/notes\//, '');
  // Not through simple-git: it waits 50 ms after a process that prints nothing, as here without notes.
  const listed = (
    await gitOutput(cwd, [
      'for-each-ref',
      '--format=%(refname)',
      ref,
      `refs/notes/remotes/*/${name}`,
    ])
  )
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  // A literal pattern matches the refs below it too (`<ref>/x`): only `ref` itself is the local one.
  const fetched = listed.filter((line) => line.startsWith('refs/notes/remotes/'));
  return [...(listed.includes(ref) ? [ref] : []), ...fetched];
}
