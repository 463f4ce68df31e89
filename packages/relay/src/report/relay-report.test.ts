import { join } from 'node:path';
import { sampleRun, tempRepoForTests } from '@baton/testing';
import { writeReviewReport } from '../review';
import { describe, expect, it } from 'vitest';
import { MalformedHandoffError } from '../errors';
import { appendLedgerEntry, trailerArgs } from '../provenance';
import { collectRelayReport } from './relay-report';

const handoffText = (created: string) =>
  [
    '---',
    'feature: analytics',
    'from: { phase: start, model: human }',
    'to: { phase: architecture, model: gpt }',
    'base: 3f2c1e0',
    `created: ${created}`,
    '---',
    '## Handoff: human → gpt',
    '**Feature**: User analytics dashboard',
    '**Completed**: Vision',
    '**Next Phase**: architecture',
    '**Key Context**:',
    '- Performance requirements: <2s query response time',
    '**Files to Reference**:',
    '- schema.sql',
    '',
  ].join('\n');

const run = sampleRun({
  time: '2026-11-26T10:05:00.000Z',
  outputTokens: 400,
  costUsd: 0.0052,
  durationMs: 8000,
  report: 'packages/analytics/handoffs/reports/001-architecture.md',
  branch: 'feature/analytics-gpt-architecture',
});

describe('collectRelayReport', () => {
  const repo = tempRepoForTests({ prefix: 'baton-report-' });
  const git = (...args: string[]) => repo.git(...args);
  const write = (file: string, text: string) => repo.write(file, text);
  const commit = (...args: string[]) => repo.commitAs('Ada', {}, ...args);

  it('finds no features in a workspace without any', async () => {
    write('README.md', 'hello\n');
    commit();
    const report = await collectRelayReport(repo.root);
    expect(report.features).toEqual([]);
    expect(report.total.runs).toBe(0);
  });

  it("gathers a feature's handoffs and runs in time order, branches, lines and reports", async () => {
    write(
      'packages/analytics/handoffs/FEATURE.md',
      '# User analytics dashboard\n\nDaily actives in under 2s.\n',
    );
    write(
      'packages/analytics/handoffs/001-start-to-architecture.md',
      handoffText('2026-11-26T10:00:00Z'),
    );
    write('packages/analytics/schema.sql', 'create table events (id int);\n');
    commit();
    git('switch', '-q', '-c', 'feature/analytics-gpt-architecture');
    write(
      'packages/analytics/handoffs/reports/001-architecture.md',
      '---\nphase: architecture\nusage: { inputTokens: 1000, outputTokens: 400 }\n---\n## Plan\n<b>one table</b>\n',
    );
    write('packages/analytics/src/query.ts', 'export const q = 1;\nexport const r = 2;\n');
    commit(
      ...trailerArgs({ phase: 'data-processing', model: 'google/gemini-2.5-pro', handoff: 'h.md' }),
    );
    appendLedgerEntry(join(repo.root, 'packages/analytics'), run);
    appendLedgerEntry(join(repo.root, 'packages/analytics'), {
      ...run,
      time: '2026-11-26T09:59:00.000Z',
      outcome: 'failure',
      costUsd: null,
    });

    const report = await collectRelayReport(repo.root);
    expect(report.features).toHaveLength(1);
    const [feature] = report.features;
    expect(feature).toMatchObject({
      feature: 'analytics',
      root: 'packages/analytics',
      title: 'User analytics dashboard',
      vision: 'Daily actives in under 2s.',
      branches: ['feature/analytics-gpt-architecture'],
      lines: [
        { author: 'google/gemini-2.5-pro', lines: 2 },
        { author: 'human', lines: 1 },
      ],
      reports: [
        {
          file: 'packages/analytics/handoffs/reports/001-architecture.md',
          phase: 'architecture',
          details: [
            ['phase', 'architecture'],
            ['usage.inputTokens', '1000'],
            ['usage.outputTokens', '400'],
          ],
          text: '## Plan\n<b>one table</b>\n',
        },
      ],
    });
    expect(feature!.timeline.map((event) => [event.kind, event.time])).toEqual([
      ['run', '2026-11-26T09:59:00.000Z'],
      ['handoff', '2026-11-26T10:00:00Z'],
      ['run', '2026-11-26T10:05:00.000Z'],
    ]);
    expect(report.total).toMatchObject({
      runs: 2,
      failures: 1,
      inputTokens: 2000,
      costUsd: 0.0052,
      unpricedRuns: 1,
    });
    expect(report.byModel.map((row) => row.keys.model)).toEqual(['openai/gpt-4.1']);
  });

  it("reads a review by several reviewers: each one's cost and the findings by agreement", async () => {
    write('packages/analytics/handoffs/FEATURE.md', '# Analytics\n\nGoal.\n');
    const reviewer = (alias: string, provider: string, costUsd: number) => ({
      alias,
      provider,
      modelRequested: alias,
      modelReported: `${alias}-1`,
      outcome: 'success' as const,
      findings: 1,
      inputTokens: 10,
      outputTokens: 5,
      costUsd,
      durationMs: 1,
      requestId: null,
    });
    writeReviewReport(
      join(repo.root, 'packages/analytics/handoffs/reports/003-security-review.md'),
      {
        feature: 'analytics',
        phase: 'security-review',
        handoffPath: 'h.md',
        required: 'one',
        reviewers: [reviewer('claude', 'anthropic', 0.02), reviewer('gpt', 'openai', 0.01)],
        findings: [
          {
            file: 'src/db.ts',
            lines: { start: 3, end: 4 },
            kind: 'injection',
            severity: 'high',
            foundBy: ['claude', 'gpt'],
            reports: [],
          },
        ],
      },
    );
    const [phaseReport] = (await collectRelayReport(repo.root)).features[0]!.reports;
    expect(phaseReport!.review).toMatchObject({
      costUsd: 0.03,
      reviewers: [
        { alias: 'claude', costUsd: 0.02 },
        { alias: 'gpt', costUsd: 0.01 },
      ],
      findings: [{ file: 'src/db.ts', agreement: '2/2', foundBy: ['claude', 'gpt'] }],
    });
    expect(phaseReport!.details).toEqual([
      ['feature', 'analytics'],
      ['phase', 'security-review'],
      ['handoff', 'h.md'],
      ['required', 'one'],
      ['costUsd', '0.03'],
    ]);
    expect(phaseReport!.text).toContain('## Found by 2 of 2 reviewers');
  });

  it('refuses a malformed handoff with the fix', async () => {
    write('packages/analytics/handoffs/FEATURE.md', '# Analytics\n\nGoal.\n');
    write('packages/analytics/handoffs/001-start-to-architecture.md', 'no front matter\n');
    await expect(collectRelayReport(repo.root)).rejects.toBeInstanceOf(MalformedHandoffError);
  });
});
