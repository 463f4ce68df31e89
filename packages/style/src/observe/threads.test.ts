import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { observeSource, observeSources } from '.';

describe('observeSources', () => {
  it('observes every file on several threads exactly as one thread does, in order', async () => {
    const root = join(import.meta.dirname, '..');
    const files = globSync('**/*.ts', { cwd: root })
      .sort()
      .map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
    const context = { pathAliases: ['@baton/'] };
    const observed = await observeSources(files, context, { threads: 3 });
    expect(observed).toHaveLength(files.length);
    expect(observed).toEqual(files.map((file) => observeSource(file.path, file.text, context)));
  });
});
