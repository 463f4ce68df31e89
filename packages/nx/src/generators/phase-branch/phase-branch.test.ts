import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { logger } from '@nx/devkit';
import { FsTree } from 'nx/src/generators/tree';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { phaseBranchGenerator } from './phase-branch';

let root: string;

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
}

function write(path: string, content: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'baton-phase-branch-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'dev@example.com');
  git('config', 'user.name', 'Dev');
  git('config', 'commit.gpgsign', 'false');
  write(
    'package.json',
    JSON.stringify({ name: '@ws/source', private: true, workspaces: ['packages/*'] }),
  );
  write('nx.json', JSON.stringify({ plugins: ['@baton/nx'] }));
  write(
    'packages/analytics/package.json',
    JSON.stringify({ name: '@ws/analytics', version: '0.0.1' }),
  );
  git('add', '-A');
  git('commit', '-q', '-m', 'Initial commit');
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  vi.restoreAllMocks();
});

describe('phase-branch generator', () => {
  it('says what it will do, changes no file, and does the git work in its callback', async () => {
    const info = vi.spyOn(logger, 'info').mockImplementation(() => undefined);
    const tree = new FsTree(root, false);
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
    const callback = await phaseBranchGenerator(new FsTree(root, false), {
      project: '@ws/analytics',
      phase: 'data-processing',
    });
    await callback();
    expect(git('branch', '--show-current')).toBe('feature/dashboard-gemini-data-processing');
  });

  it('refuses in the generator, before any callback, when git is not ready', async () => {
    write('packages/analytics/package.json', '{"name":"@ws/analytics","version":"0.0.2"}');
    await expect(
      phaseBranchGenerator(new FsTree(root, false), {
        project: 'analytics',
        phase: 'architecture',
      }),
    ).rejects.toThrow('uncommitted changes to tracked files: packages/analytics/package.json');
    await expect(
      phaseBranchGenerator(new FsTree(root, false), { project: 'analytics', phase: 'deploy' }),
    ).rejects.toThrow('"deploy" is not a phase');
    await expect(
      phaseBranchGenerator(new FsTree(root, false), {
        project: 'reporting',
        phase: 'architecture',
      }),
    ).rejects.toThrow('There is no project named "reporting"');
    expect(git('branch', '--list')).toBe('* main');
  });
});
