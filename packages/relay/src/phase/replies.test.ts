import { emulatorForTests, writeEdit } from '@baton/testing';
import { chmodSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PhaseWorkspace } from './__fixtures__/phase-workspace';
import { EmptyEditsError, KeptReplyError, PhaseCommitRejectedError } from '../errors';
import { hookFindings } from './hook-output';
import type { PhaseRunOptions } from './run';

const emulator = emulatorForTests();

// lint-staged's log as a hook prints it with colour forced, eslint's findings at the end.
const lintStagedLog = [
  '\x1b[33m[STARTED]\x1b[39m Preparing lint-staged...',
  '\x1b[32m[COMPLETED]\x1b[39m Preparing lint-staged...',
  '\x1b[33m[STARTED]\x1b[39m eslint --fix',
  '\x1b[31m[FAILED]\x1b[39m eslint --fix [FAILED]',
  '{"event":"STATE","data":"FAILED","task":{"title":"eslint --fix"}}',
  '',
  '\x1b[31m✖ eslint --fix:\x1b[39m',
  '',
  '/ws/packages/analytics/src/metrics.ts',
  '  2:30  \x1b[31merror\x1b[39m  Unexpected any. Specify a different type  @typescript-eslint/no-explicit-any',
  '',
  '\x1b[31m✖ 1 problem (1 error, 0 warnings)\x1b[39m',
  'husky - pre-commit script failed (code 1)',
].join('\r\n');

describe('hookFindings', () => {
  it('keeps the findings as printed, line by line, without colour codes or the task log', () => {
    expect(hookFindings(lintStagedLog)).toBe(
      [
        '✖ eslint --fix:',
        '',
        '/ws/packages/analytics/src/metrics.ts',
        '  2:30  error  Unexpected any. Specify a different type  @typescript-eslint/no-explicit-any',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        'husky - pre-commit script failed (code 1)',
      ].join('\n'),
    );
  });
});

describe('a changes phase whose commit fails', () => {
  const branch = 'feature/analytics-gemini-data-processing';
  let ws: PhaseWorkspace;
  const run = (extra: Partial<PhaseRunOptions> = {}) =>
    ws.runPhase('data-processing', emulator.env, extra);
  /** Gemini's scripted answer: `file` written whole. */
  const reply = (file: string, content: string) =>
    emulator.setScript({ replies: [{ phase: 'data-processing', text: writeEdit(file, content) }] });
  const hook = (script: string) => {
    ws.write('.git/hooks/pre-commit', `#!/bin/sh\n${script}\n`);
    chmodSync(ws.path('.git/hooks/pre-commit'), 0o755);
  };

  beforeEach(() => {
    ws = new PhaseWorkspace();
    emulator.requests.length = 0;
    ws.handoff(
      2,
      { phase: 'architecture', model: 'gpt' },
      { phase: 'data-processing', model: 'gemini' },
    );
    ws.git('switch', '-q', '-c', branch);
  });
  afterEach(() => ws.dispose());

  it('shows the hook findings first and on their own lines, keeps the reply, and applies it with no new call', async () => {
    ws.write('.git/lint-staged.log', lintStagedLog);
    hook('cat .git/lint-staged.log >&2\nexit 1');
    reply(
      'packages/analytics/src/metrics.ts',
      'export const total = (rows: number[]) => rows.length;',
    );
    const before = ws.treeHash();

    const error = (await run().catch((e: unknown) => e)) as PhaseCommitRejectedError;
    expect(error).toBeInstanceOf(PhaseCommitRejectedError);
    expect(error.message).not.toContain('\x1b');
    expect(error.message).not.toContain('[STARTED]');
    expect(error.message).toMatch(
      /^git commit refused the phase's edits; its hooks said:\n\n✖ eslint --fix:\n\n\/ws\/packages\/analytics\/src\/metrics.ts\n {2}2:30 {2}error {2}Unexpected any/,
    );
    const kept = /--reply (\.baton\/replies\/analytics\/data-processing-[\dTZ-]+\.json)`/.exec(
      error.message,
    )?.[1];
    expect(error.message).toContain('--reply');
    expect(ws.exists(kept!)).toBe(true);
    // The kept reply is ignored by git wherever it is, and the tree is as before.
    expect(ws.git('status', '--porcelain', '--untracked-files=all', '--', '.baton')).toBe('');
    expect(ws.treeHash()).toBe(before);
    expect(ws.ledger()).toEqual([
      expect.objectContaining({ outcome: 'failure', errorCode: 'PHASE_COMMIT_REJECTED' }),
    ]);
    expect(emulator.requests).toHaveLength(1);

    hook('exit 0');
    const applied = await run({ reply: kept! });
    expect(applied.kind).toBe('changes');
    expect(emulator.requests).toHaveLength(1);
    expect(ws.read('packages/analytics/src/metrics.ts')).toBe(
      'export const total = (rows: number[]) => rows.length;\n',
    );
    expect(ws.git('log', '-1', '--format=%(trailers:key=AI-Model,valueonly)')).toBe(
      'google/gemini-2.5-pro',
    );
    expect(ws.output).toContain(
      `Baton data-processing: applied the reply gemini gave earlier (${kept}), no new call, $0;`,
    );
    expect(ws.ledger()[1]).toMatchObject({
      outcome: 'success',
      costUsd: 0,
      reply: kept,
      alias: 'gemini',
    });
    expect(ws.exists(kept!)).toBe(false);
  });

  it('refuses a reply kept for another phase or handoff, and a missing one, changing nothing', async () => {
    reply('packages/analytics/src/a.ts', 'export const a = 1;');
    hook('exit 1');
    const error = (await run().catch((e: unknown) => e)) as Error;
    const kept = /--reply (\S+\.json)`/.exec(error.message)?.[1];
    expect(error.message).toContain('--reply');
    ws.handoff(
      3,
      { phase: 'architecture', model: 'gpt' },
      { phase: 'data-processing', model: 'gemini' },
    );
    const before = ws.treeHash();
    await expect(run({ reply: kept! })).rejects.toThrow(
      /answers packages\/analytics\/handoffs\/002-architecture-to-data-processing\.md, and the phase's latest handoff is .*003/,
    );
    await expect(run({ reply: '.baton/replies/analytics/nothing.json' })).rejects.toThrow(
      KeptReplyError,
    );
    expect(ws.treeHash()).toBe(before);
  });

  it('says a reply whose edits change nothing changes nothing', async () => {
    reply('packages/analytics/src/index.ts', 'export const analytics = true;');
    const before = ws.treeHash();
    const error = (await run().catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(EmptyEditsError);
    expect(error.message).toBe(
      "The model's reply changes nothing: its edit leaves packages/analytics/src/index.ts exactly as it is, " +
        'so there is nothing to commit and nothing was changed. Say in a new handoff what the phase should change, or make the change by hand.',
    );
    expect(ws.treeHash()).toBe(before);
  });
});
