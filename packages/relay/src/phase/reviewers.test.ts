import { emulatorForTests, reviewAnswer, sampleFinding } from '@baton/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { PhaseWorkspace, reviewReplies, testMap } from './__fixtures__/phase-workspace';
import { ReviewersFailedError } from '../errors';

const injection = sampleFinding();
const claudeText = reviewAnswer('Claude looked closely.', [
  injection,
  { ...injection, kind: 'input-validation', severity: 'medium', explanation: 'No range check.' },
]);
const gptText = reviewAnswer('GPT agrees on one.', [
  {
    ...injection,
    lines: { start: 1, end: 3 },
    severity: 'critical',
    explanation: 'SQL injection.',
  },
]);
const reportPath = 'packages/analytics/handoffs/reports/002-security-review.md';

function reviewMap(review: object) {
  return { ...testMap, phases: { ...testMap.phases, 'security-review': review } };
}

const emulator = emulatorForTests({ eachTest: reviewReplies(claudeText, gptText) });

describe('a review phase with several reviewers', () => {
  let ws: PhaseWorkspace;
  const run = () => ws.runPhase('security-review', emulator.env);
  const setUp = (review: object) => {
    ws = new PhaseWorkspace(reviewMap(review));
    ws.handOffForReview('export function query(range: string) {\n  return db.raw(range);\n}\n');
  };
  const front = () => parseYaml(ws.read(reportPath).split('---\n')[1]!) as Record<string, unknown>;

  afterEach(() => ws.dispose());

  it('asks each reviewer the same payload and writes their findings by agreement', async () => {
    setUp({ model: 'claude', models: ['claude', 'gpt'], produces: 'report', diff: true });
    const result = await run();

    const requests = emulator.requests.filter((request) => request.phase === 'security-review');
    expect(requests.map((request) => request.provider).sort()).toEqual(['anthropic', 'openai']);
    const bodies = requests.map((request) => JSON.stringify(request.body));
    for (const body of bodies) expect(body).toContain('fenced ```json block');
    for (const body of bodies) expect(body).toContain('return db.raw(range);');

    expect(front()).toMatchObject({
      phase: 'security-review',
      required: 'one',
      reviewers: [
        { alias: 'claude', provider: 'anthropic', outcome: 'success', findings: 2 },
        { alias: 'gpt', provider: 'openai', outcome: 'success', findings: 1 },
      ],
      findings: [
        {
          kind: 'injection',
          severity: 'critical',
          foundBy: ['claude', 'gpt'],
          agreement: '2/2',
          lines: { start: 1, end: 3 },
        },
        { kind: 'input-validation', foundBy: ['claude'], agreement: '1/2' },
      ],
    });
    const text = ws.read(reportPath);
    expect(text).toContain('## Found by 2 of 2 reviewers');
    expect(text).toContain('Found by claude, gpt (2 of 2 agree).');
    expect(text).toContain('## Found by 1 of 2 reviewers');
    // Each answer is kept as the model wrote it.
    expect(text).toContain(claudeText.trim());
    expect(text).toContain(gptText.trim());

    const ledger = ws.ledger();
    expect(ledger).toEqual([
      expect.objectContaining({
        alias: 'claude',
        outcome: 'success',
        reviewers: 2,
        findings: 2,
        report: reportPath,
      }),
      expect.objectContaining({
        alias: 'gpt',
        outcome: 'success',
        reviewers: 2,
        findings: 1,
        report: reportPath,
      }),
    ]);
    expect(ledger.every((entry) => (entry['costUsd'] as number) > 0)).toBe(true);
    // The map's first reviewer that answered drafts the next handoff: its line and its answer.
    expect(result).toMatchObject({ kind: 'report', report: reportPath, reply: claudeText });
    expect(result.kind === 'report' && result.entry.alias).toBe('claude');
    expect(result.kind === 'report' && result.entries?.map((entry) => entry.alias)).toEqual([
      'claude',
      'gpt',
    ]);
    expect(ws.output).toMatch(
      /2 of 2 reviewers answered \(claude \$[\d.]+, gpt \$[\d.]+\), 2 findings, 1 found by more than one/,
    );
  });

  it('keeps the findings of the others when one reviewer fails, or answers out of structure', async () => {
    setUp({ model: 'claude', models: ['gpt', 'gemini'], produces: 'report' });
    emulator.setScript({
      replies: [
        { phase: 'security-review', provider: 'anthropic', text: claudeText },
        { phase: 'security-review', provider: 'google', text: 'Looks fine to me.' },
      ],
      faults: [{ provider: 'openai', fault: 'unauthorized', times: 'always' }],
    });
    await run();

    expect(front()['reviewers']).toMatchObject([
      { alias: 'claude', outcome: 'success' },
      { alias: 'gpt', outcome: 'failure', error: expect.stringContaining('refused') },
      {
        alias: 'gemini',
        outcome: 'failure',
        error: 'gemini answered, but the answer has no ```json block of findings',
      },
    ]);
    expect(ws.read(reportPath)).toContain('## Found by 1 of 1 reviewers');
    expect(ws.read(reportPath)).toContain('Looks fine to me.');
    expect(ws.ledger().map((entry) => [entry['alias'], entry['outcome']])).toEqual([
      ['claude', 'success'],
      ['gpt', 'failure'],
      ['gemini', 'failure'],
    ]);
  });

  it("hands the next handoff to the first reviewer that answered when the map's first fails", async () => {
    setUp({ model: 'claude', models: ['gpt'], produces: 'report' });
    emulator.setScript({
      replies: [{ phase: 'security-review', provider: 'openai', text: gptText }],
      faults: [{ provider: 'anthropic', fault: 'unauthorized', times: 'always' }],
    });
    const result = await run();

    expect(result).toMatchObject({ kind: 'report', reply: gptText });
    expect(result.kind === 'report' && [result.entry.alias, result.entry.outcome]).toEqual([
      'gpt',
      'success',
    ]);
  });

  it('fails, writing no report, when every reviewer fails or a required one does', async () => {
    setUp({ model: 'claude', models: ['gpt'], produces: 'report', required: 'all' });
    emulator.setScript({
      replies: [{ phase: 'security-review', provider: 'anthropic', text: claudeText }],
      faults: [{ provider: 'openai', fault: 'unauthorized', times: 'always' }],
    });
    await expect(run()).rejects.toThrow(ReviewersFailedError);
    await expect(run()).rejects.toThrow(
      /needs every reviewer \("required": "all"\), and one failed \(gpt: /,
    );
    expect(ws.exists(reportPath)).toBe(false);
    expect(ws.ledger().map((entry) => [entry['alias'], entry['outcome'], entry['report']])).toEqual(
      [
        ['claude', 'success', undefined],
        ['gpt', 'failure', undefined],
        ['claude', 'success', undefined],
        ['gpt', 'failure', undefined],
      ],
    );

    emulator.setScript({ faults: [{ fault: 'unauthorized', times: 'always' }] });
    ws.write(
      'nx.json',
      JSON.stringify({
        plugins: [
          {
            plugin: '@baton/nx',
            options: reviewMap({ model: 'claude', models: ['gpt'], produces: 'report' }),
          },
        ],
      }),
    );
    await expect(run()).rejects.toThrow(
      /^Every reviewer of phase "security-review" failed \(claude: .*; gpt: /,
    );
    expect(ws.exists(reportPath)).toBe(false);
    expect(ws.ledger()).toHaveLength(6);
  });
});
