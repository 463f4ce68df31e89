import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWorkspace, type Workspace } from '@baton/testing/workspace';
import { aimed, aimRounds, sideBySide, type BenchRow } from './bench';

const projects = 500;

/** 500 package.json-only projects, written straight to disk and committed once (no generator runs). */
function addProjects(ws: Workspace): void {
  for (let i = 0; i < projects; i++) {
    const root = ws.path(`packages/p-${String(i).padStart(3, '0')}`);
    mkdirSync(join(root, 'src'), { recursive: true });
    writeFileSync(
      join(root, 'package.json'),
      `${JSON.stringify({ name: `@ws/p-${String(i).padStart(3, '0')}`, version: '0.0.1', private: true })}\n`,
    );
    writeFileSync(join(root, 'src', 'index.ts'), `export const p${i} = ${i};\n`);
  }
  ws.commitAll(`Add ${projects} projects`);
}

/**
 * `nx g handoff` (the second handoff of a feature, on its phase branch, filled in from git) in a
 * workspace of 500 projects vs Nx's own `nx g @nx/js:library --dry-run` there.
 */
export async function run(): Promise<BenchRow[]> {
  const ws = createWorkspace();
  try {
    ws.updateJson<{ plugins: unknown[] }>('nx.json', (nxJson) => {
      nxJson.plugins.push({ plugin: '@baton/nx', options: {} });
    });
    ws.commitAll('Register Baton');
    addProjects(ws);
    ws.addLibrary('analytics', { 'schema.sql': 'create table user_events (id int);\n' });
    const first = ws.generate('handoff', {
      project: 'analytics',
      goal: 'User analytics dashboard: metrics',
    });
    if (first.code !== 0) throw new Error(first.output);
    ws.commitAll('Start the analytics feature');
    ws.git('switch', '-q', '-c', 'feature/analytics-gpt-architecture');
    ws.write('packages/analytics/docs/architecture.md', '# Architecture\n');
    ws.commitAll('Design the dashboard');

    const written = ws.path('packages/analytics/handoffs/002-architecture-to-data-processing.md');
    const handoff = () => {
      const result = ws.generate('handoff', { project: 'analytics', interactive: false });
      if (result.code !== 0) throw new Error(result.output);
      rmSync(written);
    };
    const library = () => {
      const result = ws.nx([
        'g',
        '@nx/js:library',
        'packages/newlib',
        '--bundler=tsc',
        '--unitTestRunner=none',
        '--linter=none',
        '--dry-run',
        '--no-interactive',
      ]);
      if (result.code !== 0) throw new Error(result.output);
    };
    const measured = await sideBySide(aimRounds, handoff, library);
    return [
      {
        benchmark: 'nx g handoff',
        subject: `nx g handoff (2nd handoff, git defaults), ${projects + 1} projects`,
        baseline: 'nx g @nx/js:library --dry-run, same workspace',
        ...aimed(1.0, measured),
        notes: `median of ${aimRounds}: ${measured.subjectMs.toFixed(0)} vs ${measured.baselineMs.toFixed(0)} ms`,
      },
    ];
  } finally {
    ws.dispose();
  }
}
