import { geminiPhase, tempRepoForTests } from '@baton/testing';
import { describe, expect, it } from 'vitest';
import { commitPhaseTrailers, phaseCommits, trailerArgs } from './trailers';

describe('phase trailers', () => {
  const repo = tempRepoForTests({ prefix: 'baton-trailers-' });
  const commit = (file: string, ...args: string[]) => repo.commitAs('T', { [file]: file }, ...args);

  it('reads back what a phase commit wrote, and nothing from human commits', async () => {
    const trailers = geminiPhase;
    const base = commit('human.ts');
    const model = commit('model.ts', ...trailerArgs(trailers));
    const human = commit('later.ts');

    expect(repo.git('log', '-1', '--format=%B', model)).toContain(
      'AI-Model: google/gemini-2.5-pro',
    );
    expect(await commitPhaseTrailers(repo.root, model)).toEqual(trailers);
    expect(await commitPhaseTrailers(repo.root, human)).toBeNull();
    expect([...(await phaseCommits(repo.root, `${base}..HEAD`)).entries()]).toEqual([
      [model, trailers],
    ]);
  });
});
