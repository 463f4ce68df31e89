import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../tools/workspace/template';
import { workspaceForTests } from '@baton/testing/workspace';

interface NxJson {
  plugins?: Array<string | { plugin: string; options?: Record<string, unknown> }>;
  useInferencePlugins?: boolean;
}

const batonEntry = (nxJson: NxJson) =>
  nxJson.plugins?.find((entry) => typeof entry !== 'string' && entry.plugin === '@baton/nx');

describe('nx g @baton/nx:init in a stock workspace', () => {
  const ws = workspaceForTests(inject('workspaceTemplate'));

  it('registers the plugin with the default map, adds the tools and hooks, and changes nothing the second time', () => {
    const prettierrc = ws.read('.prettierrc');
    const init = ws.nx(['g', '@baton/nx:init']);
    expect(init.code, init.output).toBe(0);

    expect(batonEntry(ws.readJson<NxJson>('nx.json'))).toMatchObject({
      options: {
        models: { gpt: { provider: 'openai' }, claude: { provider: 'anthropic' } },
        order: ['architecture', 'data-processing', 'security-review', 'tests'],
      },
    });
    expect(ws.read('.prettierrc')).toBe(prettierrc);
    expect(ws.readJson<{ scripts: Record<string, string> }>('package.json').scripts.prepare).toBe(
      'husky',
    );
    expect(ws.readJson('.lintstagedrc.json')).toMatchObject({
      '**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}': 'baton style check --staged --if-model-written',
    });
    expect(ws.read('.husky/pre-commit')).toBe('lint-staged\n');
    expect(ws.git('config', 'core.hooksPath')).toBe('.husky/_');

    // What init wrote runs: the plugin loads with its map. It adds no ESLint config, which would make
    // Nx's own generators choose ESLint and fetch @nx/eslint (test/compat runs them after init).
    const projects = ws.nx(['show', 'projects']);
    expect(projects.code, projects.output).toBe(0);
    expect(projects.output).not.toMatch(/warn|error/i);
    expect(ws.exists('eslint.config.mjs')).toBe(false);

    ws.commitAll('Set up Baton');
    const again = ws.nx(['g', '@baton/nx:init']);
    expect(again.code, again.output).toBe(0);
    expect(ws.git('status', '--porcelain')).toBe('');
  });

  it('keeps a workspace’s own lint-staged config and hooks, adding Baton’s lines', () => {
    ws.updateJson<Record<string, unknown>>('package.json', (json) => {
      json['lint-staged'] = { '*.ts': ['prettier --write', 'eslint'] };
    });
    ws.write('.husky/pre-commit', 'npm test\n');
    ws.commitAll('Existing hooks');

    const init = ws.nx(['g', '@baton/nx:init']);
    expect(init.code, init.output).toBe(0);
    expect(ws.readJson<Record<string, unknown>>('package.json')['lint-staged']).toEqual({
      '*.ts': ['prettier --write', 'eslint'],
      '**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}': 'baton style check --staged --if-model-written',
    });
    expect(ws.exists('.lintstagedrc.json')).toBe(false);
    expect(ws.read('.husky/pre-commit')).toBe('npm test\nlint-staged\n');
  });

  it('respects useInferencePlugins: false', () => {
    ws.updateJson<NxJson>('nx.json', (json) => {
      json.useInferencePlugins = false;
    });
    ws.commitAll('No inference plugins');
    const init = ws.nx(['g', '@baton/nx:init']);
    expect(init.code, init.output).toBe(0);
    expect(batonEntry(ws.readJson<NxJson>('nx.json'))).toBeUndefined();
    expect(init.output).toContain('useInferencePlugins: false');
    expect(init.output).toContain('nx g @baton/nx:init --addPlugin');
    expect(ws.exists('.husky/commit-msg')).toBe(true);
  });

  it('runs from nx add @baton/nx', () => {
    const tarball = readdirSync(join(repoRoot, 'dist', 'tarballs')).find((name) =>
      name.startsWith('baton-nx-'),
    )!;
    const add = ws.nx(['add', `@baton/nx@file:${join(repoRoot, 'dist', 'tarballs', tarball)}`]);
    expect(add.code, add.output).toBe(0);
    expect(batonEntry(ws.readJson<NxJson>('nx.json'))).toBeDefined();
    expect(ws.read('.husky/pre-merge-commit')).toBe('baton check --base HEAD --head MERGE_HEAD\n');
  });
});
