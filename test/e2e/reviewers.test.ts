import {
  agentTraceRecordSpec,
  emulatorForTests,
  reviewAnswer,
  sampleFinding,
} from '@baton/testing';
import type { Workspace } from '@baton/testing/workspace';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { featureWorkspace, handoffs, ledgerRuns, nx, project } from './phase-workspace';

const finding = sampleFinding({ explanation: 'The range is pasted into SQL.' });
const claudeAnswer = reviewAnswer('Claude: one injection.', [finding]);
const gptAnswer = reviewAnswer('GPT: the same injection, and a missing check.', [
  { ...finding, explanation: 'SQL injection through range.' },
  { ...finding, kind: 'input-validation', severity: 'medium', explanation: 'No range check.' },
]);
const report = `${handoffs}/reports/002-security-review.md`;

describe('a review phase with several reviewers, through nx', () => {
  const emulator = emulatorForTests({
    eachTest: {
      replies: [
        { phase: 'security-review', provider: 'anthropic', text: claudeAnswer },
        { phase: 'security-review', provider: 'openai', text: gptAnswer },
      ],
    },
  });
  let ws: Workspace;
  const run = (...args: string[]) => nx(ws, ['run', ...args], emulator.env);
  const ledger = () => ledgerRuns(ws);

  beforeEach(() => {
    ws = featureWorkspace(
      inject('workspaceTemplate'),
      { phase: 'data-processing', model: 'gemini' },
      { phase: 'security-review', model: 'claude' },
    );
    ws.updateJson<{
      plugins: Array<{ plugin: string; options: { phases: Record<string, object> } }>;
    }>('nx.json', (nxJson) => {
      const review = {
        model: 'claude',
        models: ['claude', 'gpt'],
        produces: 'report',
        diff: true,
      };
      nxJson.plugins.at(-1)!.options.phases['security-review'] = review;
    });
    ws.commitAll('Review with Claude and GPT');
  });
  afterEach(() => ws.dispose());

  it('asks both, writes the findings by agreement, then replays the whole phase from the cache', async () => {
    const first = await run(`${project}:security-review`);
    expect(first.code, first.output).toBe(0);
    expect(first.output).toMatch(
      /2 of 2 reviewers answered \(claude \$[\d.]+, gpt \$[\d.]+\), 2 findings, 1 found by more than one/,
    );
    expect(emulator.requests.map((request) => request.provider).sort()).toEqual([
      'anthropic',
      'openai',
    ]);
    const written = ws.read(report);
    expect(written).toContain('## Found by 2 of 2 reviewers');
    expect(written).toContain('Found by claude, gpt (2 of 2 agree).');
    expect(written).toContain(claudeAnswer.trim());
    expect(written).toContain(gptAnswer.trim());
    expect(ledger().map((entry) => [entry['alias'], entry['outcome'], entry['reviewers']])).toEqual(
      [
        ['claude', 'success', 2],
        ['gpt', 'success', 2],
      ],
    );

    ws.run('rm', [report]);
    const replay = await run(`${project}:security-review`);
    expect(replay.code, replay.output).toBe(0);
    expect(emulator.requests).toHaveLength(2);
    expect(ws.read(report)).toBe(written);
    expect(ledger()).toHaveLength(2);

    // What each reviewer cost, in `baton ledger`.
    const table = ws.baton(['ledger']);
    expect(table.code, table.output).toBe(0);
    expect(table.stdout).toMatch(/security-review\s+anthropic\/claude-sonnet-4-5-20250929\s+1\s/);
    expect(table.stdout).toMatch(/security-review\s+openai\/gpt-4\.1-2025-04-14\s+1\s/);
  });

  it('keeps the findings of the reviewer that answered when the other fails', async () => {
    emulator.setScript({
      replies: [{ phase: 'security-review', provider: 'anthropic', text: claudeAnswer }],
      faults: [{ provider: 'openai', fault: 'unauthorized', times: 'always' }],
    });
    const result = await run(`${project}:security-review`);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/1 of 2 reviewers answered \(claude \$[\d.]+, gpt failed\)/);
    const front = parseYaml(ws.read(report).split(/^---$/m)[1]!) as { reviewers: object[] };
    expect(front.reviewers).toMatchObject([
      { alias: 'claude', outcome: 'success', findings: 1 },
      { alias: 'gpt', outcome: 'failure', error: expect.stringContaining('refused') },
    ]);
    expect(ws.read(report)).toContain("gpt failed; the findings below are the other reviewers'.");
    expect(ledger().map((entry) => [entry['alias'], entry['outcome']])).toEqual([
      ['claude', 'success'],
      ['gpt', 'failure'],
    ]);
  });

  it('fails, writing no report, when every reviewer fails', async () => {
    emulator.setScript({ faults: [{ fault: 'unauthorized', times: 'always' }] });
    const result = await run(`${project}:security-review`);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('Every reviewer of phase "security-review" failed (claude: ');
    expect(result.output).toContain(`run \`nx run ${project}:security-review\` again`);
    expect(ws.exists(report)).toBe(false);
    expect(ledger().map((entry) => [entry['alias'], entry['outcome']])).toEqual([
      ['claude', 'failure'],
      ['gpt', 'failure'],
    ]);
  });
});

describe('attribution that survives a rebase and a squash merge', () => {
  const emulator = emulatorForTests();
  let ws: Workspace;
  const branch = 'feature/analytics-gemini-data-processing';
  const blame = (file: string) => {
    const result = ws.baton(['blame', file, '--format', 'json']);
    expect(result.code, result.output).toBe(0);
    return (
      JSON.parse(result.stdout) as { lines: Array<{ author: { kind: string; model?: string } }> }
    ).lines.map((line) => line.author.model ?? line.author.kind);
  };

  afterEach(() => ws.dispose());

  it('names the model after a rebase and after a squash merge that drops the trailers', async () => {
    ws = featureWorkspace(
      inject('workspaceTemplate'),
      { phase: 'architecture', model: 'gpt' },
      { phase: 'data-processing', model: 'gemini' },
      [],
      { init: true },
    );
    expect(ws.git('config', '--get-all', 'notes.rewriteRef')).toBe('refs/notes/agent-trace');
    ws.git('switch', '-q', '-c', branch);
    emulator.setScript({
      replies: [
        {
          phase: 'data-processing',
          text: [
            '=== baton:write packages/analytics/src/metrics.ts',
            'export function total(rows: number[]): number {\n  return rows.length;\n}',
            '=== baton:end',
          ].join('\n'),
        },
      ],
    });
    const ran = await nx(ws, ['run', `${project}:data-processing`], emulator.env);
    expect(ran.code, ran.output).toBe(0);
    const file = 'packages/analytics/src/metrics.ts';
    const gemini = 'google/gemini-2.5-pro';
    expect(blame(file)).toEqual([gemini, gemini, gemini]);

    const exported = ws.baton(['trace', 'export']);
    expect(exported.code, exported.output).toBe(0);
    const records = exported.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(records).toHaveLength(1);
    for (const record of records) expect(agentTraceRecordSpec.parse(record)).toEqual(record);

    // main moves on; the phase branch is rebased onto it: new commits, the notes follow.
    ws.git('switch', '-q', 'main');
    ws.write('README.md', 'Human docs\n');
    ws.commitAll('Docs');
    ws.git('switch', '-q', branch);
    ws.git('rebase', '-q', 'main');
    expect(ws.git('notes', '--ref=refs/notes/agent-trace', 'list', 'HEAD')).toMatch(
      /^[0-9a-f]{40}$/,
    );
    expect(blame(file)).toEqual([gemini, gemini, gemini]);

    // A squash merge: one new commit, the trailers gone, the branch deleted.
    ws.git('switch', '-q', 'main');
    ws.git('merge', '-q', '--squash', branch);
    ws.git('commit', '-q', '--no-verify', '-m', 'Add the metrics (squashed)');
    ws.git('branch', '-q', '-D', branch);
    expect(ws.git('log', '-1', '--format=%B')).not.toContain('AI-');
    // By content hash now; a lone `}` is too common to name its writer.
    expect(blame(file)).toEqual([gemini, gemini, 'human']);
  });
});
