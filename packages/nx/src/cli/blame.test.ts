import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trailerArgs } from '@baton/relay';
import { batonFromSource, geminiPhase, tempRepo, type GitFolder } from '@baton/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const baton = batonFromSource;

describe('baton blame', () => {
  let folder: GitFolder;
  let repo: string;
  const commit = (author: string, file: string, text: string, ...args: string[]) =>
    folder.commitAs(author, { [file]: text }, ...args);

  beforeEach(() => {
    folder = tempRepo({ prefix: 'baton-blame-cli-' });
    repo = folder.root;
  });
  afterEach(() => folder.dispose());

  it('prints each line with its model and phase, human author or uncommitted state', () => {
    const file = 'packages/analytics/src/query.ts';
    const human = commit('Ada', file, 'const a = 1;\n');
    const model = commit(
      'Baton',
      file,
      'const a = 1;\nconst b = 2;\n',
      ...trailerArgs(geminiPhase),
    );
    writeFileSync(join(repo, file), 'const a = 1;\nconst b = 2;\nconst c = 3;\n');

    const text = baton(join(repo, 'packages/analytics'), 'blame', 'src/query.ts');
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')).toEqual([
      `1  ${human.slice(0, 8)}  ${'human (Ada)'.padEnd(39)} | const a = 1;`,
      `2  ${model.slice(0, 8)}  google/gemini-2.5-pro (data-processing) | const b = 2;`,
      `3  ${''.padEnd(8)}  ${'uncommitted'.padEnd(39)} | const c = 3;`,
      '',
      '3 lines: 1 human, 1 google/gemini-2.5-pro, 1 uncommitted',
      '',
    ]);

    const json = JSON.parse(baton(repo, 'blame', file, '--format', 'json').stdout);
    expect(json.lines[1]).toEqual({
      line: 2,
      commit: model,
      author: {
        kind: 'phase',
        phase: 'data-processing',
        model: 'google/gemini-2.5-pro',
        handoff: 'packages/analytics/handoffs/002-architecture-to-data-processing.md',
      },
      text: 'const b = 2;',
    });
  });

  it('refuses an untracked file with the command that fixes it, writing nothing to stdout', () => {
    commit('Ada', 'a.ts', 'a\n');
    writeFileSync(join(repo, 'draft.ts'), 'b\n');
    const result = baton(repo, 'blame', 'draft.ts');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('draft.ts is not tracked by git');
    expect(result.stderr).toContain('`git add draft.ts && git commit`');
  });
});
