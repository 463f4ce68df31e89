import { emulatorForTests } from '@baton/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localGptMap, PhaseWorkspace } from './__fixtures__/phase-workspace';
import { BudgetExceededError, ContextWindowExceededError } from '../errors';
import type { PhaseRunOptions } from './run';

const emulator = emulatorForTests({ eachTest: { defaultReply: '## Plan\n\nOne table.\n' } });

describe('a phase run', () => {
  let ws: PhaseWorkspace;
  const run = (extra: Partial<PhaseRunOptions> = {}, isTTY = false) =>
    ws.runPhase('architecture', { ...emulator.env, CI: '' }, extra, isTTY);

  beforeEach(() => {
    ws = new PhaseWorkspace();
    ws.handoff(1, { phase: 'start', model: 'human' }, { phase: 'architecture', model: 'gpt' }, [
      { path: 'src/big.ts', structureOnly: false },
    ]);
  });
  afterEach(() => ws.dispose());

  it('says which model it waits for off a terminal, again every interval, with the time limit', async () => {
    ws.write('packages/analytics/src/big.ts', 'export const big = 1;\n');
    emulator.setScript({
      defaultReply: 'Done.',
      faults: [{ fault: 'stall', at: 'start' }],
      stallMs: 350,
    });
    await run({ waiting: { plainEveryMs: 100 } }).catch(() => undefined);
    expect(ws.output).toMatch(
      /^Baton architecture: waiting for gpt, 0s so far \(time limit 300s\)\n/,
    );
    expect(ws.output.match(/waiting for gpt/g)!.length).toBeGreaterThanOrEqual(2);
  });

  it('redraws one waiting line on a terminal and erases it', async () => {
    ws.write('packages/analytics/src/big.ts', 'export const big = 1;\n');
    emulator.setScript({ defaultReply: 'Done.' });
    await run({ waiting: { redrawMs: 50 } }, true);
    expect(ws.output.startsWith('\r\x1b[2Kwaiting for gpt… 0s (time limit 300s)')).toBe(true);
    expect(ws.output).toContain('\r\x1b[2KBaton architecture: gpt answered');
  });

  it("refuses, before any request, an input past the model's context window, with the figures", async () => {
    // Markdown has no outline, so fitting cannot shrink it.
    ws.handoff(2, { phase: 'start', model: 'human' }, { phase: 'architecture', model: 'gpt' }, [
      { path: 'src/big.md', structureOnly: false },
    ]);
    ws.write('packages/analytics/src/big.md', `# Big\n\n${'x'.repeat(160_000)}\n`);
    ws.changeMap(localGptMap(emulator));
    const error = (await run().catch((e: unknown) => e)) as ContextWindowExceededError;
    expect(error).toBeInstanceOf(ContextWindowExceededError);
    expect(error.message).toMatch(
      /^Phase "architecture" would send about [\d,]+ input tokens to gpt \(openai-compatible\/llama\), and keeps 8,192 for the answer: more than its context window of 32,768 tokens \(Baton's default for a model it does not know\); no request was sent\./,
    );
    // Structure only cannot shrink Markdown: the fix names what can.
    expect(error.message).not.toContain(':structure');
    expect(error.message).toContain('--only-files <path>,<path>');
    expect(error.message).toContain('set models.gpt.contextWindow');
    expect(emulator.requests).toEqual([]);

    ws.changeMap(localGptMap(emulator, { contextWindow: 131_072 }));
    await expect(run()).resolves.toMatchObject({ kind: 'report' });
  });

  it('refuses an input past the default input limit when the budget sets none', async () => {
    ws.write('packages/analytics/src/big.ts', `export const big = '${'word '.repeat(220_000)}';\n`);
    const error = (await run().catch((e: unknown) => e)) as BudgetExceededError;
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(error.message).toContain("over its budget (maxInputTokens 200000, Baton's default)");
    expect(emulator.requests).toEqual([]);
  });
});
