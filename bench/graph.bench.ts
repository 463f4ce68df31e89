// The project graph at scale with Baton's plugin registered, cold (no target cache) and warm, vs
// the same workspace without it and with a plugin that infers nothing.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { renderFeature, renderHandoff } from '@baton/relay';
import { createWorkspace, type Workspace } from '@baton/testing/workspace';
import { map, nx } from '../test/e2e/phase-workspace';
import { prepareWorkspaceTemplate } from '../tools/workspace/template';
import { aimed, aimRounds, compare, interleaved, type BenchRow } from './bench';

const projects = 500;
const features = 50;

async function succeed(ws: Workspace, args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = await nx(ws, args, env);
  if (result.code !== 0) throw new Error(`nx ${args.join(' ')} failed:\n${result.output}`);
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

/** Drops Baton's target cache from Nx's workspace data, so that the next graph infers every feature. */
function dropTargetCache(ws: Workspace): void {
  const data = ws.path('.nx/workspace-data');
  for (const name of existsSync(data) ? readdirSync(data) : []) {
    if (name.startsWith('baton-targets-')) rmSync(join(data, name));
  }
}

export async function run(): Promise<BenchRow[]> {
  const template = prepareWorkspaceTemplate();
  const plain = largeWorkspace(template, 'none');
  const withBaton = largeWorkspace(template, 'baton');
  const withNoop = largeWorkspace(template, 'noop');
  try {
    // The project graph is recomputed on every call, so each run pays for every plugin.
    const env = { NX_CACHE_PROJECT_GRAPH: 'false' };
    const targets = await nx(withBaton, ['show', 'project', '@ws/lib-0', '--json'], env);
    if (!targets.stdout.includes('"security-review"')) throw new Error(targets.output);
    const show = (ws: Workspace) => () => succeed(ws, ['show', 'projects'], env);
    const times = await interleaved(aimRounds, {
      cold: async () => {
        dropTargetCache(withBaton);
        await show(withBaton)();
      },
      warm: show(withBaton),
      none: show(plain),
      noop: show(withNoop),
    });
    const scale = `${projects} projects, ${features} features`;
    return (['cold', 'warm'] as const).flatMap((cache) =>
      (
        [
          ['none', 'same workspace without Baton', 1.05],
          ['noop', 'same workspace with a plugin that infers nothing', 1.02],
        ] as const
      ).map(([baseline, label, aim]): BenchRow => {
        const measured = compare(times[cache], times[baseline]);
        return {
          benchmark: 'project graph overhead at scale',
          subject: `nx show projects, @baton/nx registered, ${cache} target cache`,
          baseline: label,
          ...aimed(aim, measured),
          notes: `median of ${aimRounds}: ${measured.subjectMs.toFixed(0)} vs ${measured.baselineMs.toFixed(0)} ms, ${scale}`,
        };
      }),
    );
  } finally {
    plain.dispose();
    withBaton.dispose();
    withNoop.dispose();
  }
}
