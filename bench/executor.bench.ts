// The cost of Baton's Nx glue: a phase run against a trivial target, and the project graph with the plugin.
import { renderFeature, renderHandoff } from '@baton/relay';
import { startEmulator } from '@baton/provider-emulator';
import { createWorkspace, type Workspace } from '@baton/testing/workspace';
import { featureWorkspace, map, nx, project } from '../test/e2e/phase-workspace';
import { prepareWorkspaceTemplate } from '../tools/workspace/template';
import { ratio, sideBySide, type BenchRow } from './bench';

const runRounds = 5;
const graphRounds = 5;
const projects = 500;
const features = 50;

async function succeed(ws: Workspace, args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = await nx(ws, args, env);
  if (result.code !== 0) throw new Error(`nx ${args.join(' ')} failed:\n${result.output}`);
}

/** `nx run f:security-review` against the emulator, Nx's cache off, vs a target that only echoes. */
async function executorOverhead(template: string): Promise<BenchRow> {
  const emulator = await startEmulator({
    script: { replies: [{ phase: 'security-review', text: '## Findings\n\nNone.\n' }] },
  });
  const ws = featureWorkspace(
    template,
    { phase: 'data-processing', model: 'gemini' },
    { phase: 'security-review', model: 'claude' },
  );
  try {
    ws.updateJson<{ nx?: object }>('packages/analytics/package.json', (pkg) => {
      pkg.nx = { targets: { noop: { command: 'echo ok', cache: false } } };
    });
    ws.commitAll('Add a trivial target');
    const phase = () =>
      succeed(ws, ['run', `${project}:security-review`, '--skip-nx-cache'], emulator.env);
    const trivial = () => succeed(ws, ['run', `${project}:noop`, '--skip-nx-cache']);
    const { ratio: value, subjectMs, baselineMs } = await sideBySide(runRounds, phase, trivial);
    return {
      benchmark: 'executor overhead',
      subject: 'nx run f:security-review (emulator)',
      baseline: 'nx run f:noop (echo)',
      figure: ratio(value),
      notes: `median of ${runRounds}: ${subjectMs.toFixed(0)} vs ${baselineMs.toFixed(0)} ms, cache off, ${emulator.requests.length} requests`,
    };
  } finally {
    ws.dispose();
    await emulator.close();
  }
}

/**
 * An installed plugin that matches Baton's files and infers nothing: what registering any Nx
 * plugin costs (its worker process), so that Baton's own share of the graph time can be told apart.
 * Installed under node_modules, as Baton is: a workspace-local plugin file loads more slowly.
 */
const noopPlugin = `exports.createNodes = ['**/handoffs/FEATURE.md', async () => []];\n`;

/** 500 projects, 50 of them features with a handoff each: the same files under each plugin setup. */
function largeWorkspace(template: string, plugin: 'none' | 'baton' | 'noop'): Workspace {
  const ws = createWorkspace(template);
  for (let i = 0; i < projects; i++) {
    const root = `packages/lib-${i}`;
    ws.write(
      `${root}/package.json`,
      `${JSON.stringify({ name: `@ws/lib-${i}`, version: '0.0.1', private: true })}\n`,
    );
    ws.write(`${root}/src/index.ts`, `export const lib${i} = ${i};\n`);
    if (i % (projects / features) !== 0) continue;
    ws.write(
      `${root}/handoffs/FEATURE.md`,
      renderFeature({ title: `Feature ${i}`, vision: 'Metrics.' }),
    );
    ws.write(
      `${root}/handoffs/001-start-to-architecture.md`,
      renderHandoff({
        number: 1,
        feature: `lib-${i}`,
        from: { phase: 'start', model: 'human' },
        to: { phase: 'architecture', model: 'gpt' },
        base: 'abc1234',
        created: '2026-11-26T10:00:00Z',
        featureTitle: `Feature ${i}`,
        completed: 'Nothing yet',
        nextPhase: 'architecture',
        keyContext: [],
        files: [{ path: 'src/index.ts', structureOnly: true }],
      }),
    );
  }
  if (plugin === 'noop') {
    ws.write(
      'node_modules/@bench/noop-plugin/package.json',
      '{"name":"@bench/noop-plugin","main":"index.js"}\n',
    );
    ws.write('node_modules/@bench/noop-plugin/index.js', noopPlugin);
  }
  if (plugin !== 'none') {
    ws.updateJson<{ plugins: unknown[] }>('nx.json', (nxJson) => {
      nxJson.plugins.push(
        plugin === 'baton' ? { plugin: '@baton/nx', options: map } : '@bench/noop-plugin',
      );
    });
  }
  ws.commitAll('Add the projects');
  return ws;
}

async function graphOverhead(template: string): Promise<BenchRow[]> {
  const plain = largeWorkspace(template, 'none');
  const withBaton = largeWorkspace(template, 'baton');
  const withNoop = largeWorkspace(template, 'noop');
  try {
    // The project graph is recomputed on every call, so each run pays for every plugin.
    const env = { NX_CACHE_PROJECT_GRAPH: 'false' };
    const targets = await nx(withBaton, ['show', 'project', '@ws/lib-0', '--json'], env);
    if (!targets.stdout.includes('"security-review"')) throw new Error(targets.output);
    const show = (ws: Workspace) => () => succeed(ws, ['show', 'projects'], env);
    const scale = `${projects} projects, ${features} features`;
    const rows: BenchRow[] = [];
    for (const [baseline, ws] of [
      ['same workspace without Baton', plain],
      ['same workspace with a plugin that infers nothing', withNoop],
    ] as const) {
      const {
        ratio: value,
        subjectMs,
        baselineMs,
      } = await sideBySide(graphRounds, show(withBaton), show(ws));
      rows.push({
        benchmark: 'project graph overhead at scale',
        subject: 'nx show projects, @baton/nx registered',
        baseline,
        figure: ratio(value),
        notes: `median of ${graphRounds}: ${subjectMs.toFixed(0)} vs ${baselineMs.toFixed(0)} ms, ${scale}`,
      });
    }
    return rows;
  } finally {
    plain.dispose();
    withBaton.dispose();
    withNoop.dispose();
  }
}

export async function run(): Promise<BenchRow[]> {
  const template = prepareWorkspaceTemplate();
  return [await executorOverhead(template), ...(await graphOverhead(template))];
}
