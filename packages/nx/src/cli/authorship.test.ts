import { isModelWrittenCommit } from '@baton/relay';
import { tempRepo, type GitFolder } from '@baton/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hookPassesPersonsCommit, mayBeModelWritten, phaseIsCommitting } from './authorship';

const map = {
  models: { gemini: { provider: 'google', model: 'gemini-2.5-pro' } },
  phases: { 'data-processing': { model: 'gemini', produces: 'changes' } },
  order: ['data-processing'],
} as unknown as Parameters<typeof isModelWrittenCommit>[1];

describe("deciding a commit is a person's before loading the relay", () => {
  let repo: GitFolder;
  beforeEach(() => {
    repo = tempRepo({ files: { 'a.ts': 'export const a = 1;\n' } });
  });
  afterEach(() => repo.dispose());

  it('lets through exactly the commits isModelWrittenCommit may call model-written', async () => {
    const cases: Array<[branch: string, env: NodeJS.ProcessEnv]> = [
      ['main', {}],
      ['main', { BATON_PHASE: 'data-processing' }],
      ['feature/analytics-gemini-data-processing', {}],
      ['feature/analytics-by-hand', {}],
    ];
    for (const [branch, env] of cases) {
      repo.git('checkout', '-q', '-B', branch);
      const may = await mayBeModelWritten(repo.root, env);
      // Never a model's commit called a person's; a person's may go on to the full check.
      if (await isModelWrittenCommit(repo.root, map, env)) expect(may).toBe(true);
      expect(may).toBe(branch !== 'main' || Boolean(env.BATON_PHASE));
    }
  });

  it("takes a detached HEAD's commit for a person's, unless a phase is committing", async () => {
    repo.git('checkout', '-q', '--detach');
    expect(await mayBeModelWritten(repo.root, {})).toBe(false);
    expect(await mayBeModelWritten(repo.root, { BATON_PHASE: 'data-processing' })).toBe(true);
  });

  it("passes the hook lines init writes on a person's commit, and leaves every other to the command", async () => {
    const commitMsg = ['hook', 'commit-msg', '.git/COMMIT_EDITMSG'];
    const styleGate = ['style', 'check', '--staged', '--if-model-written', 'a.ts', 'b.ts'];
    const passes = (args: string[], env: NodeJS.ProcessEnv = {}) =>
      hookPassesPersonsCommit(args, repo.root, env);
    expect(await passes(commitMsg)).toBe(true);
    expect(await passes(styleGate)).toBe(true);
    expect(await passes(commitMsg, { BATON_PHASE: 'data-processing' })).toBe(false);
    expect(await passes(styleGate, { BATON_PHASE: 'data-processing' })).toBe(false);
    for (const args of [
      ['hook', 'commit-msg'],
      ['hook', 'commit-msg', '--help'],
      ['style', 'check', '--staged', 'a.ts'],
      ['style', 'check', '--staged', '--if-model-written', '--format', 'json'],
      ['style', 'learn'],
      ['check', '--base', 'HEAD'],
    ]) {
      expect(await passes(args), args.join(' ')).toBe(false);
    }
    repo.git('checkout', '-q', '-b', 'feature/analytics-gemini-data-processing');
    expect(await passes(styleGate)).toBe(false);
    expect(await passes(commitMsg)).toBe(true);
  });

  it('takes a blank BATON_PHASE as no phase committing', () => {
    expect(phaseIsCommitting({ BATON_PHASE: '  ' })).toBe(false);
    expect(phaseIsCommitting({ BATON_PHASE: 'security-review' })).toBe(true);
  });
});
