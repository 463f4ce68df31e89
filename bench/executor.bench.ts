// The cost of Baton's Nx glue: a phase run against a trivial target.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startEmulator, type Emulator } from '@baton/provider-emulator';
import { tempFolder } from '@baton/testing';
import type { Workspace } from '@baton/testing/workspace';
import { featureWorkspace, nx, project } from '../test/e2e/phase-workspace';
import { prepareWorkspaceTemplate } from '../tools/workspace/template';
import {
  aimed,
  aimRounds,
  compare,
  interleaved,
  median,
  ratio,
  spread,
  type BenchRow,
} from './bench';

async function succeed(ws: Workspace, args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = await nx(ws, args, env);
  if (result.code !== 0) throw new Error(`nx ${args.join(' ')} failed:\n${result.output}`);
}

/** A workspace handed off to security-review and an emulator that answers it, both gone after `work`. */
async function inReviewWorkspace<T>(
  template: string,
  work: (ws: Workspace, emulator: Emulator) => Promise<T>,
): Promise<T> {
  const emulator = await startEmulator({
    script: { replies: [{ phase: 'security-review', text: '## Findings\n\nNone.\n' }] },
  });
  const ws = featureWorkspace(
    template,
    { phase: 'data-processing', model: 'gemini' },
    { phase: 'security-review', model: 'claude' },
  );
  try {
    return await work(ws, emulator);
  } finally {
    ws.dispose();
    await emulator.close();
  }
}

/**
 * An installed executor that does nothing: what Nx charges any plugin executor (its forked process,
 * the executor's resolution), so that Baton's own share of a phase run can be told apart.
 * Installed under node_modules, as Baton is.
 */
const noopExecutor = {
  'package.json': '{"name":"@bench/noop-executor","executors":"./executors.json"}\n',
  'executors.json':
    '{"executors":{"noop":{"implementation":"./executor.js","schema":"./schema.json"}}}\n',
  'schema.json': '{"version":2,"type":"object","properties":{}}\n',
  'executor.js': 'exports.default = async function noop() {\n  return { success: true };\n};\n',
};

/**
 * `nx run f:security-review` against the emulator, Nx's cache off, vs a target that only echoes
 * (run by Nx in its own process), and both vs a no-op custom executor (forked, as any plugin's is).
 */
function executorOverhead(template: string): Promise<BenchRow[]> {
  return inReviewWorkspace(template, async (ws, emulator) => {
    for (const [name, text] of Object.entries(noopExecutor)) {
      ws.write(`node_modules/@bench/noop-executor/${name}`, text);
    }
    ws.updateJson<{ nx?: object }>('packages/analytics/package.json', (pkg) => {
      pkg.nx = {
        targets: {
          noop: { command: 'echo ok', cache: false },
          'noop-executor': { executor: '@bench/noop-executor:noop', cache: false },
        },
      };
    });
    ws.commitAll('Add trivial targets');
    // --rerun: each round calls the model, not the kept report of the round before.
    const times = await interleaved(aimRounds, {
      phase: () =>
        succeed(
          ws,
          ['run', `${project}:security-review`, '--skip-nx-cache', '--rerun'],
          emulator.env,
        ),
      echo: () => succeed(ws, ['run', `${project}:noop`, '--skip-nx-cache']),
      custom: () => succeed(ws, ['run', `${project}:noop-executor`, '--skip-nx-cache']),
    });
    const overEcho = compare(times.phase, times.echo);
    const floor = compare(times.custom, times.echo);
    const overCustom = compare(times.phase, times.custom);
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    return [
      {
        benchmark: 'executor overhead',
        subject: 'nx run f:security-review (emulator)',
        baseline: 'nx run f:noop (echo)',
        ...aimed(1.2, overEcho),
        notes: `median of ${aimRounds}: ${ms(overEcho.subjectMs)} vs ${ms(overEcho.baselineMs)}, cache off, ${emulator.requests.length} requests`,
      },
      {
        benchmark: 'executor overhead',
        subject: 'nx run f:noop-executor (custom, returns success)',
        baseline: 'nx run f:noop (echo)',
        figure: ratio(floor.ratio),
        noise: floor.noise,
        notes: `Nx's floor for any plugin executor: +${ms(floor.subjectMs - floor.baselineMs)} (${ms(floor.subjectMs)} vs ${ms(floor.baselineMs)}), median of ${aimRounds}`,
      },
      {
        benchmark: 'executor overhead',
        subject: 'nx run f:security-review (emulator)',
        baseline: 'nx run f:noop-executor (custom)',
        figure: ratio(overCustom.ratio),
        noise: overCustom.noise,
        notes: `Baton's own share: +${ms(overCustom.subjectMs - overCustom.baselineMs)} over the floor, median of ${aimRounds}`,
      },
    ];
  });
}

interface ProbeMark {
  ms: number;
  modules: number;
}
type Probe = Record<'required' | 'called' | 'phase' | 'exit', ProbeMark>;

/**
 * Inside `nx run f:security-review`: from Nx requiring the phase executor to the phase reading its
 * handoffs (its first own step), and the modules loaded by then and by the run's end, through a
 * preloaded probe (executor-probe.mjs).
 */
function executorStartup(template: string): Promise<BenchRow> {
  return inReviewWorkspace(template, async (ws, emulator) => {
    const folder = tempFolder('baton-probe-');
    const out = folder.path('probe.jsonl');
    try {
      const probe = join(import.meta.dirname, 'executor-probe.mjs');
      for (let i = 0; i < aimRounds; i++) {
        await succeed(ws, ['run', `${project}:security-review`, '--skip-nx-cache', '--rerun'], {
          ...emulator.env,
          NODE_OPTIONS: `--import ${pathToFileURL(probe)}`,
          BATON_PROBE_OUT: out,
        });
      }
      const probes = readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Probe);
      if (probes.length !== aimRounds || probes.some((marks) => !marks.phase))
        throw new Error(`the probe saw ${probes.length} executor runs of ${aimRounds}:\n${probes}`);
      const startup = probes.map((marks) => marks.phase.ms - marks.required.ms);
      const ms = median(startup);
      // Baton's whole share inside the process: the model call and the report included.
      const whole = median(probes.map((marks) => marks.exit.ms - marks.required.ms));
      const modules = (mark: keyof Probe) =>
        median(probes.map((marks) => marks[mark].modules - marks.required.modules));
      return {
        benchmark: 'executor start-up',
        subject: 'Nx requiring the phase executor to the phase reading its handoffs',
        baseline: '50 ms',
        figure: `${ms.toFixed(0)} ms`,
        unit: 'ms',
        aim: 50,
        value: ms,
        noise: spread(startup),
        notes: `median of ${aimRounds}; modules loaded: ${modules('called')} by the call, ${modules('phase')} by the handoffs, ${modules('exit')} by the end, ${whole.toFixed(0)} ms after the require`,
      };
    } finally {
      folder.dispose();
    }
  });
}

export async function run(): Promise<BenchRow[]> {
  const template = prepareWorkspaceTemplate();
  return [await executorStartup(template), ...(await executorOverhead(template))];
}
