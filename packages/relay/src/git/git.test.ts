import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { germanGitUser, gitSpeaksGerman, tempFolder } from '@baton/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GitIdentityUnknownError, NotAGitRepositoryError } from '../errors';
import {
  blame,
  commit,
  commitChanges,
  commitsSince,
  currentBranch,
  diffSince,
  fileAt,
  filesOfCommit,
  isTracked,
  headContains,
  headCommit,
  isRepository,
  lastCommits,
  allNotes,
  localBranches,
  logTrailers,
  notesRefs,
  openRepository,
  readNote,
  revisionExists,
  stage,
  repositoryLocation,
  stagedChanges,
  trackedTextFiles,
  unstage,
  workTreeStatus,
} from '.';

describe('the git module', () => {
  let repo: string;
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  const write = (file: string, text: string) => writeFileSync(join(repo, file), text);

  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'baton-git-'));
    git('init', '-q', '-b', 'main');
    git('config', 'user.name', 'T');
    git('config', 'user.email', 't@t.invalid');
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('refuses a repository without a commit, then opens it once it has one', async () => {
    await expect(openRepository(repo)).rejects.toBeInstanceOf(NotAGitRepositoryError);
    expect(await currentBranch(repo)).toBe('main');
    write('a.txt', 'one\n');
    git('add', 'a.txt');
    git('commit', '-q', '-m', 'first');
    await expect(openRepository(repo)).resolves.toBeUndefined();
  });

  it('commits staged changes with trailers, counts added lines and reads the trailers back', async () => {
    write('a.txt', 'one\n');
    git('add', 'a.txt');
    git('commit', '-q', '-m', 'first');
    const first = git('rev-parse', 'HEAD');

    write('a.txt', 'one\ntwo\nthree\n');
    write('b.bin', '\0\x01\x02');
    await stage(repo, ['a.txt', 'b.bin']);
    expect(await stagedChanges(repo, ['a.txt', 'b.bin'])).toEqual([
      { path: 'a.txt', added: 2 },
      { path: 'b.bin', added: 0 },
    ]);
    await unstage(repo, ['b.bin']);
    await commit(repo, 'second', ['AI-Phase: ui', 'AI-Model: openai/gpt-5']);

    const records = await logTrailers(repo, 'HEAD', ['AI-Phase', 'AI-Model', 'AI-Handoff']);
    expect(records.map((record) => record.values)).toEqual([
      ['ui', 'openai/gpt-5', ''],
      ['', '', ''],
    ]);
    expect(git('log', '-1', '--format=%s')).toBe('second');
    expect(git('status', '--porcelain')).toBe('?? b.bin');
    expect(await headContains(repo, first)).toBe(true);
    expect((await lastCommits(repo, ['a.txt'])).get('a.txt')).toBe(git('rev-parse', 'HEAD'));
  });

  it('tells a detached HEAD, unknown revisions and branch patterns apart', async () => {
    write('a.txt', 'one\n');
    git('add', 'a.txt');
    git('commit', '-q', '-m', 'first');
    git('branch', 'feature/x-gpt-ui');
    git('branch', 'other');
    expect(await localBranches(repo, 'feature/x-*')).toEqual(['feature/x-gpt-ui']);
    expect(await revisionExists(repo, 'other')).toBe(true);
    expect(await revisionExists(repo, 'nowhere')).toBe(false);
    git('switch', '-q', '--detach', 'HEAD');
    expect(await currentBranch(repo)).toBeNull();
  });

  it('blames committed and uncommitted lines, and has no blame before the first commit', async () => {
    write('new.txt', 'x\n');
    git('add', 'new.txt');
    expect(await blame(repo, 'new.txt')).toBeNull();
    write('a.txt', 'one\n');
    git('add', 'a.txt');
    git('commit', '-q', '-m', 'first');
    write('a.txt', 'one\ntwo\n');
    const lines = await blame(repo, 'a.txt');
    expect(
      lines?.map(({ line, commit, authorName, text }) => [line, !!commit, authorName, text]),
    ).toEqual([
      [1, true, 'T', 'one'],
      [2, false, 'Not Committed Yet', 'two'],
    ]);
  });

  it('names files from a workspace in a subfolder, whichever way git names them', async () => {
    mkdirSync(join(repo, 'web/src'), { recursive: true });
    write('README.md', 'top\n');
    write('web/src/a.ts', 'one\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'first');
    const first = git('rev-parse', 'HEAD');
    const web = join(repo, 'web');
    expect(await repositoryLocation(web)).toEqual({ top: repo, prefix: 'web/' });
    // Through a symbolic link the top is named as reached, as the workspace's files are.
    symlinkSync(repo, `${repo}-link`);
    try {
      expect(await repositoryLocation(`${repo}-link/web`)).toEqual({
        top: `${repo}-link`,
        prefix: 'web/',
      });
      symlinkSync(web, `${repo}-web`);
      expect(await repositoryLocation(`${repo}-web`)).toEqual({
        top: realpathSync(repo),
        prefix: 'web/',
      });
    } finally {
      rmSync(`${repo}-link`);
      rmSync(`${repo}-web`, { force: true });
    }

    write('web/src/a.ts', 'one\ntwo\n');
    write('web/src/b.ts', 'new\n');
    write('README.md', 'top, edited\n');
    const status = await workTreeStatus(web, { allUntracked: true });
    expect(status.files.map((file) => file.path).sort()).toEqual([
      '../README.md',
      'src/a.ts',
      'src/b.ts',
    ]);
    expect(await fileAt(web, 'HEAD', 'src/a.ts')).toBe('one\n');
    expect(await diffSince(web, first, ['src'])).toContain('+++ b/src/a.ts');

    await stage(web, ['src']);
    expect(await stagedChanges(web, ['src'])).toEqual([
      { path: 'src/a.ts', added: 1 },
      { path: 'src/b.ts', added: 1 },
    ]);
    await commit(web, 'second', []);
    expect((await commitsSince(web, first)).map((summary) => summary.files)).toEqual([
      ['src/a.ts', 'src/b.ts'],
    ]);
  });

  it('names files as they are named on disk, whatever characters their names hold', async () => {
    write('README.md', 'one\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'first');
    const first = git('rev-parse', 'HEAD');
    // git quotes a name holding non-ASCII, a quote or a backslash in every listing without -z.
    const names = [
      'src/日本/é file.ts',
      'app/[id]/(group)/page #1 %20.ts',
      '-dash.ts',
      'q"uote\\.ts',
    ];
    for (const name of names) {
      mkdirSync(join(repo, name, '..'), { recursive: true });
      write(name, 'export const a = 1;\n');
    }
    git('add', '-A');
    const sorted = [...names].sort();
    const staged = await stagedChanges(repo, ['.']);
    expect(staged.map((change) => change.path).sort()).toEqual(sorted);
    await commit(repo, 'odd names', []);

    expect((await commitsSince(repo, first)).map((summary) => summary.files.sort())).toEqual([
      sorted,
    ]);
    expect((await filesOfCommit(repo, 'HEAD')).sort()).toEqual(sorted);
    expect([...(await lastCommits(repo, names)).keys()].sort()).toEqual(sorted);
    expect((await commitChanges(repo, 'HEAD')).map((change) => change.path).sort()).toEqual(sorted);
    expect(await trackedTextFiles(repo, names)).toEqual(sorted.map((name) => join(repo, name)));
  });

  it('takes a file name with brackets or a star for itself, not for a pattern of other names', async () => {
    // Next.js names route folders [id]; as a git pattern, [id] is the folder i or d.
    mkdirSync(join(repo, 'app/i'), { recursive: true });
    mkdirSync(join(repo, 'app/[id]'), { recursive: true });
    write('app/i/page.ts', 'one\n');
    write('app/*.ts', 'star\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'first');
    write('app/[id]/page.ts', 'route\n');
    write('app/i/page.ts', 'two\n');
    expect(await isTracked(repo, 'app/[id]/page.ts')).toBe(false);

    await stage(repo, ['app/[id]/page.ts']);
    expect(git('diff', '--cached', '--name-only')).toBe('app/[id]/page.ts');
    expect((await stagedChanges(repo, ['app/[id]/page.ts'])).map((change) => change.path)).toEqual([
      'app/[id]/page.ts',
    ]);
    await unstage(repo, ['app/[id]/page.ts']);
    expect(git('diff', '--cached', '--name-only')).toBe('');
    expect([...(await lastCommits(repo, ['app/*.ts'])).keys()]).toEqual(['app/*.ts']);
  });

  it('says how to set a name and email when git knows neither, and commits nothing', async () => {
    git('config', '--unset', 'user.name');
    git('config', '--unset', 'user.email');
    // Only the repository's config counts: git guesses no identity from the host, as on CI.
    git('config', 'user.useConfigOnly', 'true');
    vi.stubEnv('GIT_CONFIG_GLOBAL', '/dev/null');
    vi.stubEnv('GIT_CONFIG_NOSYSTEM', '1');
    for (const name of [
      'EMAIL',
      'GIT_AUTHOR_NAME',
      'GIT_AUTHOR_EMAIL',
      'GIT_COMMITTER_NAME',
      'GIT_COMMITTER_EMAIL',
    ]) {
      vi.stubEnv(name, undefined);
    }
    try {
      write('a.txt', 'one\n');
      await stage(repo, ['a.txt']);
      for (const env of [{}, { BATON_PHASE: 'tests' }] as Array<Record<string, string>>) {
        const refused = commit(repo, 'first', [], env);
        await expect(refused).rejects.toBeInstanceOf(GitIdentityUnknownError);
        await expect(refused).rejects.toThrow(
          'git config user.name "Your Name" && git config user.email "you@example.com"',
        );
      }
      await expect(openRepository(repo)).rejects.toBeInstanceOf(NotAGitRepositoryError);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('lists the notes refs that exist, the local one before the fetched copies, and reads their notes', async () => {
    const ref = 'refs/notes/trace';
    write('a.txt', 'one\n');
    git('add', 'a.txt');
    git('commit', '-q', '-m', 'first');
    expect(await notesRefs(repo, ref)).toEqual([]);
    expect(await allNotes(repo, ref)).toEqual(new Map());
    git('notes', `--ref=${ref}`, 'add', '-m', 'fetched', 'HEAD');
    git('update-ref', 'refs/notes/remotes/origin/trace', ref);
    git('update-ref', '-d', ref);
    // git lists a ref below a literal pattern too: it is not the local ref.
    git('update-ref', `${ref}/old`, 'refs/notes/remotes/origin/trace');
    expect(await notesRefs(repo, ref)).toEqual(['refs/notes/remotes/origin/trace']);
    git('update-ref', '-d', `${ref}/old`);
    git('notes', `--ref=${ref}`, 'add', '-m', 'local', 'HEAD');
    git('update-ref', 'refs/notes/remotes/fork/trace', ref);
    expect(await notesRefs(repo, ref)).toEqual([
      ref,
      'refs/notes/remotes/fork/trace',
      'refs/notes/remotes/origin/trace',
    ]);
    const first = git('rev-parse', 'HEAD');
    git('commit', '-q', '--allow-empty', '-m', 'second');
    // Bytes, not characters, and lines of their own: each note is read whole from one batch.
    git('notes', `--ref=${ref}`, 'add', '-m', 'größe', '-m', 'zwei Zeilen', 'HEAD');
    expect(await allNotes(repo, ref)).toEqual(
      new Map([
        [first, 'local\n'],
        [git('rev-parse', 'HEAD'), 'größe\n\nzwei Zeilen\n'],
      ]),
    );
  });

  it.runIf(gitSpeaksGerman())(
    "reads git's answers in a user's own language, with their editor, pager and ssh set",
    async () => {
      for (const [name, value] of Object.entries(germanGitUser)) vi.stubEnv(name, value);
      const elsewhere = tempFolder('baton-git-nogit-');
      try {
        expect(await isRepository(elsewhere.root)).toBe(false);
        await expect(openRepository(elsewhere.root)).rejects.toBeInstanceOf(NotAGitRepositoryError);
        write('a.txt', 'one\n');
        git('add', 'a.txt');
        expect(await blame(repo, 'a.txt')).toBeNull();
        git('commit', '-q', '-m', 'first');
        expect(await blame(repo, 'gone.txt')).toBeNull();
        expect(await readNote(repo, 'refs/notes/baton', await headCommit(repo))).toBeNull();
        expect(await currentBranch(repo)).toBe('main');
      } finally {
        elsewhere.dispose();
        vi.unstubAllEnvs();
      }
    },
  );
});
