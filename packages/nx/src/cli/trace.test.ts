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

  // Regression: a folder, or a path in a folder that does not exist, failed with EISDIR or ENOENT.
  it('refuses an --out that is a folder or in no folder, writing nothing', () => {
    repo.write('records/.gitkeep', '');
    const folder = batonFromSource(repo.root, 'trace', 'export', '--out', 'records');
    expect(folder.code).toBe(1);
    expect(folder.stderr).toBe(
      'records is a folder, and `baton trace export --out` writes one file; nothing was written. Name a file in it, e.g. `baton trace export --out records/trace.jsonl`.\n',
    );
    const nowhere = batonFromSource(repo.root, 'trace', 'export', '--out', 'no/such/trace.jsonl');
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toBe(
      'no/such does not exist, so no/such/trace.jsonl cannot be written; nothing was written. Create it (`mkdir -p no/such`), then run `baton trace export --out no/such/trace.jsonl` again.\n',
    );
    expect(repo.git('status', '--porcelain', '--untracked-files=all')).toBe('?? records/.gitkeep');
  });
});
