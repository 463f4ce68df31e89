import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appendLedgerEntry } from '@baton/relay';
import { batonFromSource, sampleRun, tempFolderForTests } from '@baton/testing';
import { describe, expect, it } from 'vitest';

const baton = batonFromSource;

const run = sampleRun;

describe('baton ledger', () => {
  const folder = tempFolderForTests('baton-ledger-cli-');

  it('says there are no runs yet on a workspace with no features, and exits 0', () => {
    const text = baton(folder.root, 'ledger');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^No runs yet/);
    const json = baton(folder.root, 'ledger', '--format', 'json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ runs: 0, rows: [], total: { runs: 0 } });
  });

  it('tables runs, tokens, cost, failures and fallbacks by feature, phase and model, with a total', () => {
    const analytics = join(folder.root, 'packages', 'analytics');
    appendLedgerEntry(analytics, run({}));
    appendLedgerEntry(
      analytics,
      run({
        phase: 'security-review',
        provider: 'anthropic',
        alias: 'claude',
        modelRequested: 'claude-sonnet-4-5',
        modelReported: null,
        outcome: 'failure',
        error: 'anthropic is down',
        inputTokens: 0,
        outputTokens: 0,
        costUsd: 0,
      }),
    );
    appendLedgerEntry(
      analytics,
      run({
        phase: 'security-review',
        fallbackUsed: 'gpt',
        inputTokens: 2000,
        outputTokens: 700,
        costUsd: 0.0096,
      }),
    );
    appendLedgerEntry(
      join(folder.root, 'apps', 'billing'),
      run({
        feature: 'billing',
        project: 'billing',
        provider: 'openai-compatible',
        modelReported: 'qwen2.5-coder',
        costUsd: null,
      }),
    );

    const result = baton(folder.root, 'ledger');
    expect(result.code).toBe(0);
    expect(
      result.stdout
        .trimEnd()
        .split('\n')
        .map((line) => line.split(/\s{2,}/)),
    ).toEqual([
      [
        'feature',
        'phase',
        'model',
        'runs',
        'tokens in',
        'tokens out',
        'cost',
        'failures',
        'fallbacks',
      ],
      ['analytics', 'architecture', 'openai/gpt-4.1', '1', '1,000', '500', '$0.0060', '0', '0'],
      [
        'analytics',
        'security-review',
        'anthropic/claude-sonnet-4-5',
        '1',
        '0',
        '0',
        '$0.0000',
        '1',
        '0',
      ],
      ['analytics', 'security-review', 'openai/gpt-4.1', '1', '2,000', '700', '$0.0096', '0', '1'],
      [
        'billing',
        'architecture',
        'openai-compatible/qwen2.5-coder',
        '1',
        '1,000',
        '500',
        '1 unpriced',
        '0',
        '0',
      ],
      ['total', '4', '4,000', '1,700', '$0.0156 + 1 unpriced', '1', '1'],
    ]);

    const only = JSON.parse(
      baton(folder.root, 'ledger', '--feature', 'billing', '--format', 'json').stdout,
    );
    expect(only.runs).toBe(1);
    expect(only.total).toMatchObject({
      runs: 1,
      inputTokens: 1000,
      costUsd: null,
      unpricedRuns: 1,
    });
  });

  it('refuses an unknown feature and a corrupt ledger, naming the fix', () => {
    appendLedgerEntry(join(folder.root, 'packages', 'analytics'), run({}));
    const unknown = baton(folder.root, 'ledger', '--feature', 'analytcs');
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('no run of a feature "analytcs"; it has runs of: analytics');

    const other = join(folder.root, 'packages', 'broken', 'handoffs');
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, 'ledger.jsonl'), 'not json\n');
    const corrupt = baton(folder.root, 'ledger');
    expect(corrupt.code).toBe(1);
    expect(corrupt.stderr).toContain(`${join(other, 'ledger.jsonl')}:1 is not a ledger entry`);
  });
});
