import { createWorkspace } from '@baton/testing/workspace';
import { ratio, sideBySide, type BenchRow } from './bench';

const rounds = 10;
const libraries = 20;

/** `nx show projects` in the e2e workspace with Baton's plugin registered vs the same workspace without it. */
export async function run(): Promise<BenchRow[]> {
  const plain = createWorkspace();
  const withBaton = createWorkspace();
  try {
    for (const ws of [plain, withBaton]) {
      for (let i = 0; i < libraries; i++) ws.addLibrary(`lib-${i}`);
      ws.write('packages/lib-0/handoffs/FEATURE.md', '# Feature\n\nUser analytics dashboard.\n');
      ws.commitAll('Add a feature');
    }
    withBaton.updateJson<{ plugins: unknown[] }>('nx.json', (nxJson) => {
      nxJson.plugins.push('@baton/nx');
    });
    withBaton.commitAll('Register Baton');

    // The project graph is recomputed on every call, so each run pays for every plugin.
    const env = { NX_CACHE_PROJECT_GRAPH: 'false' };
    const showProjects = (ws: typeof plain) => () => {
      const result = ws.nx(['show', 'projects'], { env });
      if (result.code !== 0) throw new Error(result.output);
    };
    const {
      ratio: value,
      subjectMs,
      baselineMs,
    } = await sideBySide(rounds, showProjects(withBaton), showProjects(plain));
    return [
      {
        benchmark: 'project graph overhead',
        subject: 'nx show projects, @baton/nx registered',
        baseline: 'same workspace without Baton',
        figure: ratio(value),
        notes: `median of ${rounds}: ${subjectMs.toFixed(0)} vs ${baselineMs.toFixed(0)} ms, ${libraries + 1} projects`,
      },
    ];
  } finally {
    plain.dispose();
    withBaton.dispose();
  }
}
