import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolderForTests } from '@baton/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { cachedCodingStandards, standardsCacheDirectory } from './standards-cache';

describe('the coding standards cache', () => {
  const folder = tempFolderForTests('baton-standards-cache-');
  const standards = () =>
    cachedCodingStandards(folder.root, join(folder.root, 'packages/analytics/src/index.ts'));
  const cacheFiles = () => readdirSync(standardsCacheDirectory(folder.root));
  /** Replaces every cached answer with `text`, so that an answer read from the cache shows. */
  const mark = (text: string) => {
    for (const name of cacheFiles()) {
      writeFileSync(
        join(standardsCacheDirectory(folder.root), name),
        JSON.stringify({ text, notes: [] }),
      );
    }
  };

  beforeEach(() => {
    folder.write('package.json', '{ "name": "ws", "private": true }\n');
    folder.linkInstalled('prettier');
    folder.write('.prettierrc', '{ "singleQuote": true }\n');
  });

  it('answers the second call from the cache', async () => {
    const first = await standards();
    expect(first.text).toContain('"singleQuote":true');
    expect(cacheFiles()).toHaveLength(1);
    mark('from the cache');
    expect((await standards()).text).toBe('from the cache');
  });

  it('computes the standards again when a config file or the lock file changes', async () => {
    await standards();
    mark('stale');
    folder.write('.prettierrc', '{ "singleQuote": false, "printWidth": 120 }\n');
    expect((await standards()).text).toContain('Prettier formats every file');
    expect(cacheFiles()).toHaveLength(2);

    mark('stale');
    folder.write('packages/analytics/.editorconfig', 'root = false\n');
    expect((await standards()).text).not.toBe('stale');

    mark('stale');
    folder.write('package-lock.json', '{ "lockfileVersion": 3 }\n');
    expect((await standards()).text).not.toBe('stale');
  });

  it('ignores a corrupt cache file and writes a sound one over it', async () => {
    const first = await standards();
    for (const name of cacheFiles()) {
      writeFileSync(join(standardsCacheDirectory(folder.root), name), '{"text": "half');
    }
    expect(await standards()).toEqual(first);
    mark('from the cache');
    expect((await standards()).text).toBe('from the cache');
  });
});
