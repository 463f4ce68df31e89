import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderFeature, renderHandoff, type HandoffFile } from '@baton/relay';
import { sampleMap } from '@baton/testing';
import { createWorkspace, type RunResult, type Workspace } from '@baton/testing/workspace';

/**
 * `nx ...` in the workspace without blocking this process: the emulator and the cache server run
 * in it, and the harness's synchronous run would leave them unable to answer.
 */
export function nx(ws: Workspace, args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return spawnIn(ws, join(ws.root, 'node_modules', '.bin', 'nx'), args, env);
}

/** Any command in the workspace, its output piped, without blocking this process. */
export function spawnIn(
  ws: Workspace,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ws.root,
      env: ws.env(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code: code ?? 1, stdout, stderr, output: `${stdout}\n${stderr}` }),
    );
  });
}

export const project = '@ws/analytics';
export const handoffs = 'packages/analytics/handoffs';
export const vision =
  'Real-time user activity metrics, historical trend analysis, custom date ranges and CSV export.';

export const map = sampleMap;

/** The feature's ledger, a run a row; none before the first run. */
export function ledgerRuns(ws: Workspace): Record<string, unknown>[] {
  const ledger = `${handoffs}/ledger.jsonl`;
  if (!ws.exists(ledger)) return [];
  return ws
    .read(ledger)
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

type PluginEntry = string | { plugin: string; options?: unknown };

/** Registers @baton/nx in nx.json on the test map, in place of any entry `init` wrote. */
export function registerTestMap(ws: Workspace): void {
  ws.updateJson<{ plugins: PluginEntry[] }>('nx.json', (nxJson) => {
    const others = nxJson.plugins.filter(
      (entry) => (typeof entry === 'string' ? entry : entry.plugin) !== '@baton/nx',
    );
    nxJson.plugins = [...others, { plugin: '@baton/nx', options: map }];
  });
}

/**
 * A stock workspace with Baton registered (by hand, or by `nx g @baton/nx:init` with its hooks when
 * `init`) on the test map, and a feature project, `packages/analytics`, holding FEATURE.md and
 * handoff 002 from `from` to `to`, all committed.
 */
export function featureWorkspace(
  template: string,
  from: { phase: string; model: string },
  to: { phase: string; model: string },
  files: HandoffFile[] = [{ path: 'src/query.ts', structureOnly: false }],
  { init = false, eslint = false } = {},
): Workspace {
  const ws = createWorkspace(template);
  if (eslint) lintWithEslint(ws);
  if (init) {
    const ran = ws.nx(['g', '@baton/nx:init']);
    if (ran.code !== 0) throw new Error(`nx g @baton/nx:init failed:\n${ran.output}`);
  }
  // After init: the npm install it runs prunes packages package.json does not list.
  if (eslint) linkRepositoryEslint(ws);
  registerTestMap(ws);
  ws.addLibrary('analytics', {
    'src/query.ts':
      'export function query(range: string): string {\n  return `select * from user_events where ${range}`;\n}\n',
  });
  ws.write(`${handoffs}/FEATURE.md`, renderFeature({ title: 'User analytics dashboard', vision }));
  const base = ws.git('rev-parse', 'HEAD');
  ws.write(
    `${handoffs}/002-${from.phase}-to-${to.phase}.md`,
    renderHandoff({
      number: 2,
      feature: 'analytics',
      from,
      to,
      base,
      created: '2026-11-26T10:00:00Z',
      featureTitle: 'User analytics dashboard',
      completed: 'Architecture design, API structure, data processing',
      nextPhase: to.phase,
      keyContext: ['Performance requirements: <2s query response time'],
      files,
    }),
  );
  ws.commitAll('Hand the feature over');
  return ws;
}

/** A workspace that lints with ESLint (the recommended rules), as many do before Baton arrives. */
function lintWithEslint(ws: Workspace): void {
  ws.write(
    'eslint.config.mjs',
    "import js from '@eslint/js';\nimport tseslint from 'typescript-eslint';\n\nexport default tseslint.config(js.configs.recommended, ...tseslint.configs.recommended);\n",
  );
  ws.commitAll('Lint with ESLint');
  linkRepositoryEslint(ws);
}

/** This repository's installed ESLint, linked in, so that no test installs it from the registry. */
function linkRepositoryEslint(ws: Workspace): void {
  const installed = join(import.meta.dirname, '..', '..', 'node_modules');
  for (const name of ['eslint', '@eslint/js', 'typescript-eslint']) {
    const target = join(ws.root, 'node_modules', name);
    mkdirSync(dirname(target), { recursive: true });
    rmSync(target, { recursive: true, force: true });
    symlinkSync(join(installed, name), target, 'dir');
  }
  const bin = join(ws.root, 'node_modules', '.bin', 'eslint');
  rmSync(bin, { force: true });
  symlinkSync(join(installed, 'eslint', 'bin', 'eslint.js'), bin);
}
