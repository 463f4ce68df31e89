import { stripVTControlCharacters } from 'node:util';
import { startEmulator, type Emulator } from '@baton/provider-emulator';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { writeReply } from '@baton/testing';
import type { Workspace } from '@baton/testing/workspace';
import { featureWorkspace, handoffs, nx, project } from './phase-workspace';

// The first hour of a new user, by hand, against the loopback provider: what must not go wrong.
describe('the first hour of a phase run', () => {
  let emulator: Emulator;
  let ws: Workspace;
  const run = (...args: string[]) => nx(ws, ['run', ...args], emulator.env);

  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(() => emulator.close());
  beforeEach(() => {
    emulator.requests.length = 0;
    emulator.setScript({ defaultReply: '## Plan\n\nOne table.\n' });
  });
  afterEach(() => ws.dispose());

  it('warns of a large file at handoff time and refuses to send it past the context window', async () => {
    ws = featureWorkspace(
      inject('workspaceTemplate'),
      { phase: 'data-processing', model: 'gemini' },
      { phase: 'security-review', model: 'claude' },
    );
    // 1.2 MB: about 300,000 tokens, past claude's 200,000.
    const big = `export const rows = [\n${'  { id: 1, name: "a user of the dashboard" },\n'.repeat(26_000)}];\n`;
    ws.write('packages/analytics/src/lib/big.ts', big);
    ws.commitAll('Add a large file');

    const handoff = ws.nx([
      'g',
      'handoff',
      '--project',
      'analytics',
      '--to',
      'security-review',
      '--files',
      'src/lib/big.ts',
      '--no-interactive',
    ]);
    expect(handoff.code, handoff.output).toBe(0);
    expect(stripVTControlCharacters(handoff.output)).toMatch(
      /src\/lib\/big\.ts is 1\.2 MB \(about [\d,]+ tokens\), sent whole to the phase.*`--files src\/lib\/big\.ts:structure`/,
    );
    ws.commitAll('Hand the large file over');

    const refused = await run(`${project}:security-review`);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(
      /Phase "security-review" would send about [\d,]+ input tokens to claude \(anthropic\/claude-sonnet-4-5\), and keeps 8,192 for the answer: more than its context window of 200,000 tokens/,
    );
    expect(emulator.requests).toEqual([]);
  });

  it('shows the hooks’ findings line by line, keeps the reply, and applies it after a fix without a new call', async () => {
    ws = featureWorkspace(
      inject('workspaceTemplate'),
      { phase: 'architecture', model: 'gpt' },
      { phase: 'data-processing', model: 'gemini' },
      [],
      { init: true },
    );
    ws.git('switch', '-q', '-c', 'feature/analytics-gemini-data-processing');
    emulator.setScript({
      replies: [
        writeReply(
          'data-processing',
          'packages/analytics/src/metrics.ts',
          'export function total(rows: number[]): number {\n  debugger;\n  return rows.length;\n}',
        ),
      ],
    });
    const refused = await run(`${project}:data-processing`);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).not.toMatch(/\[STARTED\]|"event":/);
    // The cause first, one finding a line (Nx drops the blank lines between them).
    expect(refused.stderr).toMatch(
      /its hooks said:\n+✖ eslint --fix:\n\S+metrics\.ts\n {2}2:3 {2}error {2}Unexpected 'debugger' statement {2}no-debugger\n/,
    );
    const kept = /--reply (\.baton\/replies\/\S+\.json)`/.exec(refused.stderr)?.[1];
    expect(kept, refused.output).toBeDefined();
    expect(ws.git('status', '--porcelain', '--untracked-files=all', '--', '.baton')).toBe('');

    // The fix, in the kept reply itself: the call is not paid for again.
    ws.write(kept!, ws.read(kept!).replace('  debugger;\\n', ''));
    const applied = await run(`${project}:data-processing`, `--reply=${kept}`);
    expect(applied.code, applied.output).toBe(0);
    expect(applied.output).toContain('applied the reply gemini gave earlier');
    expect(emulator.requests).toHaveLength(1);
    expect(ws.read('packages/analytics/src/metrics.ts')).toBe(
      'export function total(rows: number[]): number {\n  return rows.length;\n}\n',
    );
    expect(ws.read(`${handoffs}/ledger.jsonl`)).toContain(`"reply":"${kept}"`);
  });
});
