import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { readJson, readNxJson, updateJson, updateNxJson, writeJson, type Tree } from '@nx/devkit';
import { FsTree } from 'nx/src/generators/tree';
import { defaultCollaborationMap } from '@baton/relay';
import { repoRoot, tempRepoForTests } from '@baton/testing';
import { presetTsTree, treeSnapshot } from '@baton/testing/tree';
import { beforeEach, describe, expect, it } from 'vitest';
import { removeGenerator } from '../remove/remove';
import { initGenerator } from './init';
import { activateHooks, deactivateHooks, gitLocation } from './lib/husky';
import { initDevDependencies } from './versions';

const snapshot = treeSnapshot;

describe('nx g @baton/nx:init', () => {
  let tree: Tree;
  beforeEach(() => {
    tree = presetTsTree();
  });
  const init = (options: Parameters<typeof initGenerator>[1] = {}) =>
    initGenerator(tree, { skipInstall: true, skipFormat: true, ...options });

  it('sets up a workspace that has nothing: plugin and map, hook tools, hooks, and no linter or formatter', async () => {
    await init();
    expect(readNxJson(tree)?.plugins).toContainEqual({
      plugin: '@baton/nx',
      options: defaultCollaborationMap,
    });
    const packageJson = readJson(tree, 'package.json');
    expect(packageJson.devDependencies).toEqual(initDevDependencies);
    expect(packageJson.scripts.prepare).toBe('husky');
    // An ESLint config would make Nx's own generators (nx g @nx/js:library) choose and fetch @nx/eslint.
    expect(tree.exists('eslint.config.mjs')).toBe(false);
    expect(tree.exists('.prettierrc')).toBe(false);
    expect(readJson(tree, '.lintstagedrc.json')).toEqual({
      '**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}': 'baton style check --staged --if-model-written',
    });
    expect(tree.read('.husky/pre-commit', 'utf-8')).toBe('lint-staged\n');
    expect(tree.read('.husky/commit-msg', 'utf-8')).toBe(
      '[ -z "$BATON_PHASE" ] || baton-commit-msg "$1"\n',
    );
    expect(tree.read('.husky/pre-merge-commit', 'utf-8')).toBe(
      'baton check --base HEAD --head MERGE_HEAD\n',
    );
  });

  it('ignores what stays on the machine, merges ledgers by union, and adds no empty dependencies', async () => {
    tree.write('.gitignore', 'node_modules\ndist');
    const before = readJson(tree, 'package.json');
    delete before.dependencies;
    writeJson(tree, 'package.json', before);
    await init();
    expect(tree.read('.gitignore', 'utf-8')).toBe(
      'node_modules\ndist\n.baton/report/\n.baton/replies/\n',
    );
    expect(tree.read('.gitattributes', 'utf-8')).toBe('**/handoffs/ledger.jsonl merge=union\n');
    expect(readJson(tree, 'package.json')).not.toHaveProperty('dependencies');
    await init();
    expect(tree.read('.gitignore', 'utf-8')).toBe(
      'node_modules\ndist\n.baton/report/\n.baton/replies/\n',
    );
  });

  it('runs the Prettier and ESLint a workspace has in the pre-commit hook, adding neither', async () => {
    tree.write('.prettierrc', '{ "singleQuote": true }\n');
    tree.write('eslint.config.mjs', 'export default [];\n');
    updateJson(tree, 'package.json', (json) => ({
      ...json,
      devDependencies: { prettier: '3.6.2', eslint: '9.30.0' },
    }));
    await init();
    expect(readJson(tree, 'package.json').devDependencies).toEqual({
      prettier: '3.6.2',
      eslint: '9.30.0',
      ...initDevDependencies,
    });
    expect(readJson(tree, '.lintstagedrc.json')).toEqual({
      '*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}': ['prettier --write', 'eslint --fix'],
      '*.{json,md,yml,yaml,css,scss,html}': 'prettier --write',
      '**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}': 'baton style check --staged --if-model-written',
    });
    expect(tree.read('.prettierrc', 'utf-8')).toBe('{ "singleQuote": true }\n');
    expect(tree.read('eslint.config.mjs', 'utf-8')).toBe('export default [];\n');
  });

  it('formats and lints with Biome where the workspace does, adding no Prettier nor ESLint', async () => {
    tree.write('biome.json', '{}\n');
    await init();
    expect(tree.exists('.prettierrc')).toBe(false);
    expect(tree.exists('eslint.config.mjs')).toBe(false);
    expect(readJson(tree, '.lintstagedrc.json')).toEqual({
      '*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}':
        'biome check --write --no-errors-on-unmatched --files-ignore-unknown=true',
      '**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}': 'baton style check --staged --if-model-written',
    });
  });

  it('changes nothing when run a second time', async () => {
    await initGenerator(tree, { skipInstall: true });
    const first = snapshot(tree);
    await initGenerator(tree, { skipInstall: true });
    expect(snapshot(tree)).toEqual(first);
  });

  it('keeps the configurations, versions and hooks a workspace has, adding only what is missing', async () => {
    tree.write('.prettierrc.yaml', 'semi: false\n');
    writeJson(tree, '.eslintrc.json', { extends: ['eslint:recommended'] });
    tree.write('.husky/pre-commit', 'npm test');
    tree.write('.husky/commit-msg', 'npx commitlint --edit "$1"\n');
    writeJson(tree, 'package.json', {
      name: 'ws',
      scripts: { prepare: 'node tools/setup.js' },
      devDependencies: { husky: '^8.0.3', eslint: '8.57.0' },
      'lint-staged': { '*.ts': 'eslint --fix' },
    });

    await init();

    expect(tree.exists('.prettierrc')).toBe(false);
    expect(tree.exists('eslint.config.mjs')).toBe(false);
    const packageJson = readJson(tree, 'package.json');
    expect(packageJson.devDependencies).toEqual({
      husky: '^8.0.3',
      eslint: '8.57.0',
      'lint-staged': initDevDependencies['lint-staged'],
    });
    expect(packageJson.scripts.prepare).toBe('node tools/setup.js && husky');
    expect(packageJson['lint-staged']).toEqual({
      '*.ts': 'eslint --fix',
      '*.{json,md,yml,yaml,css,scss,html}': 'prettier --write',
      '**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}': 'baton style check --staged --if-model-written',
    });
    expect(tree.exists('.lintstagedrc.json')).toBe(false);
    expect(tree.read('.husky/pre-commit', 'utf-8')).toBe('npm test\nlint-staged\n');
    expect(tree.read('.husky/commit-msg', 'utf-8')).toBe(
      'npx commitlint --edit "$1"\n[ -z "$BATON_PHASE" ] || baton-commit-msg "$1"\n',
    );
  });

  it.each(['baton hook commit-msg "$1"', '[ -z "$BATON_PHASE" ] || baton hook commit-msg "$1"'])(
    "brings the commit-msg line an earlier init wrote (%s) up to date, and leaves the hook's other lines",
    async (earlier) => {
      tree.write('.husky/commit-msg', `npx commitlint --edit "$1"\n${earlier}\n`);
      await init();
      expect(tree.read('.husky/commit-msg', 'utf-8')).toBe(
        'npx commitlint --edit "$1"\n[ -z "$BATON_PHASE" ] || baton-commit-msg "$1"\n',
      );
      await init();
      expect(tree.read('.husky/commit-msg', 'utf-8')).toBe(
        'npx commitlint --edit "$1"\n[ -z "$BATON_PHASE" ] || baton-commit-msg "$1"\n',
      );
    },
  );

  it('leaves a plugin entry that exists, and its map, alone', async () => {
    const custom = {
      plugin: '@baton/nx',
      options: { models: { gpt: { provider: 'openai', model: 'gpt-4.1' } } },
    };
    updateNxJson(tree, { ...readNxJson(tree), plugins: [custom] });
    await init();
    expect(readNxJson(tree)?.plugins).toEqual([custom]);
  });

  it('respects useInferencePlugins: false unless --addPlugin says otherwise', async () => {
    updateNxJson(tree, { ...readNxJson(tree), useInferencePlugins: false });
    await init();
    expect(readNxJson(tree)?.plugins ?? []).toEqual([]);
    expect(tree.exists('.husky/pre-commit')).toBe(true);
    await init({ addPlugin: true });
    expect(readNxJson(tree)?.plugins).toHaveLength(1);
  });

  it('adds the style gate to a JSON lint-staged file, and leaves a JavaScript one to the user', async () => {
    writeJson(tree, '.lintstagedrc.json', { '*': 'prettier --write --ignore-unknown' });
    await init();
    expect(readJson(tree, '.lintstagedrc.json')).toEqual({
      '*': 'prettier --write --ignore-unknown',
      '**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}': 'baton style check --staged --if-model-written',
    });

    const other = presetTsTree();
    const config = "export default { '*.ts': 'eslint' };\n";
    other.write('lint-staged.config.mjs', config);
    await initGenerator(other, { skipInstall: true, skipFormat: true });
    expect(other.read('lint-staged.config.mjs', 'utf-8')).toBe(config);
    expect(other.exists('.lintstagedrc.json')).toBe(false);
  });

  it('formats with oxfmt where the workspace does, adding no Prettier', async () => {
    tree.write('.oxfmtrc.json', '{}\n');
    await init();
    expect(tree.exists('.prettierrc')).toBe(false);
    expect(readJson(tree, 'package.json').devDependencies.prettier).toBeUndefined();
    expect(readJson(tree, '.lintstagedrc.json')).toEqual({
      '*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}': 'oxfmt --no-error-on-unmatched-pattern --write',
      '**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}': 'baton style check --staged --if-model-written',
    });
  });
});

describe('nx g @baton/nx:init in a workspace in a subfolder of its git repository', () => {
  const repo = tempRepoForTests({ prefix: 'baton-init-subfolder-' });
  const folder = 'apps/frontend';
  let tree: Tree;
  beforeEach(() => {
    repo.write('README.md', '# The company\n');
    // Its JSON as create-nx-workspace writes it: two-space, with a last newline.
    for (const [path, text] of Object.entries(treeSnapshot(presetTsTree()))) {
      const json = path.endsWith('.json') ? `${JSON.stringify(JSON.parse(text), null, 2)}\n` : text;
      repo.write(`${folder}/${path}`, json);
    }
    repo.commitAll('Start');
    // What `nx g` gives a generator run in apps/frontend: a Tree over the folder on disk.
    tree = new FsTree(repo.path(folder), false);
  });
  const init = () => initGenerator(tree, { skipInstall: true, skipFormat: true });

  it('writes hooks that change into the workspace, and a prepare script that runs husky from the top', async () => {
    await init();
    expect(tree.read('.husky/pre-commit', 'utf-8')).toBe('cd apps/frontend\nlint-staged\n');
    expect(tree.read('.husky/commit-msg', 'utf-8')).toBe(
      'cd apps/frontend\n[ -z "$BATON_PHASE" ] || baton-commit-msg "$1"\n',
    );
    expect(tree.read('.husky/pre-merge-commit', 'utf-8')).toBe(
      'cd apps/frontend\nbaton check --base HEAD --head MERGE_HEAD\n',
    );
    expect(readJson(tree, 'package.json').scripts.prepare).toBe(
      'cd ../.. && husky apps/frontend/.husky',
    );
    const first = treeSnapshot(tree);
    await init();
    expect(treeSnapshot(tree)).toEqual(first);
  });

  it('appends to the hooks and prepare script a workspace has, changing into it only where the hook does not', async () => {
    tree.write('.husky/pre-commit', 'npm test');
    tree.write('.husky/commit-msg', 'cd apps/frontend\nnpx commitlint --edit "$1"\n');
    updateJson(tree, 'package.json', (json) => ({
      ...json,
      scripts: { prepare: 'node tools/setup.js' },
      devDependencies: { husky: '^9.0.0' },
    }));
    const before = treeSnapshot(tree);
    await init();
    expect(tree.read('.husky/pre-commit', 'utf-8')).toBe(
      'npm test\ncd apps/frontend\nlint-staged\n',
    );
    expect(tree.read('.husky/commit-msg', 'utf-8')).toBe(
      'cd apps/frontend\nnpx commitlint --edit "$1"\n[ -z "$BATON_PHASE" ] || baton-commit-msg "$1"\n',
    );
    expect(readJson(tree, 'package.json').scripts.prepare).toBe(
      'node tools/setup.js && cd ../.. && husky apps/frontend/.husky',
    );

    await removeGenerator(tree, { skipFormat: true });
    // init ends a hook without a last newline with one; and the workspace's hooks, left, still need husky.
    expect(treeSnapshot(tree)).toEqual({
      ...before,
      '.husky/pre-commit': 'npm test\n',
      'package.json': tree.read('package.json', 'utf-8'),
    });
    expect(readJson(tree, 'package.json').scripts.prepare).toBe(
      'node tools/setup.js && cd ../.. && husky apps/frontend/.husky',
    );
  });

  it('is undone by remove, byte for byte', async () => {
    // As create-nx-workspace writes it: empty scripts.
    updateJson(tree, 'package.json', (json) => ({ ...json, scripts: {} }));
    const before = treeSnapshot(tree);
    await init();
    await removeGenerator(tree, { skipFormat: true });
    expect(treeSnapshot(tree)).toEqual(before);
  });

  it("activates the hooks with the workspace's husky run from the repository's top, and deactivates them", async () => {
    const workspace = repo.path(folder);
    // The workspace's own husky, where npm installs it: in the workspace, not at the repository's top.
    mkdirSync(join(workspace, 'node_modules'));
    symlinkSync(join(repoRoot, 'node_modules', 'husky'), join(workspace, 'node_modules', 'husky'));
    const location = await gitLocation(workspace);
    expect(location).toEqual({ top: expect.any(String), prefix: 'apps/frontend/' });
    activateHooks(workspace, location);
    expect(repo.git('config', 'core.hooksPath')).toBe('apps/frontend/.husky/_');
    expect(repo.exists(`${folder}/.husky/_/pre-commit`)).toBe(true);
    deactivateHooks(workspace, location);
    expect(() => repo.git('config', 'core.hooksPath')).toThrow();
  });
});
