import { stripVTControlCharacters } from 'node:util';
import { parseFeature, parseHandoff } from '@baton/relay';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { firstHandoffBody } from '@baton/testing';
import { createWorkspace, type Workspace } from '@baton/testing/workspace';

const goal = 'User analytics dashboard: real-time metrics, trend analysis, date filters and export';
const handoffs = 'packages/analytics/handoffs';

/** A workspace with Baton registered by hand (init is another issue's) and a feature project. */
function featureWorkspace(): Workspace {
  const ws = createWorkspace(inject('workspaceTemplate'));
  ws.updateJson<{ plugins: unknown[] }>('nx.json', (nxJson) => {
    nxJson.plugins.push({ plugin: '@baton/nx', options: {} });
  });
  ws.write('.gitignore', `${ws.read('.gitignore')}\n*.log\n`);
  ws.commitAll('Register Baton');
  ws.addLibrary('analytics', {
    'schema.sql': 'create table user_events (user_id int, created_at timestamptz);\n',
    'src/api-routes.ts': 'export function routes(): string[] {\n  return [];\n}\n',
  });
  return ws;
}

function handoff(ws: Workspace, name: string) {
  return parseHandoff(ws.read(`${handoffs}/${name}`), name);
}

describe('nx g handoff', () => {
  let ws: Workspace;
  const phaseBranch = (phase: string) =>
    ws.generate('phase-branch', { project: 'analytics', phase });
  beforeEach(() => {
    ws = featureWorkspace();
  });
  afterEach(() => ws.dispose());

  it('relays a feature: first handoff, phase branch, a commit, the next handoff, the next branch', () => {
    const first = ws.generate('handoff', {
      project: 'analytics',
      goal,
      context: 'Performance requirements: <2s query response time',
      interactive: false,
    });
    expect(first.code, first.output).toBe(0);
    const shown = stripVTControlCharacters(first.output);
    expect(shown).toContain(`CREATE ${handoffs}/FEATURE.md`);
    expect(shown).toContain(`CREATE ${handoffs}/001-start-to-architecture.md`);
    expect(shown).toContain(
      'Next: `nx g phase-branch --project @ws/analytics --phase architecture`',
    );
    expect(first.output).not.toMatch(/Which generator/);
    expect(parseFeature(ws.read(`${handoffs}/FEATURE.md`))).toEqual({
      title: 'User analytics dashboard',
      vision: goal,
    });
    expect(handoff(ws, '001-start-to-architecture.md')).toMatchObject({
      feature: 'analytics',
      from: { phase: 'start', model: 'human' },
      to: { phase: 'architecture', model: 'gpt' },
      base: ws.git('rev-parse', '--short', 'HEAD'),
      keyContext: ['Performance requirements: <2s query response time'],
    });

    const branch = phaseBranch('architecture');
    expect(branch.code, branch.output).toBe(0);
    expect(ws.git('branch', '--show-current')).toBe('feature/analytics-gpt-architecture');
    expect(ws.exists(`${handoffs}/001-start-to-architecture.md`)).toBe(true);

    ws.write(
      'packages/analytics/docs/architecture.md',
      '# Architecture\n\nWebSockets for live metrics.\n',
    );
    ws.commitAll('Design the dashboard architecture');

    const second = ws.generate('handoff', {
      project: 'analytics',
      context: 'Expected data volume: 10M+ records',
      interactive: false,
    });
    expect(second.code, second.output).toBe(0);
    const next = handoff(ws, '002-architecture-to-data-processing.md');
    // A person did the architecture: the handoff says so rather than naming its model.
    expect(next).toMatchObject({
      number: 2,
      from: { phase: 'architecture', model: 'human' },
      to: { phase: 'data-processing', model: 'gemini' },
      base: ws.git('rev-parse', '--short', 'HEAD'),
      completed: 'architecture: Design the dashboard architecture',
      keyContext: [
        'Performance requirements: <2s query response time',
        'Expected data volume: 10M+ records',
      ],
    });
    expect(next.files).toEqual([
      { path: 'src/index.ts', structureOnly: true },
      { path: 'docs/architecture.md', structureOnly: false },
    ]);
    expect(ws.read(`${handoffs}/002-architecture-to-data-processing.md`)).toContain(
      '## Handoff: human → gemini\n\n**Feature**: User analytics dashboard\n',
    );

    // Back on main, the next phase still starts from the architecture branch.
    ws.commitAll('Hand off to data processing');
    ws.git('switch', '-q', 'main');
    const chained = phaseBranch('data-processing');
    expect(chained.code, chained.output).toBe(0);
    expect(ws.git('branch', '--show-current')).toBe('feature/analytics-gemini-data-processing');
    expect(ws.git('rev-parse', 'HEAD')).toBe(
      ws.git('rev-parse', 'feature/analytics-gpt-architecture'),
    );
  });

  it('takes the qualified name, --files with structure-only entries, and --to', () => {
    const result = ws.generate('@baton/nx:handoff', {
      project: '@ws/analytics',
      goal,
      to: 'data-processing',
      completed: 'Architecture design, API structure',
      files: 'schema.sql,src/api-routes.ts:structure',
      interactive: false,
    });
    expect(result.code, result.output).toBe(0);
    expect(ws.read(`${handoffs}/001-start-to-data-processing.md`).split('---\n')[2]).toBe(
      firstHandoffBody(
        [],
        ['schema.sql', 'src/api-routes.ts (structure only)', 'src/index.ts (structure only)'],
      ),
    );
  });

  describe('refuses with a clear error, a non-zero exit and nothing written', () => {
    function refuses(args: string[], message: string): void {
      const before = ws.treeHash();
      const result = ws.nx(['g', 'handoff', ...args, '--no-interactive']);
      expect(result.code, result.output).not.toBe(0);
      expect(result.output.replace(/\s+/g, ' ')).toContain(message);
      expect(ws.treeHash()).toBe(before);
    }

    it('a first handoff without a goal', () => {
      refuses(['--project', 'analytics'], '@ws/analytics has no handoffs/FEATURE.md yet');
    });

    it('an unknown phase, listing the phases', () => {
      refuses(
        ['--project', 'analytics', '--goal', goal, '--to', 'deploy'],
        '"deploy" is not a phase of the collaboration map; its phases are: architecture, data-processing, security-review, tests.',
      );
    });

    it('a project that does not exist', () => {
      refuses(['--project', 'reporting', '--goal', goal], 'There is no project named "reporting"');
    });

    it('referenced files that are missing, outside, git-ignored or secret-looking', () => {
      ws.write('packages/analytics/debug.log', 'local\n');
      ws.write('packages/analytics/.env.local', 'API_KEY=fake-test-key\n');
      ws.write('packages/analytics/server.key', 'fake\n');
      const files = (list: string) => ['--project', 'analytics', '--goal', goal, '--files', list];
      refuses(
        files('schema.sql,nope.sql'),
        'The handoff cannot reference nope.sql: it does not exist',
      );
      refuses(files('../../../etc/hosts'), 'it is outside the workspace');
      refuses(files('debug.log'), 'The handoff cannot reference debug.log: it is git-ignored');
      refuses(files('.env.local'), 'cannot reference .env.local: it looks like it holds secrets');
      refuses(
        files('server.key:structure'),
        'cannot reference server.key: it looks like it holds secrets',
      );
    });

    it('a malformed collaboration map, naming the key path and the aliases', () => {
      ws.updateJson<{ plugins: Array<{ plugin?: string; options?: unknown }> }>(
        'nx.json',
        (nxJson) => {
          const entry = nxJson.plugins.find((plugin) => plugin.plugin === '@baton/nx')!;
          entry.options = { phases: { architecture: { model: 'gtp', produces: 'report' } } };
        },
      );
      ws.commitAll('Break the map');
      refuses(
        ['--project', 'analytics', '--goal', goal],
        'phases.architecture.model is "gtp", which is not a model alias; aliases: gpt, claude, gemini, local',
      );
    });
  });

  it('never overwrites a handoff: numbers stay dense', () => {
    expect(ws.generate('handoff', { project: 'analytics', goal }).code).toBe(0);
    // --force: architecture never ran here, so the person says they did its work.
    const again = ws.generate('handoff', { project: 'analytics', to: 'architecture', force: true });
    expect(again.code, again.output).toBe(0);
    expect(ws.run('ls', [handoffs]).stdout.split('\n').filter(Boolean)).toEqual([
      '001-start-to-architecture.md',
      '002-architecture-to-architecture.md',
      'FEATURE.md',
    ]);
  });
});
