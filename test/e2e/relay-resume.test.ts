import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { startEmulator, type Emulator } from '@baton/provider-emulator';
import { contentHash } from '@baton/testing';
import { createWorkspace, type RunResult, type Workspace } from '@baton/testing/workspace';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, inject, it } from 'vitest';
import { handoffs, ledgerRuns, nx, registerTestMap } from './phase-workspace';

const plan = '## Plan\n\n- Count events per day in one query.\n';
const dataReply =
  '=== baton:message\nCount events per day\n=== baton:end\n' +
  '=== baton:write packages/analytics/src/count.ts\nexport function countEvents(rows: readonly number[]): number {\n  return rows.length;\n}\n=== baton:end\n';

const finding = {
  file: 'packages/analytics/src/count.ts',
  lines: { start: 1, end: 1 },
  kind: 'input-validation',
  severity: 'medium',
  explanation: 'The rows are not checked.',
  fix: 'Check them.',
};
const reviewReply = (who: string) =>
  `${who}: one finding.\n\n\`\`\`json\n${JSON.stringify({ findings: [finding] })}\n\`\`\`\n`;
const testsReply =
  "=== baton:write packages/analytics/src/count.spec.ts\nimport { countEvents } from './count';\n\nexport const counted = countEvents([1, 2]);\n=== baton:end\n";

/**
 * `nx <args>` in its own process group, sent SIGINT once `ready()` holds (polled, never timed): to
 * the whole group as a terminal's Ctrl-C sends it (`group`), or to Nx alone (`nx`), as when the task
 * runs in a pseudo-terminal of its own. Killed outright if `ready()` never holds.
 */
async function interruptWhen(
  ws: Workspace,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: () => boolean,
  to: 'group' | 'nx' = 'group',
): Promise<RunResult & { interrupted: boolean }> {
  const child = spawn(join(ws.root, 'node_modules', '.bin', 'nx'), args, {
    cwd: ws.root,
    env: ws.env(env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  let finished = false;
  void exited.then(() => (finished = true));
  const giveUp = Date.now() + 240_000;
  while (!finished && !ready() && Date.now() < giveUp) await delay(50);
  const interrupted = !finished && ready();
  if (interrupted) process.kill(to === 'group' ? -child.pid! : child.pid!, 'SIGINT');
  else if (!finished) process.kill(-child.pid!, 'SIGKILL');
  const code = await exited;
  return { code, stdout, stderr, output: `${stdout}\n${stderr}`, interrupted };
}

describe('a relay interrupted and resumed, through nx', () => {
  let emulator: Emulator;
  let ws: Workspace;
  const relay = (...args: string[]) => nx(ws, ['run', 'analytics:relay', ...args], emulator.env);
  const asked = () => emulator.requests.map((request) => request.phase);

  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(() => emulator.close());
  beforeEach(() => {
    emulator.requests.length = 0;
    ws = createWorkspace(inject('workspaceTemplate'));
    registerTestMap(ws);
    ws.addLibrary('analytics');
    const started = ws.generate('handoff', {
      project: 'analytics',
      goal: 'Event counts: per day, for the dashboard',
      interactive: false,
    });
    if (started.code !== 0) throw new Error(`nx g handoff failed:\n${started.output}`);
  });
  afterEach(() => ws.dispose());

  it('after Ctrl-C during a phase, leaves every file as it was, keeps what was paid, and the next relay repeats no paid call', async () => {
    emulator.setScript({ replies: [{ phase: 'architecture', text: plan }] });
    const first = await relay();
    expect(first.code, first.output).toBe(0);
    expect(asked()).toEqual(['architecture']);
    const paid = ledgerRuns(ws);
    expect(paid).toMatchObject([{ phase: 'architecture', outcome: 'success' }]);

    // data-processing's model goes silent before its first token, for longer than the test runs.
    emulator.setScript({
      replies: [{ phase: 'data-processing', text: dataReply }],
      faults: [{ phase: 'data-processing', fault: 'stall', at: 'start', times: 'always' }],
      stallMs: 600_000,
    });
    const before = contentHash(ws);
    // Ctrl-C reaches the task from the terminal (piped output), or only through Nx (a task with its
    // own pseudo-terminal, which Nx stops with SIGTERM): either way the phase is stopped and recorded.
    for (const to of ['group', 'nx'] as const) {
      emulator.requests.length = 0;
      const stopped = await interruptWhen(
        ws,
        ['run', 'analytics:relay'],
        emulator.env,
        () => emulator.requests.some((request) => request.phase === 'data-processing'),
        to,
      );
      expect(stopped.interrupted, stopped.output).toBe(true);
      expect(stopped.code, stopped.output).not.toBe(0);
      expect(contentHash(ws), to).toBe(before);
      expect(ledgerRuns(ws).at(-1), to).toMatchObject({
        phase: 'data-processing',
        outcome: 'failure',
        errorCode: 'ABORTED',
        costUsd: 0,
      });
    }
    // The architecture run, paid for, is still in the ledger and its report on the branch.
    expect(ledgerRuns(ws).slice(0, paid.length)).toEqual(paid);
    expect(ws.exists(`${handoffs}/reports/001-architecture.md`)).toBe(true);

    emulator.setScript({ replies: [{ phase: 'data-processing', text: dataReply }] });
    emulator.requests.length = 0;
    const resumed = await relay();
    expect(resumed.code, resumed.output).toBe(0);
    expect(asked()).toEqual(['data-processing']);
    expect(resumed.stdout).toContain('── data-processing is done: gemini');
    expect(ws.read('packages/analytics/src/count.ts')).toContain('export function countEvents');
    expect(ledgerRuns(ws).filter((run) => run['phase'] === 'architecture')).toEqual(paid);
  });

  it('replays a phase of two reviewers from what the relay recorded: the next relay asks neither again', async () => {
    ws.updateJson<{
      plugins: Array<string | { plugin: string; options: { phases: Record<string, object> } }>;
    }>('nx.json', (nxJson) => {
      const baton = nxJson.plugins.find(
        (entry) => typeof entry !== 'string' && entry.plugin === '@baton/nx',
      ) as { options: { phases: Record<string, object> } };
      baton.options.phases['security-review'] = {
        model: 'claude',
        models: ['claude', 'gpt'],
        produces: 'report',
        diff: true,
      };
    });
    ws.commitAll('Review with Claude and GPT');
    emulator.setScript({
      replies: [
        { phase: 'architecture', text: plan },
        { phase: 'data-processing', text: dataReply },
        { phase: 'security-review', provider: 'anthropic', text: reviewReply('Claude') },
        { phase: 'security-review', provider: 'openai', text: reviewReply('GPT') },
        { phase: 'tests', text: testsReply },
      ],
    });

    const reviewed = await relay('--through', 'security-review');
    expect(reviewed.code, reviewed.output).toBe(0);
    expect(asked()).toEqual([
      'architecture',
      'data-processing',
      'security-review',
      'security-review',
    ]);
    expect(reviewed.stdout).toMatch(
      /── security-review is done: claude \(anthropic\/[^)]+\), gpt \(openai\/[^)]+\)/,
    );
    expect(reviewed.stdout).toMatch(/Cost: +\$\d\.\d{4} \(claude \$\d\.\d{4}, gpt \$\d\.\d{4}; /);
    expect(reviewed.stdout).toContain('2/2 agree (claude, gpt)');
    const reviews = ledgerRuns(ws).filter((run) => run['phase'] === 'security-review');
    expect(reviews.map((run) => [run['alias'], run['outcome']])).toEqual([
      ['claude', 'success'],
      ['gpt', 'success'],
    ]);
    const report = ws.read(`${handoffs}/reports/003-security-review.md`);

    emulator.requests.length = 0;
    const next = await relay();
    expect(next.code, next.output).toBe(0);
    expect(asked()).toEqual(['tests']);
    expect(next.stdout).toContain('The relay is done');
    expect(ws.read(`${handoffs}/reports/003-security-review.md`)).toBe(report);
    expect(ledgerRuns(ws).filter((run) => run['phase'] === 'security-review')).toEqual(reviews);

    const again = await relay();
    expect(again.code, again.output).toBe(0);
    expect(again.stdout).toContain('every phase has run');
    expect(asked()).toEqual(['tests']);
  });
});
