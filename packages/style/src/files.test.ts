import { tempRepoForTests } from '@baton/testing';
import { describe, expect, it } from 'vitest';
import { changedLines, stagedSourceFiles } from './files';

describe('the lines a change touched', () => {
  const names = [
    'app/[id]/(group)/page #1 %20.ts',
    'app/i/page.ts',
    '-dash.ts',
    'src/日本/é file.ts',
    'q"uote.ts',
    'back\\slash.ts',
    'tab\t"😀".ts',
  ];
  const repo = tempRepoForTests({
    prefix: 'baton-style-files-',
    files: Object.fromEntries(names.map((name) => [name, 'export const a = 1;\n'])),
  });

  it('are named by each file’s own name, however git quotes it in a patch', () => {
    for (const name of names) repo.write(name, 'export const a = 1;\nexport const b = 2;\n');
    repo.git('add', '-A');
    const staged = stagedSourceFiles(repo.root);
    expect(staged.sort()).toEqual([...names].sort());

    const changed = changedLines(
      repo.root,
      ['app/[id]/(group)/page #1 %20.ts', ...names.slice(2)],
      {
        cached: true,
      },
    );
    // [id] names the folder [id], not the folder i or d: app/i/page.ts was not asked about.
    const asked = names.filter((name) => name !== 'app/i/page.ts');
    expect([...changed.keys()].sort()).toEqual(asked.sort());
    for (const name of asked) expect(changed.get(name)).toEqual(new Set([2]));
  });
});

describe('the lines a first commit touches', () => {
  const repo = tempRepoForTests({ prefix: 'baton-style-files-' });

  it('are every line of every staged file', () => {
    repo.write('src/a.ts', 'export const a = 1;\nexport const b = 2;\n');
    repo.git('add', '-A');
    expect(changedLines(repo.root, ['src/a.ts'], { cached: true })).toEqual(
      new Map([['src/a.ts', 'all']]),
    );
  });
});
