import { execSync } from 'node:child_process';
import { parseHandoff, renderFeature, renderHandoff } from '@baton/relay';
import { sampleHandoff, sampleMap, tempFolderForTests } from '@baton/testing';
import { logger, type CreateNodesContext } from '@nx/devkit';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createNodes } from './plugin';

/** The test map without its tests phase. */
const map = {
  ...sampleMap,
  phases: Object.fromEntries(
    Object.entries(sampleMap.phases).filter(([phase]) => phase !== 'tests'),
  ),
  order: sampleMap.order.filter((phase) => phase !== 'tests'),
};

describe('inferred phase targets', () => {
  const folder = tempFolderForTests('baton-plugin-');
  const write = (path: string, text: string) => folder.write(path, text);
  const context = (): CreateNodesContext => ({
    workspaceRoot: folder.root,
    nxJsonConfiguration: {},
  });
  const nodes = (files: string[], options: unknown) =>
    createNodes[1](files, options as Record<string, unknown>, context());

  beforeEach(() => {
    write('packages/analytics/package.json', '{ "name": "@ws/analytics" }\n');
    write('packages/analytics/schema.sql', 'create table t (id int);\n');
    write(
      'packages/analytics/handoffs/FEATURE.md',
      renderFeature({ title: 'Dashboard', vision: 'Metrics.' }),
    );
    write(
      'packages/analytics/handoffs/002-data-processing-to-security-review.md',
      renderHandoff(
        sampleHandoff({
          from: { phase: 'data-processing', model: 'gemini' },
          to: { phase: 'security-review', model: 'claude' },
          files: [
            { path: 'schema.sql', structureOnly: false },
            { path: 'libs/shared/src/api-routes.ts', structureOnly: true },
          ],
        }),
      ),
    );
    write('docs/handoffs/FEATURE.md', '# Not a project\n\nNo package.json here.\n');
  });

  it('gives a feature project one target per phase, report phases cached with exact inputs and outputs', async () => {
    const results = await nodes(
      ['packages/analytics/handoffs/FEATURE.md', 'docs/handoffs/FEATURE.md'],
      map,
    );
    const byFile = Object.fromEntries(results);
    expect(byFile['docs/handoffs/FEATURE.md']).toEqual({});
    const targets =
      byFile['packages/analytics/handoffs/FEATURE.md']!.projects!['packages/analytics']!.targets!;
    expect(Object.keys(targets)).toEqual([
      'architecture',
      'data-processing',
      'security-review',
      'relay',
    ]);
    expect(targets['relay']).toEqual({
      executor: '@baton/nx:relay',
      options: {},
      cache: false,
      parallelism: false,
      metadata: {
        description:
          'Baton relay: runs the remaining phases (architecture → data-processing → security-review) with a handoff, a branch and a commit each, stopping at a review gate after each phase',
        technologies: ['baton'],
      },
    });

    expect(targets['security-review']).toEqual({
      executor: '@baton/nx:phase',
      options: {
        phase: 'security-review',
        mapEntry: {
          phase: map.phases['security-review'],
          models: { claude: map.models.claude, gpt: map.models.gpt },
        },
      },
      cache: true,
      inputs: [
        '{workspaceRoot}/packages/analytics/handoffs/*.md',
        '{workspaceRoot}/packages/analytics/schema.sql',
        '{workspaceRoot}/libs/shared/src/api-routes.ts',
        '{workspaceRoot}/.baton/style-profile.json',
        '{workspaceRoot}/.prettierrc*',
        '{workspaceRoot}/prettier.config.*',
        '{workspaceRoot}/eslint.config.*',
        '{workspaceRoot}/packages/analytics/**/*',
        '!{workspaceRoot}/packages/analytics/handoffs/reports/**',
        '!{workspaceRoot}/packages/analytics/handoffs/ledger.jsonl',
        { runtime: expect.stringMatching(/ANTHROPIC_API_KEY.*OPENAI_API_KEY/) },
      ],
      outputs: ['{workspaceRoot}/packages/analytics/handoffs/reports/002-security-review.md'],
      metadata: {
        description:
          'Baton phase "security-review": claude (anthropic/claude-sonnet-4-5) writes a report from the latest handoff to security-review',
        technologies: ['baton'],
        // Every model, for --model; metadata is not hashed, so only the phase's models are inputs.
        baton: { models: map.models, next: null },
      },
    });
    expect(targets['architecture']).toMatchObject({
      cache: true,
      outputs: ['{workspaceRoot}/packages/analytics/handoffs/reports/*-architecture.md'],
    });
    expect(targets['architecture']!.inputs).not.toContain(
      '{workspaceRoot}/packages/analytics/**/*',
    );
    expect(targets['data-processing']).toMatchObject({ cache: false, parallelism: false });
    expect(targets['data-processing']!.inputs).toBeUndefined();
  });

  it('hashes what a handoff with a bad front matter references, leaving its error to the run', async () => {
    const path = 'packages/analytics/handoffs/002-data-processing-to-security-review.md';
    const handoff = folder.read(path).replace(/^base: .*\n/m, '');
    write(path, handoff);
    expect(() => parseHandoff(handoff, path)).toThrow(
      `${path} is not a valid Baton document: its front matter needs "base"`,
    );
    const reviewInputs = async () => {
      const results = await nodes(['packages/analytics/handoffs/FEATURE.md'], map);
      return results[0]![1].projects!['packages/analytics']!.targets!['security-review']!.inputs;
    };
    expect(await reviewInputs()).toContain('{workspaceRoot}/packages/analytics/schema.sql');
    // A body it cannot read leaves the target, hashed without references.
    write(path, handoff.replace('**Files to Reference**:', '**Files**:'));
    const inputs = await reviewInputs();
    expect(inputs).toContain('{workspaceRoot}/packages/analytics/handoffs/*.md');
    expect(inputs).not.toContain('{workspaceRoot}/packages/analytics/schema.sql');
  });

  it('carries the phase after each, and its model, for the run to name without reading the map', async () => {
    const results = await nodes(['packages/analytics/handoffs/FEATURE.md'], map);
    const targets = results[0]![1].projects!['packages/analytics']!.targets!;
    const next = (phase: string) =>
      (targets[phase]!.metadata as { baton: { next: unknown } }).baton.next;
    expect(next('data-processing')).toEqual({ phase: 'security-review', alias: 'claude' });
    expect(next('security-review')).toBeNull();
  });

  it('hashes which key variables are set, by name and never by value', async () => {
    const results = await nodes(['packages/analytics/handoffs/FEATURE.md'], map);
    const targets = results[0]![1].projects!['packages/analytics']!.targets!;
    const runtime = targets['security-review']!.inputs!.find(
      (input): input is { runtime: string } => typeof input === 'object' && 'runtime' in input,
    )!.runtime;
    const keys = (env: NodeJS.ProcessEnv) =>
      execSync(runtime, { env: { PATH: process.env['PATH'], ...env }, encoding: 'utf8' }).trim();
    expect(keys({})).toBe('no key');
    expect(keys({ OPENAI_API_KEY: ' ' })).toBe('no key');
    expect(keys({ OPENAI_API_KEY: 'sk-secret', ANTHROPIC_API_KEY: 'sk-ant' })).toBe(
      'ANTHROPIC_API_KEY OPENAI_API_KEY',
    );
  });

  it('hashes and describes every reviewer of a phase with several', async () => {
    const review = {
      model: 'claude',
      models: ['claude', 'gemini'],
      produces: 'report',
      diff: true,
    };
    const [[, result]] = (await nodes(['packages/analytics/handoffs/FEATURE.md'], {
      ...map,
      phases: { ...map.phases, 'security-review': review },
    })) as [
      [
        string,
        {
          projects: Record<
            string,
            {
              targets: Record<
                string,
                {
                  cache: boolean;
                  options: { mapEntry: unknown };
                  metadata: { description: string };
                }
              >;
            }
          >;
        },
      ],
    ];
    const target = result.projects['packages/analytics']!.targets['security-review']!;
    expect(target.cache).toBe(true);
    expect(target.options.mapEntry).toEqual({
      phase: review,
      models: { claude: map.models.claude, gemini: map.models.gemini },
    });
    expect(target.metadata.description).toBe(
      'Baton phase "security-review": claude (anthropic/claude-sonnet-4-5), gemini (google/gemini-2.5-pro) review at once and write one report of their findings by agreement, from the latest handoff to security-review',
    );
  });

  it('uses the default map when the plugin has no options', async () => {
    const results = await nodes(['packages/analytics/handoffs/FEATURE.md'], undefined);
    const targets = results[0]![1].projects!['packages/analytics']!.targets!;
    expect(Object.keys(targets)).toEqual([
      'architecture',
      'data-processing',
      'security-review',
      'tests',
      'relay',
    ]);
  });

  it('infers no targets from a bad map, and warns once, naming its key', async () => {
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => undefined);
    try {
      const bad = { ...map, phases: { x: { model: 'nope', produces: 'report' } }, order: ['x'] };
      expect(await nodes(['packages/analytics/handoffs/FEATURE.md'], bad)).toEqual([]);
      expect(await nodes(['packages/analytics/handoffs/FEATURE.md'], bad)).toEqual([]);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]![0]).toMatch(
        /^Baton infers no phase targets until its map is fixed\. The collaboration map in nx\.json .* phases\.x\.model is "nope".* the "@baton\/nx" entry in nx\.json/,
      );
    } finally {
      warn.mockRestore();
    }
  });
});
