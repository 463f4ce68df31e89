import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { emulatorForTests, metricsReply } from '@baton/testing';
import { createWorkspace, type Workspace } from '@baton/testing/workspace';
import { featureWorkspace, handoffs, nx, project, registerTestMap } from './phase-workspace';

// The first hour of a new user, by hand, against the loopback provider: what must not go wrong.
describe('the first hour of a phase run', () => {
  const emulator = emulatorForTests({ eachTest: { defaultReply: '## Plan\n\nOne table.\n' } });
  let ws: Workspace;
  const run = (...args: string[]) => nx(ws, ['run', ...args], emulator.env);

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

    const handoff = ws.generate('handoff', {
      project: 'analytics',
      to: 'security-review',
      files: 'src/lib/big.ts',
      interactive: false,
    });
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
      { init: true, eslint: true },
    );
    ws.git('switch', '-q', '-c', 'feature/analytics-gemini-data-processing');
    emulator.setScript({
      replies: [
        metricsReply(
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
  it('runs by hand a phase the relay ran without calling its model again, unless told to rerun', async () => {
    ws = createWorkspace(inject('workspaceTemplate'));
    registerTestMap(ws);
    ws.commitAll('Add Baton');
    ws.addLibrary('analytics');
    const started = ws.generate('handoff', { project: 'analytics', goal: 'Event counts per day' });
    expect(started.code, started.output).toBe(0);
    const relay = await run('analytics:relay');
    expect(relay.code, relay.output).toBe(0);
    expect(emulator.requests.map((request) => request.phase)).toEqual(['architecture']);
    const report = `${handoffs}/reports/001-architecture.md`;
    const written = ws.read(report);

    const byHand = await run('analytics:architecture');
    expect(byHand.code, byHand.output).toBe(0);
    expect(byHand.stdout).toMatch(
      /Baton architecture: already ran for packages\/analytics\/handoffs\/001-\S+\.md: gpt answered [^\n]* and wrote packages\/analytics\/handoffs\/reports\/001-architecture\.md\. This run called no model and cost \$0; pass --rerun to ask the models again/,
    );
    expect(byHand.stdout).toContain('One table.');
    expect(emulator.requests).toHaveLength(1);
    expect(ws.git('status', '--porcelain')).toBe('');

    const rerun = await run('analytics:architecture', '--rerun');
    expect(rerun.code, rerun.output).toBe(0);
    expect(rerun.stdout).toContain('Baton architecture: gpt answered');
    expect(emulator.requests).toHaveLength(2);
    expect(ws.read(report)).not.toBe(written);
  });

  it('prints the whole dry run to a pipe and a file, byte for byte to a terminal, and keeps its exact copy', async () => {
    ws = featureWorkspace(
      inject('workspaceTemplate'),
      { phase: 'data-processing', model: 'gemini' },
      { phase: 'architecture', model: 'gpt' },
      [{ path: 'src/lib/big.ts', structureOnly: false }],
    );
    // About 2.5 MB (some 850,000 tokens, inside gpt's window), with blank lines, which Nx's
    // forwarding of a task's output off a terminal drops.
    const big = `export const rows = [\n${'  { id: 1 },\n\n  // the next row\n\n'.repeat(75_000)}];\n`;
    ws.write('packages/analytics/src/lib/big.ts', big);
    ws.commitAll('Add a large file');
    const args = ['run', `${project}:architecture`, '--dry-run'];
    const payload = (output: string) => {
      const section = /\n===== system =====\n[\s\S]*\n===== end =====\n/.exec(output)?.[0];
      expect(section, output.slice(-2000)).toBeDefined();
      return section!;
    };

    const piped = await nx(ws, args, emulator.env);
    expect(piped.code, piped.stderr).toBe(0);
    const kept = ws.read('node_modules/.cache/baton/dry-run/_ws_analytics-architecture.txt');
    const copy = payload(kept);
    expect(copy.includes(big)).toBe(true);
    expect(piped.stdout).toContain(
      'Exact copy: node_modules/.cache/baton/dry-run/_ws_analytics-architecture.txt',
    );
    // Off a terminal Nx reflows a task's output (blank lines dropped, lines broken at its reads):
    // the text is complete to the end marker, only its line breaks differ.
    const unbroken = (text: string) => text.replaceAll('\n', '');
    // Each a real run, not the cache's replay: the executor's own writes are under test.
    const fresh = [...args, '--skip-nx-cache'];
    const filed = await nxTo(ws, fresh, emulator.env, join(ws.root, 'dry-run.txt'));
    expect(filed).toBe(0);
    const toFile = unbroken(payload(readFileSync(join(ws.root, 'dry-run.txt'), 'utf8')));
    expect(toFile === unbroken(copy), `${toFile.length} bytes, not ${unbroken(copy).length}`).toBe(
      true,
    );

    // On a terminal Nx runs the task in a pseudo-terminal of its own and forwards it byte for byte.
    const terminal = await nxOnTerminal(ws, fresh, emulator.env);
    expect(terminal.code, terminal.shown.slice(-2000)).toBe(0);
    // The terminal turns each \n into \r\n; nothing else may change.
    expect(terminal.shown).toContain('\r\n');
    const shown = terminal.shown.replaceAll('\r\n', '\n');
    expect(shown.includes(kept), `${shown.length} bytes shown for ${kept.length} kept`).toBe(true);
    expect(emulator.requests).toEqual([]);
  });
});

/** `nx ...` with its stdout sent to a file, as `nx ... > file` does; resolves to the exit code. */
function nxTo(
  ws: Workspace,
  args: string[],
  env: NodeJS.ProcessEnv,
  file: string,
): Promise<number> {
  const fd = openSync(file, 'w');
  const child = spawn(join(ws.root, 'node_modules', '.bin', 'nx'), args, {
    cwd: ws.root,
    env: ws.env(env),
    stdio: ['ignore', fd, 'inherit'],
  });
  closeSync(fd);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/**
 * `nx ...` on a terminal of its own, as a user at a shell runs it, in a user's environment (not
 * CI's, whatever this process was started with): util-linux `script` gives it a pseudo-terminal
 * and passes on what reaches it (`-e`: with nx's exit code). `script` stops reading 10 ms after its
 * shell exits, so the shell prints a mark after nx and waits for a line: the mark arrives only after
 * every byte nx wrote, whatever the load.
 */
function nxOnTerminal(
  ws: Workspace,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; shown: string }> {
  const mark = 'baton-e2e: nx has exited';
  const nxCommand = [join(ws.root, 'node_modules', '.bin', 'nx'), ...args].join(' ');
  const shell = `${nxCommand}; code=$?; echo "${mark}"; read -r _; exit $code`;
  const child = spawn('script', ['-qfec', shell, '/dev/null'], {
    cwd: ws.root,
    env: ws.env({ ...env, CI: undefined, NX_TUI: undefined, TERM: 'xterm-256color' }),
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let shown = '';
    let end = -1;
    child.on('error', reject);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      shown += chunk;
      if (end >= 0 || !shown.slice(-(chunk.length + mark.length)).includes(mark)) return;
      end = shown.lastIndexOf(mark);
      child.stdin.end('\n');
    });
    child.on('close', (code) => {
      if (end < 0) reject(new Error(`script ended before nx did:\n${shown.slice(-2000)}`));
      else resolve({ code: code ?? 1, shown: shown.slice(0, end) });
    });
  });
}
