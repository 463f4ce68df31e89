import { emulatorForTests } from '@baton/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContextWindowExceededError } from '../errors';
import { localGptMap, PhaseWorkspace } from './__fixtures__/phase-workspace';
import type { PhaseRunOptions } from './run';

const emulator = emulatorForTests({ eachTest: { defaultReply: '## Plan\n\nOne table.\n' } });

/** A TypeScript file of `count` functions whose bodies hold `marker`: about 100 characters each. */
function source(marker: string, count: number): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `export function ${marker}${i}(): string {\n  return '${marker} body ${i} ${'z'.repeat(40)}';\n}\n`,
  ).join('');
}

describe('fitting a phase context to the model', () => {
  let ws: PhaseWorkspace;
  const run = (extra: Partial<PhaseRunOptions> = {}) =>
    ws.runPhase('architecture', { ...emulator.env, CI: '' }, extra);
  // Approximated at 4 characters a token; the report phase keeps 8,192 of the window for its answer.
  const withWindow = (contextWindow: number) =>
    ws.changeMap(localGptMap(emulator, { contextWindow }));
  const sent = () => JSON.stringify(emulator.requests.map((request) => request.body));

  beforeEach(() => {
    ws = new PhaseWorkspace();
    // 40k, 30k and 3k characters: `most` is the largest but referenced by both handoffs.
    ws.write('packages/analytics/src/most.ts', source('most', 400));
    ws.write('packages/analytics/src/large.ts', source('large', 300));
    ws.write('packages/analytics/src/small.ts', source('small', 30));
    ws.handoff(1, { phase: 'start', model: 'human' }, { phase: 'architecture', model: 'gpt' }, [
      { path: 'src/most.ts', structureOnly: false },
    ]);
    ws.handoff(2, { phase: 'start', model: 'human' }, { phase: 'architecture', model: 'gpt' }, [
      { path: 'src/most.ts', structureOnly: false },
      { path: 'src/small.ts', structureOnly: false },
      { path: 'src/large.ts', structureOnly: false },
    ]);
  });
  afterEach(() => ws.dispose());

  it('sends the least-referenced file (the largest among equals) as its outline, and records the cut', async () => {
    withWindow(8_192 + 16_000);
    await expect(run()).resolves.toMatchObject({ kind: 'report' });

    expect(emulator.requests).toHaveLength(1);
    expect(sent()).toContain('most body 399');
    expect(sent()).toContain('small body 29');
    expect(sent()).not.toContain('large body');
    expect(sent()).toContain('export function large299(): string { … }');
    expect(ws.ledger()).toMatchObject([
      {
        outcome: 'success',
        fitted: [{ path: 'packages/analytics/src/large.ts', from: 'whole', to: 'structure' }],
      },
    ]);
  });

  it('says in the dry run what it would cut, and sends nothing', async () => {
    withWindow(8_192 + 16_000);
    await expect(run({ dryRun: true })).resolves.toMatchObject({
      kind: 'dry-run',
      fitted: [{ path: 'packages/analytics/src/large.ts' }],
    });
    expect(ws.output).toContain(
      'Fitted: packages/analytics/src/large.ts sent structure only (were whole) to fit the context window',
    );
    expect(ws.output).toContain('(within it)');
    expect(emulator.requests).toEqual([]);
  });

  it('sends the whole files when they fit, and records no cut', async () => {
    withWindow(8_192 + 40_000);
    await run();
    expect(sent()).toContain('large body 299');
    expect(ws.ledger()[0]).not.toHaveProperty('fitted');
  });

  it('refuses before any request when even every outline does not fit, with the figures', async () => {
    withWindow(8_192 + 500);
    const error = (await run().catch((e: unknown) => e)) as ContextWindowExceededError;
    expect(error).toBeInstanceOf(ContextWindowExceededError);
    expect(error.message).toMatch(
      /^Phase "architecture" would send about [\d,]+ input tokens to gpt \(openai-compatible\/llama\), and keeps 8,192 for the answer: more than its context window of 8,692 tokens \(as its map entry says\); no request was sent\. Every referenced file Baton can outline is sent structure only already\./,
    );
    // Every file is an outline already: the fix names what still helps, not structure only.
    expect(error.message).not.toContain(':structure');
    expect(error.message).toContain(
      'then reference fewer files in a new handoff (a new handoff for @ws/analytics (--to architecture --only-files <path>,<path>)), ' +
        'or run the phase with a model whose window holds more (the phase "architecture" of @ws/analytics with --model <alias>), ' +
        'or set models.gpt.contextWindow in the collaboration map to what the model holds.',
    );
    expect(emulator.requests).toEqual([]);
    expect(ws.ledger()).toMatchObject([
      {
        outcome: 'failure',
        errorCode: 'CONTEXT_WINDOW_EXCEEDED',
        fitted: [
          { path: 'packages/analytics/src/large.ts' },
          { path: 'packages/analytics/src/small.ts' },
          { path: 'packages/analytics/src/most.ts' },
        ].map((file) => ({ ...file, from: 'whole', to: 'structure' })),
      },
    ]);
  });
});
