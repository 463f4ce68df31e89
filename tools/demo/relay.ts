import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EmulatorRequest } from '@baton/provider-emulator';
import { chooseProviders } from './providers';
import { filesUnder, projectRoot } from './script';
import { DemoSession, type DemoOutput } from './session';

export interface DemoOptions {
  /** A prepared workspace (create-nx-workspace --preset=ts, Baton installed from the tarballs), copied, never changed. */
  template: string;
  out: DemoOutput;
  /** The environment the demo runs in: its provider keys decide real or scripted. Default: process.env. */
  env?: NodeJS.ProcessEnv;
  /** Use the provider emulator even when every key is set. */
  scripted?: boolean;
  /** An empty folder to make the workspace in; a new temp folder when left out. */
  parent?: string;
}

export interface DemoResult {
  /** The workspace the relay ran in, kept for the user to look around. */
  workspace: string;
  mode: 'real' | 'scripted';
  /** Every request the emulator answered (none in a real run). */
  requests: EmulatorRequest[];
  /** The emulator's request log (JSON lines), or null in a real run. */
  requestLog: string | null;
}

const project = 'analytics';
const handoffs = `${projectRoot}/handoffs`;
const goal =
  'User analytics dashboard: real-time user activity metrics, historical trend analysis, ' +
  'custom date range filtering and export, for a Node.js service over PostgreSQL';

/** Commands the demo runs in the workspace: no daemon left behind, no Nx Cloud, no TUI. */
function workspaceEnv(env: NodeJS.ProcessEnv, color: boolean): NodeJS.ProcessEnv {
  const kept = Object.fromEntries(
    Object.entries(env).filter(([name]) => !name.startsWith('NX_') && !name.startsWith('VITEST')),
  );
  return {
    ...kept,
    NX_DAEMON: 'false',
    NX_NO_CLOUD: 'true',
    NX_TUI: 'false',
    ...(color ? { FORCE_COLOR: '1' } : {}),
  };
}

/** Copies the prepared template into a fresh temp folder and gives it a human at the keyboard. */
function createDemoWorkspace(template: string, parent: string): string {
  const workspace = join(parent, 'dashboard');
  cpSync(template, workspace, { recursive: true, verbatimSymlinks: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: workspace, stdio: 'ignore' });
  git('config', 'user.name', 'Demo Human');
  git('config', 'user.email', 'human@demo.invalid');
  git('config', 'commit.gpgsign', 'false');
  return workspace;
}

/** The sample feature as a developer would add it: the service's skeleton, referenced by the solution tsconfig. */
function addSampleProject(workspace: string): string[] {
  const sample = join(import.meta.dirname, 'sample');
  cpSync(sample, join(workspace, projectRoot), {
    recursive: true,
    filter: (source) => !source.slice(sample.length + 1).startsWith('.'),
  });
  const tsconfig = join(workspace, 'tsconfig.json');
  const solution = JSON.parse(readFileSync(tsconfig, 'utf8')) as { references?: unknown[] };
  solution.references = [...(solution.references ?? []), { path: `./${projectRoot}` }];
  writeFileSync(tsconfig, `${JSON.stringify(solution, null, 2)}\n`);
  return filesUnder(sample);
}

/**
 * The seed's relay, for real, in a fresh Nx workspace: `init`, handoffs, a branch per model, the
 * four phases (GPT plans, Gemini writes the data processing, Claude reviews and writes tests), the
 * human's commits between them, and the merge through the pre-merge gate. Every command is printed
 * before it runs; the first that fails stops the demo with a {@link DemoStepError}.
 */
export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const workspace = createDemoWorkspace(
    options.template,
    options.parent ?? mkdtempSync(join(tmpdir(), 'baton-demo-')),
  );
  const requestLog = join(workspace, '..', 'emulator-requests.jsonl');
  const providers = await chooseProviders({
    env: options.env ?? process.env,
    scripted: options.scripted,
    requestLog,
  });
  const session = new DemoSession(
    workspace,
    options.out,
    workspaceEnv(providers.env, options.out.isTTY === true),
  );
  const scripted = providers.mode === 'scripted';
  const notice = scripted
    ? `SCRIPTED ANSWERS: ${providers.reason}, so no real model is called. The Baton provider\n` +
      'emulator answers every phase on 127.0.0.1 with replies written in advance\n' +
      '(tools/demo/replies). Everything else is real: nx, git, the hooks, the SDKs over HTTP.'
    : `REAL MODELS: ${providers.reason}. Every phase calls the real model the\n` +
      'collaboration map assigns to it, and costs real money.';
  session.announce(notice);
  session.say(`Workspace: ${workspace}`);

  try {
    await relay(session);
    await lookAround(session);
  } finally {
    await providers.close();
    if (scripted) {
      session.announce(
        'The answers above were SCRIPTED: they came from the provider emulator, not from GPT,\n' +
          `Gemini or Claude. What each phase sent is in ${requestLog}.\n` +
          'Set OPENAI_API_KEY, ANTHROPIC_API_KEY and GEMINI_API_KEY to run the relay with the real models.',
      );
    }
  }
  return {
    workspace,
    mode: providers.mode,
    requests: providers.requests,
    requestLog: scripted ? requestLog : null,
  };
}

async function relay(session: DemoSession): Promise<void> {
  session.say('Install Baton in the workspace: the plugin, the collaboration map, the git hooks.');
  await session.nx('g', '@baton/nx:init');
  await session.git('add', '-A');
  await session.git('commit', '-m', 'Add Baton');

  session.say(
    'The security review gets a second pair of eyes from another vendor: GPT reviews beside\n' +
      'Claude, in parallel, and their findings are merged by agreement. One line of the map.',
  );
  addSecondReviewer(session.workspace);
  await session.git('diff', '--', 'nx.json');
  await session.git('commit', '-am', 'Review security with Claude and GPT');

  const files = addSampleProject(session.workspace);
  session.say(
    `A developer adds the service the feature grows in: ${projectRoot}\n` +
      `(${files.join(', ')}), and commits it.`,
  );
  await session.git('add', projectRoot, 'tsconfig.json');
  await session.git('commit', '-m', 'Add the analytics service skeleton');

  session.say("Baton learns this codebase's conventions, to hold the models' code to them.");
  await session.baton('style', 'learn');
  await session.git('add', '.baton');
  await session.git('commit', '-m', "Record the workspace's style profile");

  session.say(
    'Phase 1, architecture (GPT): the first handoff carries the goal, FEATURE.md keeps it.',
  );
  await session.nx('g', 'handoff', '--project', project, '--to', 'architecture', '--goal', goal);
  await session.nx('g', 'phase-branch', '--project', project, '--phase', 'architecture');
  await session.nx('run', `${project}:architecture`);
  session.say('The human reads the plan and commits it with the handoff.');
  await session.git('add', handoffs);
  await session.git('commit', '-m', 'Record the architecture plan');

  session.say(
    'Phase 2, data processing (Gemini): the handoff sends the schema whole, the routes as\n' +
      'structure only, and the key context.',
  );
  await session.nx(
    'g',
    'handoff',
    '--project',
    project,
    '--to',
    'data-processing',
    '--completed',
    'Architecture design, API structure',
    '--context',
    'Performance: <2s query response',
    '--context',
    'Expected data volume: 10M+ records',
    '--context',
    'Key functions needed: aggregateUserMetrics(), generateTrendData()',
    '--files',
    'schema.sql,src/api-routes.ts:structure,src/metrics.ts,handoffs/reports/001-architecture.md',
  );
  await session.git('add', handoffs);
  await session.git('commit', '-m', 'Hand the analytics feature to data processing');
  await session.nx('g', 'phase-branch', '--project', project, '--phase', 'data-processing');
  await session.nx('run', `${project}:data-processing`);
  await session.git('log', '-1', '--stat', '--format=%h %s%n%n%(trailers)');

  session.say(
    "Phase 3, security review (Claude and GPT at once): both read the feature's diff, and the\n" +
      'report lists their findings by how many reviewers agree.',
  );
  await session.nx('g', 'handoff', '--project', project, '--to', 'security-review');
  await session.git('add', handoffs);
  await session.git('commit', '-m', 'Hand the analytics feature to the security review');
  await session.nx('g', 'phase-branch', '--project', project, '--phase', 'security-review');
  await session.nx('run', `${project}:security-review`);
  session.say(
    "The report, written from both reviewers' findings (each answer follows it, as written):",
  );
  session.print(reviewSummary(session.workspace));
  await session.git('add', handoffs);
  await session.git('commit', '-m', 'Record the security review');

  session.say('Phase 4, tests (Claude): tests for the feature and the fixes the review asked for.');
  await session.nx(
    'g',
    'handoff',
    '--project',
    project,
    '--to',
    'tests',
    '--context',
    'Test runner: node:test and node:assert, no new dependencies',
  );
  await session.git('add', handoffs);
  await session.git('commit', '-m', 'Hand the analytics feature to the tests phase');
  await session.nx('g', 'phase-branch', '--project', project, '--phase', 'tests');
  await session.nx('run', `${project}:tests`);
  await session.git('log', '-1', '--stat', '--format=%h %s%n%n%(trailers)');
  await session.git('add', handoffs);
  await session.git('commit', '-m', 'Record the tests run in the ledger');

  session.say(
    "The merge: the pre-merge-commit hook runs `baton check` over the models' commits\n" +
      '(formatting, lint, style consistency, scope) before the merge commit is made.',
  );
  await session.git('switch', 'main');
  await session.git(
    'merge',
    '--no-ff',
    'feature/analytics-claude-tests',
    '-m',
    'Merge the analytics dashboard',
  );
  await session.git('log', '--graph', '--oneline', '--all');

  session.say('On main, the service compiles and the tests Claude wrote pass.');
  await session.nx('run', `${project}:test`);
}

/** The security review's findings by agreement: the report up to the answers as written. */
function reviewSummary(workspace: string): string {
  const report = readFileSync(
    join(workspace, projectRoot, 'handoffs', 'reports', '003-security-review.md'),
    'utf8',
  );
  const body = report.slice(report.indexOf('\n---\n', 4) + '\n---\n'.length);
  return `\n${body.slice(0, body.indexOf('## Each answer as written')).trim()}\n`;
}

/** Adds GPT as a second reviewer of the security review, in the map `init` wrote into nx.json. */
function addSecondReviewer(workspace: string): void {
  const file = join(workspace, 'nx.json');
  const nxJson = JSON.parse(readFileSync(file, 'utf8')) as {
    plugins: Array<string | { plugin: string; options?: { phases: Record<string, object> } }>;
  };
  for (const plugin of nxJson.plugins) {
    if (typeof plugin === 'string' || plugin.plugin !== '@baton/nx' || !plugin.options) continue;
    const review: Record<string, unknown> = { ...plugin.options.phases['security-review'] };
    // Each reviewer answers for itself: a second reviewer replaces the fallback.
    delete review['fallback'];
    plugin.options.phases['security-review'] = { ...review, models: ['claude', 'gpt'] };
  }
  writeFileSync(file, `${JSON.stringify(nxJson, null, 2)}\n`);
}

/** The ledger, and the commands to look around the workspace the relay left. */
async function lookAround(session: DemoSession): Promise<void> {
  session.say('What each phase cost, from the ledger:');
  await session.baton('ledger');
  session.say(
    [
      'The relay is done. Look around:',
      `  cd ${session.workspace}`,
      '  git log --graph --all --format="%h %s%n%(trailers)"',
      `  npx baton blame ${projectRoot}/src/api-routes.ts`,
      `  npx baton trace export    (the Agent Trace record of each model commit, from git notes)`,
      `  npx baton ledger`,
      `  npx baton report    (one HTML page: timeline, cost, who wrote which lines, findings)`,
      `  cat ${handoffs}/002-architecture-to-data-processing.md`,
    ].join('\n'),
  );
}
