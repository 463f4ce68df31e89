import type { Tree } from '@nx/devkit';
// Reached as '@baton/testing/tree', not through the index: it would load this into every test.
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';

/** A generator's tree as `create-nx-workspace --preset=ts` leaves a workspace: formatted with Prettier. */
export function presetTsTree(): Tree {
  const tree = createTreeWithEmptyWorkspace();
  // The devkit's test tree comes with oxfmt's config; the preset writes Prettier's.
  tree.delete('.oxfmtrc.json');
  return tree;
}

/** Every file of a generator's tree with its content: equal before and after means nothing changed. */
export function treeSnapshot(tree: Tree, dir = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of tree.children(dir)) {
    const path = dir ? `${dir}/${name}` : name;
    if (tree.isFile(path)) files[path] = tree.read(path, 'utf-8') ?? '';
    else Object.assign(files, treeSnapshot(tree, path));
  }
  return files;
}
