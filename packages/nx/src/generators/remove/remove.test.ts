import { readNxJson, updateJson, updateNxJson, writeJson, type Tree } from '@nx/devkit';
import { presetTsTree, treeSnapshot } from '@baton/testing/tree';
import { beforeEach, describe, expect, it } from 'vitest';
import { initGenerator } from '../init/init';
import { removeGenerator } from './remove';

const snapshot = treeSnapshot;

describe('nx g @baton/nx:remove', () => {
  let tree: Tree;
  beforeEach(() => {
    tree = presetTsTree();
    tree.write('.prettierrc', '{ "singleQuote": true }\n');
    updateNxJson(tree, { ...readNxJson(tree), plugins: ['@nx/js/typescript'] });
    // As create-nx-workspace writes it: two-space JSON, empty scripts and dependencies.
    writeJson(tree, 'package.json', {
      name: '@proj/source',
      scripts: {},
      private: true,
      dependencies: {},
      devDependencies: { nx: '23.2.1', prettier: '~3.6.2' },
    });
  });
  const installThenRemove = async () => {
    await initGenerator(tree, { skipInstall: true, skipFormat: true });
    await removeGenerator(tree, { skipFormat: true });
  };

  it('leaves a workspace that had no hooks as it was before init', async () => {
    const before = snapshot(tree);
    await installThenRemove();
    expect(snapshot(tree)).toEqual(before);
  });

  it('keeps the workspace’s own husky hooks, lint-staged config and prepare script, byte for byte', async () => {
    tree.write('.husky/pre-commit', 'npx lint-staged\n');
    tree.write('.husky/commit-msg', 'npx --no -- commitlint --edit "$1"\n');
    tree.write('.husky/pre-push', 'npm test\n');
    updateJson(tree, 'package.json', (json) => ({
      ...json,
      scripts: { prepare: 'husky' },
      devDependencies: { husky: '^9.0.0', 'lint-staged': '^15.2.0' },
      'lint-staged': { '*.ts': ['prettier --write', 'eslint --fix'] },
    }));
    const before = snapshot(tree);
    await initGenerator(tree, { skipInstall: true, skipFormat: true });
    expect(tree.read('.husky/commit-msg', 'utf-8')).toContain('baton-commit-msg');
    await removeGenerator(tree, { skipFormat: true });
    expect(snapshot(tree)).toEqual(before);
  });

  it.each(['baton hook commit-msg "$1"', '[ -z "$BATON_PHASE" ] || baton hook commit-msg "$1"'])(
    'takes out the commit-msg line an earlier init wrote (%s)',
    async (earlier) => {
      tree.write('.husky/commit-msg', 'npx --no -- commitlint --edit "$1"\n');
      await initGenerator(tree, { skipInstall: true, skipFormat: true });
      tree.write('.husky/commit-msg', `npx --no -- commitlint --edit "$1"\n${earlier}\n`);
      await removeGenerator(tree, { skipFormat: true });
      expect(tree.read('.husky/commit-msg', 'utf-8')).toBe('npx --no -- commitlint --edit "$1"\n');
    },
  );

  it('keeps a pre-commit line the workspace wrote, and a map-less nx.json, when Baton was never there', async () => {
    tree.write('.husky/pre-commit', 'npm test\n');
    const before = snapshot(tree);
    await removeGenerator(tree, { skipFormat: true });
    expect(snapshot(tree)).toEqual(before);
  });
});
