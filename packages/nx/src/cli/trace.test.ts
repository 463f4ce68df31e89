import { recordCommitTrace, trailerArgs } from '@baton/relay';
import { batonFromSource, tempRepo, type GitFolder } from '@baton/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

describe('baton trace export', () => {
  let repo: GitFolder;
  beforeEach(() => {
    repo = tempRepo({ prefix: 'baton-trace-cli-' });
    repo.write('a.ts', 'human\n');
    repo.commitAll('Start');
  });
  afterEach(() => repo.dispose());

  it('writes one JSON line per model-written commit, to standard output or a file', async () => {
    const trailers = { phase: 'tests', model: 'openai/gpt-4.1-2025-04-14', handoff: 'h.md' };
    repo.write('b.ts', 'model\n');
    const commit = repo.commitAll('tests: work', ...trailerArgs(trailers));
    await recordCommitTrace(repo.root, commit, trailers);

    const result = batonFromSource(repo.root, 'trace', 'export');
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      vcs: { type: 'git', revision: commit },
      files: [
        {
          path: 'b.ts',
          conversations: [{ contributor: { type: 'ai', model_id: trailers.model } }],
        },
      ],
    });
    expect(batonFromSource(repo.root, 'trace', 'export', '--out', 'trace.jsonl').stdout).toBe('');
    expect(repo.read('trace.jsonl')).toBe(result.stdout);
  });
});
