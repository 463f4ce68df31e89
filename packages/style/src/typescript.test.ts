import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolderForTests } from '@baton/testing';
import { describe, expect, it } from 'vitest';

const folder = tempFolderForTests('baton-code-cache-');

/** A fresh process that loads `file` through the code cache and prints what its `answer()` returns. */
function loadInNewProcess(file: string): string {
  const script = `const { loadWithCodeCache } = require(${JSON.stringify(join(import.meta.dirname, 'typescript.ts'))});
process.stdout.write(String(loadWithCodeCache(${JSON.stringify(file)}).answer()));`;
  const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], {
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  return run.stdout;
}

describe('loadWithCodeCache', () => {
  it('keeps the compiled code beside the package after the first run, reads it in the next, and remakes a broken one', () => {
    const file = folder.path('node_modules/answer/lib/answer.js');
    folder.write(
      'node_modules/answer/lib/answer.js',
      'const parts = [40, 2];\nexports.answer = () => parts.reduce((sum, part) => sum + part, 0);\n',
    );
    const cacheFolder = join(folder.root, 'node_modules/.cache/baton/v8');

    expect(loadInNewProcess(file)).toBe('42');
    const [cache] = readdirSync(cacheFolder);
    expect(cache).toMatch(/^answer-\d+-\d+-\d+\.bin$/);
    const made = statSync(join(cacheFolder, cache!)).mtimeMs;

    expect(loadInNewProcess(file)).toBe('42');
    expect(statSync(join(cacheFolder, cache!)).mtimeMs).toBe(made);

    writeFileSync(join(cacheFolder, cache!), 'not a code cache');
    expect(loadInNewProcess(file)).toBe('42');
    expect(statSync(join(cacheFolder, cache!)).size).toBeGreaterThan('not a code cache'.length);
    expect(readdirSync(cacheFolder)).toEqual([cache]);
  });

  it('reads a file that is not ASCII as UTF-8, with and without its cache', () => {
    const file = folder.path('node_modules/words/lib/words.js');
    folder.write('node_modules/words/lib/words.js', "exports.answer = () => 'naïve – ✓ 日本';\n");
    expect(loadInNewProcess(file)).toBe('naïve – ✓ 日本');
    expect(loadInNewProcess(file)).toBe('naïve – ✓ 日本');
  });
});
