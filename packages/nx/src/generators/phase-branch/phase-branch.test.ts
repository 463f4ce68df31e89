import { logger } from '@nx/devkit';
import { FsTree } from 'nx/src/generators/tree';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempRepoForTests } from '@baton/testing';
import { phaseBranchGenerator } from './phase-branch';

const repo = tempRepoForTests({
  prefix: 'baton-phase-branch-',
  user: { name: 'Dev', email: 'dev@example.com' },
  files: {
    'package.json': JSON.stringify({
      name: '@ws/source',
      private: true,
      workspaces: ['packages/*'],
    }),
    'nx.json': JSON.stringify({ plugins: ['@baton/nx'] }),
    'packages/analytics/package.json': JSON.stringify({
      name: '@ws/analytics',
      version: '0.0.1',
    }),
  },
});
const git = (...args: string[]) => repo.git(...args);
const write = (path: string, content: string) => repo.write(path, content);

afterEach(() => vi.restoreAllMocks());

describe('phase-branch generator', () => {
  it('says what it will do, changes no file, and does the git work in its callback', async () => {
    const info = vi.spyOn(logger, 'info').mockImplementation(() => undefined);
    const tree = new FsTree(repo.root, false);
    const callback = await phaseBranchGenerator(tree, {
      project: 'analytics',
      phase: 'architecture',
    });
    expect(tree.listChanges()).toEqual([]);
    expect(info).toHaveBeenCalledWith(
      'Create feature/analytics-gpt-architecture for architecture (gpt) from main (the current branch: architecture is the first phase) and switch to it.',
    );
    expect(git('branch', '--show-current')).toBe('main');

    await callback();
    expect(git('branch', '--show-current')).toBe('feature/analytics-gpt-architecture');
  });

  it('names the branch after FEATURE.md feature name', async () => {
    vi.spyOn(logger, 'info').mockImplementation(() => undefined);
    write(
      'packages/analytics/handoffs/FEATURE.md',
      '---\nfeature: dashboard\n---\n# Dashboard\n\nA dashboard\n',
    );
    const callback = await phaseBranchGenerator(new FsTree(repo.root, false), {
      project: '@ws/analytics',
      phase: 'data-processing',
    });
    await callback();
    expect(git('branch', '--show-current')).toBe('feature/dashboard-gemini-data-processing');
  });

  it('refuses in the generator, before any callback, when git is not ready', async () => {
    write('packages/analytics/package.json', '{"name":"@ws/analytics","version":"0.0.2"}');
    await expect(
      phaseBranchGenerator(new FsTree(repo.root, false), {
        project: 'analytics',
        phase: 'architecture',
      }),
    ).rejects.toThrow('uncommitted changes to tracked files: packages/analytics/package.json');
    await expect(
      phaseBranchGenerator(new FsTree(repo.root, false), { project: 'analytics', phase: 'deploy' }),
    ).rejects.toThrow('"deploy" is not a phase');
    await expect(
      phaseBranchGenerator(new FsTree(repo.root, false), {
        project: 'reporting',
        phase: 'architecture',
      }),
    ).rejects.toThrow('There is no project named "reporting"');
    expect(git('branch', '--list')).toBe('* main');
  });
});
