import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempRepo } from '@baton/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitPhaseTrailers, phaseCommits, trailerArgs } from './trailers';

describe('phase trailers', () => {
  let repo: string;
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  const commit = (file: string, ...args: string[]) => {
    writeFileSync(join(repo, file), file);
    git('add', file);
    git(
      '-c',
      'user.name=T',
      '-c',
      'user.email=t@t.invalid',
      'commit',
      '-q',
      '-m',
      `add ${file}`,
      ...args,
    );
    return git('rev-parse', 'HEAD');
  };

  beforeEach(() => {
    repo = tempRepo({ prefix: 'baton-trailers-' }).root;
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('reads back what a phase commit wrote, and nothing from human commits', async () => {
    const trailers = {
      phase: 'data-processing',
      model: 'google/gemini-2.5-pro',
      handoff: 'packages/analytics/handoffs/002-architecture-to-data-processing.md',
    };
    const base = commit('human.ts');
    const model = commit('model.ts', ...trailerArgs(trailers));
    const human = commit('later.ts');

    expect(git('log', '-1', '--format=%B', model)).toContain('AI-Model: google/gemini-2.5-pro');
    expect(await commitPhaseTrailers(repo, model)).toEqual(trailers);
    expect(await commitPhaseTrailers(repo, human)).toBeNull();
    expect([...(await phaseCommits(repo, `${base}..HEAD`)).entries()]).toEqual([[model, trailers]]);
  });
});
