import { isModelWrittenCommit } from '@baton/relay';
import { tempRepo, type GitFolder } from '@baton/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mayBeModelWritten, phaseIsCommitting } from './authorship';

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

  it('takes a blank BATON_PHASE as no phase committing', () => {
    expect(phaseIsCommitting({ BATON_PHASE: '  ' })).toBe(false);
    expect(phaseIsCommitting({ BATON_PHASE: 'security-review' })).toBe(true);
  });
});
