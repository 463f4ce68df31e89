// The cost of Baton's Nx glue: a phase run against a trivial target.
import { startEmulator } from '@baton/provider-emulator';
import type { Workspace } from '@baton/testing/workspace';
import { featureWorkspace, nx, project } from '../test/e2e/phase-workspace';
import { prepareWorkspaceTemplate } from '../tools/workspace/template';
import { aimed, aimRounds, sideBySide, type BenchRow } from './bench';

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
    const measured = await sideBySide(aimRounds, phase, trivial);
    return {
      benchmark: 'executor overhead',
      subject: 'nx run f:security-review (emulator)',
      baseline: 'nx run f:noop (echo)',
      ...aimed(1.2, measured),
      notes: `median of ${aimRounds}: ${measured.subjectMs.toFixed(0)} vs ${measured.baselineMs.toFixed(0)} ms, cache off, ${emulator.requests.length} requests`,
    };
  } finally {
    ws.dispose();
    await emulator.close();
  }
}

export async function run(): Promise<BenchRow[]> {
  const template = prepareWorkspaceTemplate();
  return [await executorOverhead(template)];
}
