import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedCodingStandards, standardsCacheDirectory } from './standards-cache';

const require = createRequire(import.meta.url);
const installed = (name: string) => dirname(require.resolve(`${name}/package.json`));

describe('the coding standards cache', () => {
  let ws: string;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(ws, path)), { recursive: true });
    writeFileSync(join(ws, path), text);
  };
  const standards = () => cachedCodingStandards(ws, join(ws, 'packages/analytics/src/index.ts'));
  const cacheFiles = () => readdirSync(standardsCacheDirectory(ws));
  /** Replaces every cached answer with `text`, so that an answer read from the cache shows. */
  const mark = (text: string) => {
    for (const name of cacheFiles()) {
      writeFileSync(join(standardsCacheDirectory(ws), name), JSON.stringify({ text, notes: [] }));
    }
  };

  beforeEach(() => {
    ws = mkdtempSync(join(tmpdir(), 'baton-standards-cache-'));
    write('package.json', '{ "name": "ws", "private": true }\n');
    mkdirSync(join(ws, 'node_modules'), { recursive: true });
    symlinkSync(installed('prettier'), join(ws, 'node_modules', 'prettier'));
    write('.prettierrc', '{ "singleQuote": true }\n');
  });
  afterEach(() => rmSync(ws, { recursive: true, force: true }));

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
    write('.prettierrc', '{ "singleQuote": false, "printWidth": 120 }\n');
    expect((await standards()).text).toContain('Prettier formats every file');
    expect(cacheFiles()).toHaveLength(2);

    mark('stale');
    write('packages/analytics/.editorconfig', 'root = false\n');
    expect((await standards()).text).not.toBe('stale');

    mark('stale');
    write('package-lock.json', '{ "lockfileVersion": 3 }\n');
    expect((await standards()).text).not.toBe('stale');
  });

  it('ignores a corrupt cache file and writes a sound one over it', async () => {
    const first = await standards();
    for (const name of cacheFiles()) {
      writeFileSync(join(standardsCacheDirectory(ws), name), '{"text": "half');
    }
    expect(await standards()).toEqual(first);
    mark('from the cache');
    expect((await standards()).text).toBe('from the cache');
  });
});
