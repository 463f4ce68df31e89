import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempRepoForTests } from '@baton/testing';
import { describe, expect, it } from 'vitest';
import {
  DetachedHeadError,
  DirtyWorkTreeError,
  NotAGitRepositoryError,
  PhaseBranchExistsError,
  PhaseBranchSwitchError,
  UnknownPhaseError,
} from '../errors';
import { defaultCollaborationMap } from '../map';
import { createPhaseBranch, describePhaseBranchPlan, planPhaseBranch } from './branch';

const map = defaultCollaborationMap;
const repo = tempRepoForTests({
  prefix: 'baton-branch-',
  user: { name: 'Dev', email: 'dev@example.com' },
  files: { 'packages/analytics/src/index.ts': 'export const analytics = true;\n' },
});

const request = (phase: string) => ({
  cwd: repo.root,
  map,
  feature: 'analytics',
  phase,
  projectRoot: 'packages/analytics',
});

describe('planPhaseBranch and createPhaseBranch', () => {
  it('starts the first phase from the current branch', async () => {
    const plan = await planPhaseBranch(request('architecture'));
    expect(plan).toMatchObject({
      branch: 'feature/analytics-gpt-architecture',
      startPoint: 'main',
      startsFrom: 'current-branch',
      previousPhase: null,
    });
    expect(describePhaseBranchPlan(plan)).toBe(
      'Create feature/analytics-gpt-architecture for architecture (gpt) from main (the current branch: architecture is the first phase) and switch to it.',
    );
    await createPhaseBranch(plan);
    expect(repo.git('branch', '--show-current')).toBe('feature/analytics-gpt-architecture');
  });

  it('chains each phase from the previous phase branch, wherever HEAD is', async () => {
    await createPhaseBranch(await planPhaseBranch(request('architecture')));
    repo.write('packages/analytics/docs/architecture.md', '# Architecture\n');
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'Design the dashboard');
    const architectureTip = repo.git('rev-parse', 'HEAD');
    repo.git('switch', '-q', 'main');

    const plan = await planPhaseBranch(request('data-processing'));
    expect(plan).toMatchObject({
      branch: 'feature/analytics-gemini-data-processing',
      startPoint: 'feature/analytics-gpt-architecture',
      startsFrom: 'previous-phase',
      currentBranch: 'main',
    });
    await createPhaseBranch(plan);
    expect(repo.git('branch', '--show-current')).toBe('feature/analytics-gemini-data-processing');
    expect(repo.git('rev-parse', 'HEAD')).toBe(architectureTip);
  });

  it('starts from the current branch when the previous phase has no branch', async () => {
    const plan = await planPhaseBranch(request('security-review'));
    expect(plan.startsFrom).toBe('current-branch');
    expect(describePhaseBranchPlan(plan)).toContain(
      'the previous phase, data-processing, has no branch',
    );
  });

  it('carries the new handoff to the branch and commits it there, leaving untracked files alone', async () => {
    repo.write('packages/analytics/handoffs/001-start-to-architecture.md', 'handoff\n');
    repo.write('packages/analytics/handoffs/FEATURE.md', '# Analytics\n');
    repo.git('add', 'packages/analytics/handoffs/001-start-to-architecture.md');
    repo.write('scratch.txt', 'mine\n');
    const plan = await planPhaseBranch(request('architecture'));
    expect(describePhaseBranchPlan(plan)).toContain(
      'carrying the uncommitted files of packages/analytics/handoffs and committing them there',
    );
    await createPhaseBranch(plan);
    expect(readFileSync(join(repo.root, 'scratch.txt'), 'utf8')).toBe('mine\n');
    expect(repo.git('status', '--porcelain')).toBe('?? scratch.txt');
    expect(repo.git('log', '-1', '--format=%s', '--name-only').split('\n').filter(Boolean)).toEqual(
      [
        'Hand the feature to architecture',
        'packages/analytics/handoffs/001-start-to-architecture.md',
        'packages/analytics/handoffs/FEATURE.md',
      ],
    );
    expect(repo.git('log', '-1', '--format=%s', 'main')).toBe('Initial commit');
  });

  describe('refuses with nothing changed', () => {
    it('a dirty work tree, listing the files', async () => {
      repo.write('packages/analytics/src/index.ts', 'export const analytics = false;\n');
      repo.write('README.md', 'staged\n');
      repo.git('add', 'README.md');
      const before = repo.treeHash();
      const refusal = planPhaseBranch(request('architecture'));
      await expect(refusal).rejects.toThrow(DirtyWorkTreeError);
      await expect(refusal).rejects.toThrow(
        'The work tree has uncommitted changes to tracked files: README.md, packages/analytics/src/index.ts.',
      );
      expect(repo.treeHash()).toBe(before);
    });

    it('an existing branch, saying how to switch to it', async () => {
      repo.git('branch', 'feature/analytics-gpt-architecture');
      const before = repo.treeHash();
      const refusal = planPhaseBranch(request('architecture'));
      await expect(refusal).rejects.toThrow(PhaseBranchExistsError);
      await expect(refusal).rejects.toThrow('git switch feature/analytics-gpt-architecture');
      expect(repo.treeHash()).toBe(before);
    });

    it('a detached HEAD', async () => {
      repo.git('switch', '-q', '--detach', 'HEAD');
      const before = repo.treeHash();
      await expect(planPhaseBranch(request('architecture'))).rejects.toThrow(DetachedHeadError);
      expect(repo.treeHash()).toBe(before);
    });

    it('a folder that is not a git repository, or one without a commit', async () => {
      const plain = mkdtempSync(join(tmpdir(), 'baton-plain-'));
      await expect(planPhaseBranch({ ...request('architecture'), cwd: plain })).rejects.toThrow(
        NotAGitRepositoryError,
      );
      execFileSync('git', ['init', '-q'], { cwd: plain });
      await expect(planPhaseBranch({ ...request('architecture'), cwd: plain })).rejects.toThrow(
        'git init && git add -A',
      );
      rmSync(plain, { recursive: true, force: true });
    });

    it('an unknown phase, listing the phases', async () => {
      await expect(planPhaseBranch(request('deploy'))).rejects.toThrow(UnknownPhaseError);
    });

    it('an unknown phase, its fix naming the option that names the phase', async () => {
      await expect(planPhaseBranch(request('deploy'))).rejects.toThrow(
        'Name one of them (e.g. `--phase architecture`)',
      );
    });

    it('a switch that would overwrite an untracked file', async () => {
      await createPhaseBranch(await planPhaseBranch(request('architecture')));
      repo.write('packages/analytics/schema.sql', 'create table a;\n');
      repo.git('add', '-A');
      repo.git('commit', '-q', '-m', 'Add schema');
      repo.git('switch', '-q', 'main');
      repo.write('packages/analytics/schema.sql', 'my own draft\n');
      const before = repo.treeHash();
      const plan = await planPhaseBranch(request('data-processing'));
      await expect(createPhaseBranch(plan)).rejects.toThrow(PhaseBranchSwitchError);
      expect(repo.treeHash()).toBe(before);
      expect(repo.git('branch', '--list', 'feature/analytics-gemini-data-processing')).toBe('');
    });
  });
});
