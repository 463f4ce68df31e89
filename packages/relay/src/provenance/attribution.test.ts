import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claudePhase, geminiPhase, tempRepoForTests } from '@baton/testing';
import { describe, expect, it } from 'vitest';
import { blameFile, lineShares } from './attribution';
import { BlameFileError, BlameNotInRepositoryError } from '../errors';
import { trailerArgs } from './trailers';

const gemini = geminiPhase;
const claude = claudePhase('anthropic/claude-sonnet-4-5-20250929');

describe('attribution', () => {
  const repo = tempRepoForTests({ prefix: 'baton-blame-' });
  const git = (...args: string[]) => repo.git(...args);
  const write = (file: string, text: string) => repo.write(file, text);
  const commit = (author: string, files: Record<string, string>, ...args: string[]) =>
    repo.commitAs(author, files, ...args);

  it('names the phase and model of each line, humans by name, and uncommitted edits', async () => {
    const file = 'packages/analytics/src/query.ts';
    const human = commit('Ada', { [file]: 'export const a = 1;\nexport const b = 2;\n' });
    const model = commit(
      'Baton',
      { [file]: 'export const a = 1;\nexport const b = 3;\nexport const c = 4;\n' },
      ...trailerArgs(gemini),
    );
    write(file, 'export const a = 1;\nexport const b = 3;\nexport const c = 4;\n// todo\n');

    const lines = await blameFile(repo.root, file);
    expect(lines).toEqual([
      {
        line: 1,
        commit: human,
        author: { kind: 'human', name: 'Ada' },
        text: 'export const a = 1;',
      },
      { line: 2, commit: model, author: { kind: 'phase', ...gemini }, text: 'export const b = 3;' },
      { line: 3, commit: model, author: { kind: 'phase', ...gemini }, text: 'export const c = 4;' },
      { line: 4, commit: null, author: { kind: 'uncommitted' }, text: '// todo' },
    ]);
  });

  it('blames from a subfolder with a path relative to it', async () => {
    commit('Ada', { 'packages/analytics/a.ts': 'x\n' }, ...trailerArgs(claude));
    const lines = await blameFile(join(repo.root, 'packages/analytics'), 'a.ts');
    expect(lines.map((line) => line.author)).toEqual([{ kind: 'phase', ...claude }]);
  });

  it('counts the lines each model and humans last wrote over tracked text files', async () => {
    commit('Ada', {
      'packages/analytics/schema.sql': 'create table events (id int);\n',
      'packages/analytics/src/index.ts': 'export {};\n',
      'packages/other/x.ts': 'outside\nthe\nfeature\n',
    });
    commit(
      'Baton',
      {
        'packages/analytics/src/query.ts': 'one\ntwo\nthree\n',
        'packages/analytics/logo.png': '\0\x01\x02\n',
      },
      ...trailerArgs(gemini),
    );
    commit(
      'Baton',
      { 'packages/analytics/src/query.test.ts': 'test\ntest\n' },
      ...trailerArgs(claude),
    );
    write('packages/analytics/untracked.ts', 'not\ncounted\n');
    write('packages/analytics/src/index.ts', 'export {};\nexport const added = 1;\n');

    expect(await lineShares(repo.root, ['packages/analytics'])).toEqual([
      { author: 'google/gemini-2.5-pro', lines: 3 },
      { author: 'anthropic/claude-sonnet-4-5-20250929', lines: 2 },
      { author: 'human', lines: 2 },
      { author: 'uncommitted', lines: 1 },
    ]);
    expect(await lineShares(repo.root, ['packages/empty'])).toEqual([]);
  });

  it('says every line of a file added but never committed is uncommitted', async () => {
    write('new.ts', 'a\nb\n');
    git('add', 'new.ts');
    expect((await blameFile(repo.root, 'new.ts')).map((line) => line.author.kind)).toEqual([
      'uncommitted',
      'uncommitted',
    ]);
  });

  it('refuses untracked, missing, folder and outside paths with the command that fixes it', async () => {
    commit('Ada', { 'src/a.ts': 'a\n' });
    write('scratch.ts', 'b\n');
    await expect(blameFile(repo.root, 'scratch.ts')).rejects.toThrow(
      'scratch.ts is not tracked by git, so no commit wrote its lines. Commit it first (`git add scratch.ts && git commit`)',
    );
    await expect(blameFile(repo.root, 'nope.ts')).rejects.toMatchObject({
      code: 'BLAME_FILE_MISSING',
    });
    await expect(blameFile(repo.root, 'src')).rejects.toBeInstanceOf(BlameFileError);

    const outside = mkdtempSync(join(tmpdir(), 'baton-no-git-'));
    writeFileSync(join(outside, 'a.ts'), 'a\n');
    try {
      await expect(blameFile(outside, 'a.ts')).rejects.toBeInstanceOf(BlameNotInRepositoryError);
      // Regression: a file of another folder failed in git, shown as an unexpected error.
      await expect(blameFile(repo.root, join(outside, 'a.ts'))).rejects.toThrow(
        `${join(outside, 'a.ts')} is outside this git repository, so none of its commits wrote its lines. Run \`baton blame\` in the repository that holds it`,
      );
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
