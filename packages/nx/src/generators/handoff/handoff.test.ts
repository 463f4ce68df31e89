import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { FsTree } from 'nx/src/generators/tree';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseFeature, parseHandoff } from '@baton/relay';
import { firstHandoffBody, tempRepoForTests } from '@baton/testing';
import runHandoffGenerator, { handoffGenerator } from './handoff';

const goal = 'User analytics dashboard: real-time metrics, trends and export';
const repo = tempRepoForTests({
  prefix: 'baton-handoff-',
  user: { name: 'Dev', email: 'dev@example.com' },
});
const git = (...args: string[]) => repo.git(...args);
const write = (path: string, content: string) => repo.write(path, content);
const commit = (message: string) => repo.commitAll(message);

/** A Tree over a real workspace in a git repository (what `nx g` gives a generator). */
function tree(): Tree {
  return new FsTree(repo.root, false);
}

/** Runs the generator and writes its changes, as `nx g` does; returns the changes it made. */
async function generate(options: Parameters<typeof handoffGenerator>[1]) {
  const host = tree();
  await handoffGenerator(host, options);
  const changes = host.listChanges();
  for (const change of changes) {
    if (change.type !== 'DELETE') write(change.path, change.content!.toString());
  }
  const read = (path: string) =>
    changes.find((change) => change.path === path)?.content?.toString() ?? null;
  return { changes, read };
}

beforeEach(() => {
  write(
    'package.json',
    JSON.stringify({ name: '@ws/source', private: true, workspaces: ['packages/*'] }),
  );
  write('nx.json', JSON.stringify({ plugins: [{ plugin: '@baton/nx', options: {} }] }));
  write('.gitignore', 'node_modules\ndist\n*.log\n');
  write(
    'packages/analytics/package.json',
    JSON.stringify({ name: '@ws/analytics', version: '0.0.1' }),
  );
  write('packages/analytics/src/index.ts', 'export const analytics = true;\n');
  write('packages/analytics/schema.sql', 'create table user_events (id int);\n');
  commit('Initial commit');
});

describe('handoff generator', () => {
  it('writes the first handoff and FEATURE.md from the goal', async () => {
    const host = await generate({ project: 'analytics', goal });
    const changes = host.changes.map((change) => `${change.type} ${change.path}`);
    expect(changes).toEqual([
      'CREATE packages/analytics/handoffs/FEATURE.md',
      'CREATE packages/analytics/handoffs/001-start-to-architecture.md',
    ]);
    expect(parseFeature(host.read('packages/analytics/handoffs/FEATURE.md')!)).toEqual({
      title: 'User analytics dashboard',
      vision: goal,
    });
    const path = 'packages/analytics/handoffs/001-start-to-architecture.md';
    const handoff = parseHandoff(host.read(path)!, path);
    expect(handoff).toMatchObject({
      number: 1,
      feature: 'analytics',
      from: { phase: 'start', model: 'human' },
      to: { phase: 'architecture', model: 'gpt' },
      base: git('rev-parse', '--short', 'HEAD'),
      featureTitle: 'User analytics dashboard',
      nextPhase: 'architecture',
      keyContext: [],
      files: [{ path: 'src/index.ts', structureOnly: true }],
    });
    expect(handoff.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('records --feature in FEATURE.md and names the feature by it', async () => {
    const host = await generate({ project: '@ws/analytics', goal, feature: 'dashboard' });
    expect(host.read('packages/analytics/handoffs/FEATURE.md')).toMatch(
      /^---\nfeature: dashboard\n---\n# User analytics dashboard\n/,
    );
    expect(host.read('packages/analytics/handoffs/001-start-to-architecture.md')).toContain(
      'feature: dashboard\n',
    );
  });

  it('takes --to, --completed, --context and --only-files as given', async () => {
    write('packages/analytics/src/api-routes.ts', 'export function routes() {}\n');
    write('common/types.ts', 'export type Id = string;\n');
    commit('Add routes');
    const host = await generate({
      project: 'analytics',
      goal,
      to: 'data-processing',
      completed: 'Architecture design,\n API structure',
      context: ['Performance: <2s query response time', 'Expected data volume: 10M+ records'],
      onlyFiles: 'schema.sql, src/api-routes.ts:structure,common/types.ts',
    });
    const text = host.read('packages/analytics/handoffs/001-start-to-data-processing.md')!;
    expect(text.split('---\n')[2]).toBe(
      firstHandoffBody(
        ['Performance: <2s query response time', 'Expected data volume: 10M+ records'],
        ['schema.sql', 'src/api-routes.ts (structure only)', '../../common/types.ts'],
      ),
    );
  });

  it('fills in the next handoff from the previous one and git', async () => {
    await generate({
      project: 'analytics',
      goal,
      context: ['Performance: <2s query response time', 'Stack: React, Node.js, PostgreSQL'],
      files: 'schema.sql,src/index.ts:structure',
    });
    commit('Start the analytics feature');
    git('switch', '-q', '-c', 'feature/analytics-gpt-architecture');
    write('packages/analytics/docs/architecture.md', '# Architecture\n');
    write('packages/analytics/handoffs/reports/002-architecture.md', '# Report\n');
    write(
      'packages/analytics/handoffs/ledger.jsonl',
      `${JSON.stringify({ phase: 'architecture', outcome: 'success', handoff: 'packages/analytics/handoffs/001-start-to-architecture.md' })}\n`,
    );
    write('packages/analytics/debug.log', 'ignored\n');
    write('packages/analytics/.env.local', 'API_KEY=fake-test-key\n');
    write('README.md', 'outside the project\n');
    commit('Design the dashboard');
    rmSync(join(repo.root, 'packages/analytics/src/index.ts'));
    write('packages/analytics/src/metrics.ts', 'export const metrics = [];\n');
    commit('Sketch the metrics module');

    const host = await generate({ project: 'analytics', context: ['Performance: <1s p95'] });
    const path = 'packages/analytics/handoffs/002-architecture-to-data-processing.md';
    const handoff = parseHandoff(host.read(path)!, path);
    expect(handoff.from).toEqual({ phase: 'architecture', model: 'gpt' });
    expect(handoff.to).toEqual({ phase: 'data-processing', model: 'gemini' });
    expect(handoff.completed).toBe('architecture: Design the dashboard; Sketch the metrics module');
    expect(handoff.keyContext).toEqual([
      'Performance: <1s p95',
      'Stack: React, Node.js, PostgreSQL',
    ]);
    expect(handoff.files).toEqual([
      { path: 'schema.sql', structureOnly: false },
      { path: 'docs/architecture.md', structureOnly: false },
      { path: 'handoffs/reports/002-architecture.md', structureOnly: false },
      { path: 'src/metrics.ts', structureOnly: false },
    ]);
    expect(handoff.base).toBe(git('rev-parse', '--short', 'HEAD'));
  });

  it("references the project's entry points as outlines by default", async () => {
    write(
      'packages/analytics/package.json',
      JSON.stringify({
        name: '@ws/analytics',
        types: './src/index.d.ts',
        main: './dist/index.js',
        exports: {
          '.': { types: './src/index.d.ts', default: './dist/index.js' },
          './api': './src/api.ts',
        },
      }),
    );
    write('packages/analytics/src/index.d.ts', 'export declare const analytics: boolean;\n');
    write('packages/analytics/src/api.ts', 'export function api() {}\n');
    write(
      'packages/analytics/project.json',
      JSON.stringify({
        targets: { build: { options: { main: 'packages/analytics/src/main.ts' } } },
      }),
    );
    write('packages/analytics/src/main.ts', 'export {};\n');
    write('packages/analytics/dist/index.js', 'ignored, built\n');
    write('.gitignore', 'node_modules\ndist\n*.log\n');
    commit('Add the public API');
    const host = await generate({ project: 'analytics', goal });
    const path = 'packages/analytics/handoffs/001-start-to-architecture.md';
    expect(parseHandoff(host.read(path)!, path).files).toEqual([
      { path: 'src/index.d.ts', structureOnly: true },
      { path: 'src/api.ts', structureOnly: true },
      { path: 'src/main.ts', structureOnly: true },
      { path: 'src/index.ts', structureOnly: true },
    ]);
  });

  it("--files adds to the defaults, the previous phase's report among them; --only-files replaces them", async () => {
    await generate({ project: 'analytics', goal });
    commit('Start the analytics feature');
    write('packages/analytics/handoffs/reports/001-architecture.md', '# Architecture report\n');
    const host = await generate({ project: 'analytics', files: 'schema.sql:structure' });
    const path = 'packages/analytics/handoffs/002-architecture-to-data-processing.md';
    expect(parseHandoff(host.read(path)!, path).files).toEqual([
      { path: 'schema.sql', structureOnly: true },
      { path: 'src/index.ts', structureOnly: true },
      { path: 'handoffs/reports/001-architecture.md', structureOnly: false },
    ]);
    rmSync(join(repo.root, path));
    const only = await generate({ project: 'analytics', onlyFiles: 'schema.sql' });
    expect(parseHandoff(only.read(path)!, path).files).toEqual([
      { path: 'schema.sql', structureOnly: false },
    ]);
  });

  it('hands over from a phase that has not run only with --force, recorded as from human', async () => {
    await generate({ project: 'analytics', goal });
    commit('Start the analytics feature');
    const host = tree();
    await expect(handoffGenerator(host, { project: 'analytics' })).rejects.toMatchObject({
      code: 'PHASE_NOT_RUN',
      message: expect.stringContaining(
        '"architecture" has not run since 001-start-to-architecture.md (no ledger line, no report, no commit of it), ' +
          'so handing over to "data-processing" would skip it; nothing was written.',
      ),
    });
    expect(host.listChanges()).toEqual([]);

    const forced = await generate({ project: 'analytics', force: true });
    const path = 'packages/analytics/handoffs/002-architecture-to-data-processing.md';
    const handoff = parseHandoff(forced.read(path)!, path);
    expect(handoff.from).toEqual({ phase: 'architecture', model: 'human' });
    expect(forced.read(path)).toContain('## Handoff: human → gemini');
  });

  it("hands over from human when only a person's commits did the phase", async () => {
    await generate({ project: 'analytics', goal });
    commit('Start the analytics feature');
    write('packages/analytics/docs/architecture.md', '# Architecture\n');
    commit('Design the dashboard by hand');
    const host = await generate({ project: 'analytics' });
    const path = 'packages/analytics/handoffs/002-architecture-to-data-processing.md';
    const handoff = parseHandoff(host.read(path)!, path);
    expect(handoff.from).toEqual({ phase: 'architecture', model: 'human' });
    expect(handoff.completed).toBe('architecture: Design the dashboard by hand');
  });

  it('counts a commit of the phase as its run', async () => {
    await generate({ project: 'analytics', goal });
    commit('Start the analytics feature');
    write('packages/analytics/src/metrics.ts', 'export const metrics = [];\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'Sketch the metrics', '--trailer', 'AI-Phase: architecture');
    const host = await generate({ project: 'analytics' });
    const path = 'packages/analytics/handoffs/002-architecture-to-data-processing.md';
    expect(parseHandoff(host.read(path)!, path).from).toEqual({
      phase: 'architecture',
      model: 'gpt',
    });
  });

  it('numbers handoffs densely and never overwrites one', async () => {
    await generate({ project: 'analytics', goal });
    await generate({ project: 'analytics', force: true });
    await generate({ project: 'analytics', from: 'architecture', to: 'architecture', force: true });
    expect(tree().children('packages/analytics/handoffs').sort()).toEqual([
      '001-start-to-architecture.md',
      '002-architecture-to-data-processing.md',
      '003-architecture-to-architecture.md',
      'FEATURE.md',
    ]);
  });

  describe('refuses, writing nothing', () => {
    // What Nx runs (the default export), so the message is what the user reads.
    async function refusal(options: Parameters<typeof handoffGenerator>[1]): Promise<string> {
      const host = tree();
      const error = await runHandoffGenerator(host, options).then(
        () => null,
        (thrown: Error) => thrown,
      );
      expect(host.listChanges()).toEqual([]);
      if (!error) throw new Error('the generator did not refuse');
      return error.message;
    }

    it('a first handoff without a goal', async () => {
      expect(await refusal({ project: 'analytics' })).toBe(
        '@ws/analytics has no handoffs/FEATURE.md yet, so this first handoff needs the feature\'s goal: run `nx g handoff --project @ws/analytics --goal "<what the feature is for>"`.',
      );
    });

    it('an unknown phase, listing the phases', async () => {
      expect(await refusal({ project: 'analytics', goal, to: 'deploy' })).toContain(
        '"deploy" is not a phase of the collaboration map; its phases are: architecture, data-processing, security-review, tests.',
      );
      expect(await refusal({ project: 'analytics', goal, from: 'planning' })).toContain(
        '"planning" is not a phase',
      );
    });

    it('a project that does not exist', async () => {
      expect(await refusal({ project: 'dashboard', goal })).toContain(
        'There is no project named "dashboard" in this workspace; nothing was written. Run `nx show projects`',
      );
    });

    it('a referenced file that is missing, a folder, binary, outside, git-ignored or secret-looking', async () => {
      write('packages/analytics/debug.log', 'x\n');
      write('packages/analytics/.env', 'API_KEY=fake-test-key\n');
      write('packages/analytics/certs/server.pem', 'fake\n');
      const files = (list: string) => refusal({ project: 'analytics', goal, files: list });
      expect(await files('schema.sql,nope.ts')).toContain(
        'The handoff cannot reference nope.ts: it does not exist',
      );
      expect(await files('src')).toContain('cannot reference src: it is a folder');
      write('packages/analytics/logo.png', '\u0089PNG\r\n\u001a\n\u0000\u0000');
      expect(await files('logo.png')).toContain(
        'cannot reference logo.png: it is a binary file, and a model reads only text',
      );
      expect(await files('../../../etc/passwd')).toContain('is outside the workspace');
      expect(await files('debug.log')).toContain('cannot reference debug.log: it is git-ignored');
      expect(await files('.env')).toContain(
        'cannot reference .env: it looks like it holds secrets',
      );
      expect(await files('certs/server.pem:structure')).toContain('looks like it holds secrets');
    });

    it('a context entry that is not "Key: value", and a second goal', async () => {
      expect(await refusal({ project: 'analytics', goal, context: 'fast please' })).toContain(
        '--context "fast please" is not valid: each --context is one line "Key: value"',
      );
      await generate({ project: 'analytics', goal });
      expect(await refusal({ project: 'analytics', goal: 'Another' })).toContain(
        "handoffs/FEATURE.md exists already and holds the feature's original vision",
      );
    });

    it('a handoff after the last phase without --to', async () => {
      await generate({ project: 'analytics', goal, to: 'tests' });
      expect(await refusal({ project: 'analytics' })).toContain(
        'The last handoff went to "tests", the last phase of the map',
      );
    });

    it('a malformed collaboration map, or Baton not set up', async () => {
      write(
        'nx.json',
        JSON.stringify({
          plugins: [
            {
              plugin: '@baton/nx',
              options: { phases: { architecture: { model: 'gtp', produces: 'report' } } },
            },
          ],
        }),
      );
      expect(await refusal({ project: 'analytics', goal })).toContain(
        'phases.architecture.model is "gtp", which is not a model alias; aliases: gpt, claude, gemini, local',
      );
      const empty = createTreeWithEmptyWorkspace();
      await expect(runHandoffGenerator(empty, { project: 'analytics', goal })).rejects.toThrow(
        'Run `nx g @baton/nx:init`',
      );
    });
  });
});
