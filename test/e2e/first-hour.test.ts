import { emulatorForTests } from '@baton/testing';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createWorkspace, type RunResult, type Workspace } from '@baton/testing/workspace';
import { handoffs, map, nx, registerTestMap } from './phase-workspace';

const goal = 'User analytics dashboard: real-time metrics, trends and CSV export';

/** A model reply that writes one small, lint-clean and formatted source file of the project. */
const edits = (file: string, name: string) =>
  [
    '=== baton:write packages/analytics/src/' + file,
    `export function ${name}(rows: number[]): number {\n  return rows.length;\n}`,
    '=== baton:end',
  ].join('\n');

const replies = [
  { phase: 'architecture', text: '## Design\n\n- A `metrics` module aggregates events by day.\n' },
  { phase: 'data-processing', text: edits('metrics.ts', 'total') },
  { phase: 'security-review', text: '## Findings\n\n- No user input reaches a query.\n' },
  { phase: 'tests', text: edits('count.ts', 'count') },
];

type PluginEntry = string | { plugin: string; options?: unknown };

/** A stock workspace set up by `nx g @baton/nx:init`, with the test map and a library, committed. */
function initialisedWorkspace(): Workspace {
  const ws = createWorkspace(inject('workspaceTemplate'));
  const init = ws.nx(['g', '@baton/nx:init']);
  if (init.code !== 0) throw new Error(`nx g @baton/nx:init failed:\n${init.output}`);
  registerTestMap(ws);
  ws.commitAll('Set up Baton');
  ws.addLibrary('analytics');
  return ws;
}

/** The one command a "Next:" line names, as argv (none after the relay's last phase). */
function nextCommand(output: string): string[] | null {
  const next = /Next: `(nx [^`]+)`/.exec(output);
  return next ? next[1]!.split(' ') : null;
}

describe('the first hour of a new user', () => {
  const emulator = emulatorForTests();
  let ws: Workspace | undefined;

  afterEach(() => ws?.dispose());

  it('completes the relay by hand following only the printed "Next:" lines', async () => {
    ws = initialisedWorkspace();
    emulator.setScript({ replies });
    const outputs: string[] = [];
    const step = async (argv: string[]): Promise<RunResult> => {
      const result = await nx(ws!, argv.slice(1), emulator.env);
      outputs.push(result.output);
      expect(result.code, `${argv.join(' ')}\n${result.output}`).toBe(0);
      return result;
    };

    let result = await step(['nx', 'g', 'handoff', '--project', 'analytics', '--goal', goal]);
    const first = ws.read(`${handoffs}/001-start-to-architecture.md`);
    expect(first).toContain('**Files to Reference**:\n\n- src/index.ts (structure only)\n');

    // A second handoff before architecture ran would skip it: refused, naming the command that runs it.
    const before = ws.git('status', '--porcelain');
    const skipped = await nx(ws, ['g', 'handoff', '--project', 'analytics'], emulator.env);
    expect(skipped.code).not.toBe(0);
    expect(skipped.output).toContain(
      '"architecture" has not run since 001-start-to-architecture.md (no ledger line, no report, no commit of it)',
    );
    expect(skipped.output).toContain('Run it with `nx run @ws/analytics:architecture`');
    expect(skipped.output).toContain('`nx g handoff --project @ws/analytics --force`');
    expect(ws.git('status', '--porcelain')).toBe(before);

    const branches: string[] = [];
    for (let command = nextCommand(result.output); command; command = nextCommand(result.output)) {
      result = await step(command);
      if (command[1] === 'g' && command[2] === 'phase-branch') {
        branches.push(ws.git('branch', '--show-current'));
      }
      expect(outputs.length, outputs.join('\n')).toBeLessThan(20);
    }
    expect(result.output).toContain("Next: tests was the relay's last phase.");
    expect(branches).toEqual([
      'feature/analytics-gpt-architecture',
      'feature/analytics-gemini-data-processing',
      'feature/analytics-claude-security-review',
      'feature/analytics-claude-tests',
    ]);
    expect(emulator.requests.map((request) => request.phase)).toEqual([
      'architecture',
      'data-processing',
      'security-review',
      'tests',
    ]);
    // The first handoff sent the project's public API as an outline.
    expect(JSON.stringify(emulator.requests[0]!.body)).toContain('export const analytics');
    // The second handoff carries architecture's report on.
    expect(ws.read(`${handoffs}/002-architecture-to-data-processing.md`)).toContain(
      '- handoffs/reports/001-architecture.md\n',
    );
    const ledger = ws.read(`${handoffs}/ledger.jsonl`).trim().split('\n');
    expect(ledger.map((line) => JSON.parse(line) as { outcome: string; phase: string })).toEqual(
      ['architecture', 'data-processing', 'security-review', 'tests'].map((phase) =>
        expect.objectContaining({ phase, outcome: 'success' }),
      ),
    );
    expect(ws.git('log', '--format=%s', 'main..HEAD').split('\n')).toEqual(
      expect.arrayContaining([
        'Hand the feature to architecture',
        'Hand the feature to data-processing',
        'Hand the feature to security-review',
        'Hand the feature to tests',
      ]),
    );
    expect(outputs.join('\n')).not.toMatch(/stash/);

    // init set the workspace up: no empty "dependencies", Baton's local output ignored.
    expect(ws.read('package.json')).not.toMatch(/"dependencies": \{\s*\}/);
    expect(ws.read('.gitattributes')).toContain('**/handoffs/ledger.jsonl merge=union\n');
    // `baton report` writes its page where git does not see it.
    const report = ws.baton(['report']);
    expect(report.code, report.output).toBe(0);
    expect(ws.exists('.baton/report/index.html')).toBe(true);
    expect(ws.git('status', '--porcelain', '--untracked-files=all', '.baton')).toBe('');

    // Two branches that both append runs merge their ledgers without a conflict.
    ws.git('add', '-A');
    ws.git('commit', '-q', '--no-verify', '-m', 'Record the last run');
    ws.git('switch', '-q', '-c', 'feature/one');
    ws.write(`${handoffs}/ledger.jsonl`, `${ws.read(`${handoffs}/ledger.jsonl`)}{"run":"one"}\n`);
    ws.git('commit', '-q', '--no-verify', '-am', 'Run one');
    ws.git('switch', '-q', '-');
    ws.write(`${handoffs}/ledger.jsonl`, `${ws.read(`${handoffs}/ledger.jsonl`)}{"run":"two"}\n`);
    ws.git('commit', '-q', '--no-verify', '-am', 'Run two');
    const merged = ws.run('git', ['merge', '--no-verify', '--no-edit', 'feature/one']);
    expect(merged.code, merged.output).toBe(0);
    expect(ws.read(`${handoffs}/ledger.jsonl`)).toMatch(/\{"run":"two"\}\n\{"run":"one"\}\n$/);
  });

  it('keeps Nx working with a typo in the map, and every Baton command names it', async () => {
    ws = createWorkspace(inject('workspaceTemplate'));
    ws.updateJson<{ plugins: PluginEntry[] }>('nx.json', (nxJson) => {
      nxJson.plugins.push({
        plugin: '@baton/nx',
        options: {
          ...map,
          phases: { ...map.phases, architecture: { model: 'gtp', produces: 'report' } },
        },
      });
    });
    ws.commitAll('Register Baton with a typo');
    ws.addLibrary('analytics');
    ws.write(`${handoffs}/FEATURE.md`, '# Analytics\n\nMetrics.\n');
    ws.commitAll('Start a feature');
    const problem = 'phases.architecture.model is "gtp", which is not a model alias';

    const projects = ws.nx(['show', 'projects']);
    expect(projects.code, projects.output).toBe(0);
    expect(projects.stdout).toContain('@ws/analytics');
    expect(projects.output).toContain('Baton infers no phase targets until its map is fixed.');
    expect(projects.output.split(problem)).toHaveLength(2);

    const handoff = ws.generate('handoff', { project: 'analytics', interactive: false });
    expect(handoff.code).not.toBe(0);
    expect(handoff.output).toContain(problem);
    const branch = ws.generate('phase-branch', { project: 'analytics', phase: 'tests' });
    expect(branch.code).not.toBe(0);
    expect(branch.output).toContain(problem);

    const help = ws.nx(['g', 'handoff', '--help']);
    expect(help.output).toMatch(/--context\s+.*\[string\] OR \[array\]/);
    expect(help.output).not.toContain('[undefined]');
  });
});
