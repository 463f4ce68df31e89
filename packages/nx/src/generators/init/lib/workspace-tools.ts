import { readJson, type Tree } from '@nx/devkit';
import { workspaceTools, type WorkspaceTools } from '@baton/relay';

/** The formatter and linter the workspace in the Tree uses (none, when it has none). */
export function treeTools(tree: Tree): WorkspaceTools {
  return workspaceTools({
    exists: (file) => tree.exists(file),
    packageJson: tree.exists('package.json')
      ? readJson<Record<string, unknown>>(tree, 'package.json')
      : null,
  });
}
