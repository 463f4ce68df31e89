import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readNxJson, updateNxJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import claudeSonnet46 from './claude-sonnet-4-6';

const packageRoot = join(import.meta.dirname, '..', '..', '..');

describe('migration claude-sonnet-4-6', () => {
  let tree: Tree;
  beforeEach(() => {
    tree = createTreeWithEmptyWorkspace();
  });
  const plugins = (entries: NonNullable<ReturnType<typeof readNxJson>>['plugins']) =>
    updateNxJson(tree, { ...readNxJson(tree), plugins: entries });

  /** Baton's entry of nx.json, its Claude aliases on `claude` (the pinned snapshot stays as it is). */
  const batonEntry = (claude: string) => ({
    plugin: '@baton/nx',
    options: {
      models: {
        claude: { provider: 'anthropic', model: claude },
        reviewer: { provider: 'anthropic', model: claude, maxTokens: 4000 },
        pinned: { provider: 'anthropic', model: 'claude-sonnet-4-5-20250929' },
        gpt: { provider: 'openai', model: 'gpt-4.1' },
      },
      order: ['architecture'],
    },
  });

  it('moves every alias of the map that names claude-sonnet-4-5, and nothing else', async () => {
    plugins(['@nx/js/typescript', batonEntry('claude-sonnet-4-5')]);
    await claudeSonnet46(tree);
    expect(readNxJson(tree)?.plugins).toEqual([
      '@nx/js/typescript',
      batonEntry('claude-sonnet-4-6'),
    ]);
  });

  it('leaves nx.json byte for byte when no map names the retired model', async () => {
    plugins([
      {
        plugin: '@baton/nx',
        options: { models: { gpt: { provider: 'openai', model: 'gpt-4.1' } } },
      },
    ]);
    tree.write('nx.json', `// the team's note\n${tree.read('nx.json', 'utf-8')}`);
    const before = tree.read('nx.json', 'utf-8');
    await claudeSonnet46(tree);
    expect(tree.read('nx.json', 'utf-8')).toBe(before);
  });

  it('is listed in migrations.json, which package.json names and ships', () => {
    const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'));
    expect(manifest['nx-migrations']).toEqual({ migrations: './migrations.json' });
    expect(manifest.files).toContain('migrations.json');
    const migrations = JSON.parse(readFileSync(join(packageRoot, 'migrations.json'), 'utf8'));
    expect(migrations.generators['claude-sonnet-4-6']).toMatchObject({
      version: manifest.version,
      implementation: './dist/migrations/update-0-1-0/claude-sonnet-4-6',
    });
  });
});
