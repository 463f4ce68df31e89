import type { Tree } from '@nx/devkit';

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
