import {
  agentTraceRecordSpec as specRecord,
  claudePhase,
  geminiPhase,
  tempRepoForTests,
} from '@baton/testing';
import { rmSync, symlinkSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { blameFile } from './attribution';
import { allTraces, commitTrace, lineHash, recordCommitTrace, traceNotesRef } from './agent-trace';
import { trailerArgs } from './trailers';

const gemini = geminiPhase;
const claude = claudePhase('anthropic/claude-sonnet-4-6');

describe('Agent Trace records', () => {
  const repo = tempRepoForTests({ prefix: 'baton-trace-' });
  const commitAsPhase = async (trailers: typeof gemini, files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) repo.write(path, text);
    const hash = repo.commitAll(`${trailers.phase}: work`, ...trailerArgs(trailers));
    await recordCommitTrace(repo.root, hash, trailers);
    return hash;
  };
  const who = async (file: string) =>
    (await blameFile(repo.root, file)).map((line) =>
      line.author.kind === 'phase' ? line.author.model : line.author.kind,
    );

  beforeEach(() => {
    // What `nx g @baton/nx:init` sets: rebase and amend carry the notes to the new commits.
    repo.git('config', 'notes.rewriteRef', traceNotesRef);
    repo.write('packages/analytics/src/query.ts', 'export const human = 1;\n');
    repo.commitAll('Start');
  });

  it('writes a valid record of the lines each model commit wrote, in a note on the commit', async () => {
    repo.git('switch', '-q', '-c', 'feature');
    const first = await commitAsPhase(gemini, {
      'packages/analytics/src/query.ts':
        'export const human = 1;\nexport function daily(range: string) {\n  return range.trim();\n}\n',
      'packages/analytics/src/totals.ts': 'export const totals = [];\n',
    });
    const second = await commitAsPhase(claude, {
      'packages/analytics/src/query.test.ts': "it('works', () => undefined);\n",
    });

    const traces = await allTraces(repo.root);
    expect(traces.map((trace) => trace.commit).sort()).toEqual([first, second].sort());
    for (const { record } of traces) expect(specRecord.parse(record)).toEqual(record);

    const record = (await commitTrace(repo.root, first))!;
    expect(record).toMatchObject({
      version: '0.1',
      vcs: { type: 'git', revision: first },
      tool: { name: 'baton' },
      metadata: { 'dev.baton': { phase: 'data-processing', handoff: gemini.handoff } },
    });
    expect(record.files.map((file) => file.path)).toEqual([
      'packages/analytics/src/query.ts',
      'packages/analytics/src/totals.ts',
    ]);
    const [conversation] = record.files[0]!.conversations;
    expect(conversation!.contributor).toEqual({ type: 'ai', model_id: 'google/gemini-2.5-pro' });
    // The human's first line is not the model's.
    expect(conversation!.ranges.map((range) => range.start_line)).toEqual([2, 3, 4]);
    expect(conversation!.ranges[1]).toEqual({
      start_line: 3,
      end_line: 3,
      content_hash: lineHash('  return range.trim();'),
    });
    expect(repo.git('notes', `--ref=${traceNotesRef}`, 'list', first)).toMatch(/^[0-9a-f]{40}$/);
  });

  it('names the models after a rebase: the notes move with the commits', async () => {
    repo.git('switch', '-q', '-c', 'feature');
    const before = await commitAsPhase(gemini, {
      'packages/analytics/src/totals.ts': 'export const totals = [];\n',
    });
    repo.git('switch', '-q', 'main');
    repo.write('README.md', 'Human docs\n');
    repo.commitAll('Docs');
    repo.git('switch', '-q', 'feature');
    repo.git('rebase', '-q', 'main');

    const after = repo.git('rev-parse', 'HEAD');
    expect(after).not.toBe(before);
    expect((await commitTrace(repo.root, after))?.vcs?.revision).toBe(before);
    // Strip the trailers too: the note alone names the model.
    repo.git('commit', '-q', '--amend', '-m', 'Totals');
    expect(await who('packages/analytics/src/totals.ts')).toEqual(['google/gemini-2.5-pro']);
  });

  it('names the models after a squash merge that drops the trailers, by content hash', async () => {
    repo.git('switch', '-q', '-c', 'feature');
    await commitAsPhase(gemini, {
      'packages/analytics/src/query.ts':
        'export const human = 1;\nexport function daily(range: string) {\n  return range.trim();\n}\n',
    });
    await commitAsPhase(claude, {
      'packages/analytics/src/query.test.ts': "it('works', () => undefined);\n",
    });
    repo.git('switch', '-q', 'main');
    repo.git('merge', '-q', '--squash', 'feature');
    repo.write('packages/analytics/src/human.ts', 'export const mine = 2;\n');
    repo.git('add', '.');
    repo.git('commit', '-q', '-m', 'Analytics (squashed)');
    repo.git('branch', '-q', '-D', 'feature');
    expect(repo.git('log', '-1', '--format=%B')).not.toContain('AI-Model');

    expect(await who('packages/analytics/src/query.ts')).toEqual([
      'human',
      'google/gemini-2.5-pro',
      'google/gemini-2.5-pro',
      // A lone bracket names nobody: too common to tell who wrote it.
      'human',
    ]);
    expect(await who('packages/analytics/src/query.test.ts')).toEqual([
      'anthropic/claude-sonnet-4-6',
    ]);
    expect(await who('packages/analytics/src/human.ts')).toEqual(['human']);
  });
  it('names them by path and content hash from a symbolic link to the repository, in odd names', async () => {
    const file = 'app/[id]/(group)/日本 é #1.ts';
    const line = 'export const total = sum(rows);\n';
    repo.git('switch', '-q', '-c', 'feature');
    await commitAsPhase(gemini, { [file]: line });
    // The same line, later, by another model in another file: only the path tells them apart.
    await commitAsPhase(claude, { 'packages/analytics/src/total.ts': line });
    repo.git('switch', '-q', 'main');
    repo.git('merge', '-q', '--squash', 'feature');
    repo.git('commit', '-q', '-m', 'Squashed');
    const link = `${repo.root}-link`;
    symlinkSync(repo.root, link);
    try {
      const lines = await blameFile(link, file);
      expect(lines.map((blamed) => blamed.author)).toEqual([{ kind: 'phase', ...gemini }]);
    } finally {
      rmSync(link);
    }
  });
});
