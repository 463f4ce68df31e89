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

/**
 * Commands the demo runs in the workspace: no daemon left behind, no Nx Cloud, no TUI, and Nx's
 * copy of its native binding (23 MB) beside the workspace, so that removing the demo's folder
 * removes it too, where Nx would keep it in the machine's temp folder for good.
 */
function workspaceEnv(
  workspace: string,
  env: NodeJS.ProcessEnv,
  color: boolean,
): NodeJS.ProcessEnv {
  const kept = Object.fromEntries(
    Object.entries(env).filter(([name]) => !name.startsWith('NX_') && !name.startsWith('VITEST')),
  );
  return {
    ...kept,
    NX_DAEMON: 'false',
    NX_NO_CLOUD: 'true',
    NX_TUI: 'false',
    NX_NATIVE_FILE_CACHE_DIRECTORY: join(workspace, '..', 'nx-native-cache'),
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
 * four phases (GPT plans, Gemini writes the data processing, Claude and GPT review, Claude writes
 * tests), the human's commits between them, and the merge through the pre-merge gate. Every command
 * is printed before it runs; the first that fails stops the demo with a {@link DemoStepError}.
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
    workspaceEnv(workspace, providers.env, options.out.isTTY === true),
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

/** The acceptance criteria the first handoff writes into FEATURE.md; every gate tallies them. */
const criteria = [
  'Metrics, trends and export answer in under 2s over 10M+ events',
  'Aggregation runs in PostgreSQL, one query per request',
  'Date ranges are validated and limited by role',
  'The service has tests for validation, aggregation, trends and export, and they pass',
];

async function relay(session: DemoSession): Promise<void> {
  session.say('Install Baton in the workspace: the plugin, the collaboration map, the git hooks.');
  await session.nx('g', '@baton/nx:init');
  await session.git('add', '-A');
  await session.git('commit', '-m', 'Add Baton');

  session.say(
    'The security review gets a second pair of eyes from another vendor: one line of the map in\n' +
      'nx.json names two reviewers, Claude and GPT. They answer in parallel, and the report lists\n' +
      'their findings by how many agree.',
  );
  session.edit('nx.json', addSecondReviewer);
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

  await oneCommand(session.copy('dashboard-one-command'));
  await gateByGate(session);
}

/** The first handoff: the goal and the acceptance criteria, which FEATURE.md keeps. */
async function startFeature(session: DemoSession): Promise<void> {
  await session.nx(
    'g',
    'handoff',
    '--project',
    project,
    '--goal',
    goal,
    ...criteria.flatMap((criterion) => ['--criteria', criterion]),
  );
}

/** The seed's relay in one command: every phase, no gate, in a copy of the workspace. */
async function oneCommand(session: DemoSession): Promise<void> {
  session.say(
    'THE RELAY IN ONE COMMAND, in a copy of this workspace. The first handoff carries the goal and\n' +
      'the acceptance criteria; `relay --no-gates` then conducts all four phases: for each one a\n' +
      'handoff (drafted by the model that finished the phase before), a branch, the run, a commit.',
  );
  await startFeature(session);
  await session.nx('run', `${project}:relay`, '--no-gates');
  await session.baton('status', project);
}

/** The same relay as a person conducts it: a review at every gate, one drafted handoff edited. */
async function gateByGate(session: DemoSession): Promise<void> {
  session.say(
    'THE RELAY GATE BY GATE, in the first workspace: the relay stops after each phase, shows what\n' +
      'the phase did, its cost, findings and criteria, and the commands to go on.',
  );
  await startFeature(session);
  await session.nx('run', `${project}:relay`);

  session.say('The person reads the plan, and the handoff GPT drafted for Gemini, then goes on.');
  await session.cat(`${handoffs}/002-architecture-to-data-processing.md`);
  await session.nx('run', `${project}:relay`);
  session.say(
    "Gemini's commit is reviewed at the gate; the relay goes on to the security review, Claude and\n" +
      "GPT at once: the gate shows each reviewer's cost and the findings by agreement.",
  );
  await session.nx('run', `${project}:relay`);

  const tests = `${handoffs}/004-security-review-to-tests.md`;
  session.say(
    `Before the tests phase, the person edits the handoff Claude drafted (${tests}):\n` +
      'the tests must use node:test, with no new dependency.',
  );
  session.edit(tests, (text) =>
    text.replace(
      /(\*\*Key Context\*\*:\n\n(?:- .*\n)*)/,
      '$1- Test runner: node:test and node:assert, no new dependencies\n',
    ),
  );
  await session.git('diff', '--', tests);
  await session.nx('run', `${project}:relay`);
  await session.git('log', '--oneline', 'main..HEAD');
  await session.baton('status', project);

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

/**
 * The map edit a person makes to have GPT review beside Claude: the security review's fallback
 * becomes a second reviewer (each reviewer answers alone, so `models` takes no fallback).
 */
function addSecondReviewer(nxJson: string): string {
  return nxJson.replace(
    /("security-review": \{[^}]*?)"fallback": \["gpt"\]/,
    '$1"models": ["claude", "gpt"]',
  );
}

/** The ledger, and the commands to look around the workspace the relay left. */
async function lookAround(session: DemoSession): Promise<void> {
  session.say('What each phase cost, from the ledger (the security review once per reviewer):');
  await session.baton('ledger');
  session.say(
    [
      'The relay is done. Look around:',
      `  cd ${session.workspace}`,
      '  git log --graph --all --format="%h %s%n%(trailers)"',
      `  npx baton blame ${projectRoot}/src/api-routes.ts`,
      `  npx baton ledger`,
      `  npx baton report    (one HTML page: timeline, cost, who wrote which lines, findings)`,
      `  npx baton status ${project}`,
      `  cat ${handoffs}/004-security-review-to-tests.md   (drafted by Claude, edited by the person)`,
    ].join('\n'),
  );
}
