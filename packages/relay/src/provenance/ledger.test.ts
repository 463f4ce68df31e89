import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleRun } from '@baton/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LedgerCorruptError } from '../errors';
import {
  appendLedgerEntry,
  ledgerModel,
  readLedger,
  summarizeLedger,
  type LedgerEntry,
} from './ledger';
import { readWorkspaceLedgers } from './workspace-ledgers';

function run(overrides: Partial<LedgerEntry> = {}): LedgerEntry {
  return sampleRun({
    modelReported: 'gpt-4.1-2025-04-14',
    inputTokens: 1200,
    outputTokens: 800,
    costUsd: 0.0088,
    durationMs: 5400,
    report: 'packages/analytics/handoffs/reports/001-architecture.md',
    requestId: 'req_1',
    ...overrides,
  });
}

describe('ledger', () => {
  let workspace: string;
  beforeEach(() => {
    workspace = mkdtempSync(join(tmpdir(), 'baton-ledger-'));
  });
  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  it('appends one JSON line per run, creating handoffs/, and reads them back in order', () => {
    const project = join(workspace, 'packages', 'analytics');
    const first = run();
    const second = run({
      phase: 'security-review',
      outcome: 'failure',
      error: 'The anthropic API refused the key.',
      errorCode: 'PROVIDER_AUTH',
      inputTokens: 0,
      outputTokens: 0,
      costUsd: 0,
    });
    appendLedgerEntry(project, first);
    appendLedgerEntry(project, second);

    const text = readFileSync(join(project, 'handoffs', 'ledger.jsonl'), 'utf8');
    expect(text.split('\n')).toHaveLength(3);
    expect(JSON.parse(text.split('\n')[1]!)).toEqual(second);
    expect(readLedger(project)).toEqual([first, second]);
  });

  it('reads a ledger with CRLF and a byte order mark, and appends on a line of its own in its ending', () => {
    const project = join(workspace, 'packages', 'analytics');
    const path = join(project, 'handoffs', 'ledger.jsonl');
    mkdirSync(join(project, 'handoffs'), { recursive: true });
    // Edited on Windows: a BOM, CRLF, and the final newline dropped by the editor.
    appendFileSync(
      path,
      `\uFEFF${JSON.stringify(run())}\r\n${JSON.stringify(run({ requestId: 'req_2' }))}`,
    );
    expect(readLedger(project).map((entry) => entry.requestId)).toEqual(['req_1', 'req_2']);

    appendLedgerEntry(project, run({ requestId: 'req_3' }));
    expect(readLedger(project).map((entry) => entry.requestId)).toEqual([
      'req_1',
      'req_2',
      'req_3',
    ]);
    expect(readFileSync(path, 'utf8').split('\r\n')).toHaveLength(4);
  });

  it('reads no runs from a project without a ledger', () => {
    expect(readLedger(join(workspace, 'nowhere'))).toEqual([]);
    expect(readWorkspaceLedgers(workspace)).toEqual([]);
  });

  it('names the file and line of a corrupt entry', () => {
    const project = join(workspace, 'packages', 'analytics');
    appendLedgerEntry(project, run());
    const file = join(project, 'handoffs', 'ledger.jsonl');
    appendFileSync(file, '{"time": "2026-11-26T10:00:00Z", "feature": \n');
    expect(() => readLedger(project)).toThrow(LedgerCorruptError);
    expect(() => readLedger(project)).toThrow(`${file}:2 is not a ledger entry`);

    rmSync(file);
    appendFileSync(file, `${JSON.stringify({ ...run(), inputTokens: 'many' })}\n`);
    expect(() => readLedger(project)).toThrow(
      /ledger\.jsonl:1 is not a ledger entry \(inputTokens: /,
    );
  });

  it('finds every feature ledger in the workspace, skipping node_modules and dist', () => {
    appendLedgerEntry(
      join(workspace, 'packages', 'analytics'),
      run({ time: '2026-11-26T12:00:00Z' }),
    );
    appendLedgerEntry(
      join(workspace, 'apps', 'billing'),
      run({ feature: 'billing', project: 'billing', time: '2026-11-26T11:00:00Z' }),
    );
    appendLedgerEntry(join(workspace, 'node_modules', 'x'), run({ feature: 'vendored' }));
    mkdirSync(join(workspace, 'dist'));
    appendLedgerEntry(join(workspace, 'dist', 'analytics'), run({ feature: 'built' }));

    expect(readWorkspaceLedgers(workspace).map((entry) => entry.feature)).toEqual([
      'billing',
      'analytics',
    ]);
  });

  it('sums runs, tokens, cost, failures and fallbacks by feature, phase and model', () => {
    const entries = [
      run(),
      run({
        phase: 'data-processing',
        provider: 'google',
        modelReported: 'gemini-2.5-pro',
        costUsd: 0.01,
      }),
      run({
        phase: 'security-review',
        provider: 'openai',
        fallbackUsed: 'gpt',
        inputTokens: 100,
        outputTokens: 50,
        costUsd: 0.001,
      }),
      run({ phase: 'security-review', provider: 'openai', outcome: 'failure', costUsd: null }),
      run({ feature: 'billing', phase: 'architecture', costUsd: null }),
    ];
    expect(ledgerModel(entries[1]!)).toBe('google/gemini-2.5-pro');

    const [total] = summarizeLedger(entries, []);
    expect(total).toEqual({
      keys: {},
      runs: 5,
      failures: 1,
      fallbacks: 1,
      inputTokens: 1200 * 4 + 100,
      outputTokens: 800 * 4 + 50,
      costUsd: expect.closeTo(0.0088 + 0.01 + 0.001, 10),
      unpricedRuns: 2,
    });

    const byPhase = summarizeLedger(entries, ['feature', 'phase']);
    expect(byPhase.map((row) => [row.keys.feature, row.keys.phase, row.runs])).toEqual([
      ['analytics', 'architecture', 1],
      ['analytics', 'data-processing', 1],
      ['analytics', 'security-review', 2],
      ['billing', 'architecture', 1],
    ]);
    const review = byPhase[2]!;
    expect([review.failures, review.fallbacks, review.unpricedRuns]).toEqual([1, 1, 1]);
    expect(review.costUsd).toBeCloseTo(0.001, 10);
    expect(byPhase[3]!.costUsd).toBeNull();

    const byModel = summarizeLedger(entries, ['model']);
    expect(byModel.map((row) => [row.keys.model, row.runs])).toEqual([
      ['openai/gpt-4.1-2025-04-14', 4],
      ['google/gemini-2.5-pro', 1],
    ]);
  });

  it('gives a zero total for no runs', () => {
    expect(summarizeLedger([], [])).toEqual([
      {
        keys: {},
        runs: 0,
        failures: 0,
        fallbacks: 0,
        inputTokens: 0,
        outputTokens: 0,
        costUsd: null,
        unpricedRuns: 0,
      },
    ]);
    expect(summarizeLedger([], ['phase'])).toEqual([]);
  });
});
