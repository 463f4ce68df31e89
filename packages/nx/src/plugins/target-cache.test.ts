import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderFeature } from '@baton/relay';
import { tempFolderForTests } from '@baton/testing';
import type { CreateNodesContext, CreateNodes } from '@nx/devkit';
import { beforeEach, describe, expect, it } from 'vitest';
import { createNodes as uncached, type BatonPluginOptions } from './plugin';
import { withTargetCache } from './target-cache';

const map = {
  models: { gpt: { provider: 'openai', model: 'gpt-4.1' } },
  phases: { architecture: { model: 'gpt', produces: 'report' } },
  order: ['architecture'],
};

describe('the target cache', () => {
  const folder = tempFolderForTests('baton-target-cache-');
  /** The feature files each call of the real plugin was asked to infer. */
  let inferred: string[][];
  let plugin: CreateNodes<BatonPluginOptions>;
  const data = () => join(folder.root, '.nx', 'workspace-data');
  const context = (): CreateNodesContext => ({
    workspaceRoot: folder.root,
    nxJsonConfiguration: {},
  });
  const features = ['packages/a/handoffs/FEATURE.md', 'packages/b/handoffs/FEATURE.md'];
  const graph = (options: BatonPluginOptions = map) => plugin[1](features, options, context());
  const cacheFile = () => {
    const [name] = readdirSync(data());
    return join(data(), name!);
  };

  beforeEach(() => {
    for (const name of ['a', 'b']) {
      folder.write(`packages/${name}/package.json`, `{ "name": "@ws/${name}" }\n`);
      folder.write(
        `packages/${name}/handoffs/FEATURE.md`,
        renderFeature({ title: name, vision: 'Metrics.' }),
      );
    }
    inferred = [];
    plugin = withTargetCache(
      '**/handoffs/FEATURE.md',
      async () => [
        uncached[0],
        (files, options, ctx) => {
          inferred.push([...files]);
          return uncached[1](files, options, ctx);
        },
      ],
      data,
    );
  });

  it('answers a second graph from the cache without loading the plugin, with the same targets', async () => {
    const first = await graph();
    expect(inferred).toEqual([features]);
    expect(first.map(([file]) => file)).toEqual(features);
    expect(first[0]![1].projects!['packages/a']!.targets!.architecture!.executor).toBe(
      '@baton/nx:phase',
    );

    const second = await graph();
    expect(inferred).toEqual([features]);
    expect(second).toEqual(first);
  });

  it('infers again only the feature whose handoff folder changed, and everything when the map does', async () => {
    await graph();
    folder.write('packages/b/handoffs/001-start-to-architecture.md', '# Handoff\n');
    await graph();
    expect(inferred).toEqual([features, ['packages/b/handoffs/FEATURE.md']]);

    const changedMap = { ...map, phases: { architecture: { model: 'gpt', produces: 'changes' } } };
    const result = await graph(changedMap);
    expect(inferred.at(-1)).toEqual(features);
    expect(result[0]![1].projects!['packages/a']!.targets!.architecture!.cache).toBe(false);
  });

  it('infers again when a folder stops being a project', async () => {
    await graph();
    rmSync(join(folder.root, 'packages/a/package.json'));
    const result = await graph();
    expect(inferred.at(-1)).toEqual(['packages/a/handoffs/FEATURE.md']);
    expect(result[0]![1]).toEqual({});
  });

  it('ignores a corrupt cache file and writes a sound one in its place', async () => {
    await graph();
    writeFileSync(cacheFile(), '{"half a');
    const result = await graph();
    expect(inferred).toEqual([features, features]);
    expect(result.map(([file]) => file)).toEqual(features);
    expect(Object.keys(JSON.parse(readFileSync(cacheFile(), 'utf8')) as object)).toHaveLength(2);
  });
});
