import {
  formatFiles,
  logger,
  readJson,
  updateJson,
  type GeneratorCallback,
  type Tree,
} from '@nx/devkit';
import { batonAttributes, batonIgnored, removeLines } from '../init/lib/git-files';
import { deactivateHooks, gitLocation, removeHooks, removePrepareScript } from '../init/lib/husky';
import { removeLintStagedEntries } from '../init/lib/lint-staged';
import { unregisterBatonPlugin } from '../init/lib/plugin-entry';
import { treeTools } from '../init/lib/workspace-tools';
import { initDevDependencies } from '../init/versions';
import { removeMessages } from './lib/messages';
import type { RemoveGeneratorSchema } from './schema';

/** Drops the hook tools init added (at init's exact versions) that nothing uses any more. */
function removeUnusedHookTools(tree: Tree, unused: Array<keyof typeof initDevDependencies>): void {
  const devDependencies = readJson(tree, 'package.json').devDependencies ?? {};
  const added = unused.filter((name) => devDependencies[name] === initDevDependencies[name]);
  if (added.length === 0) return;
  updateJson(tree, 'package.json', (json) => {
    for (const name of added) delete json.devDependencies[name];
    return json;
  });
}

/**
 * `nx g @baton/nx:remove`: undoes `init`. Baton's nx.json entry, hook lines, lint-staged entries and
 * git-ignore and git-attribute lines go; the workspace's own stay byte for byte. Only the Tree changes here; git's hooks path is reset
 * in the returned callback.
 */
export async function removeGenerator(
  tree: Tree,
  schema: RemoveGeneratorSchema,
): Promise<GeneratorCallback> {
  const unregistered = unregisterBatonPlugin(tree);
  const lintStagedLeft = removeLintStagedEntries(tree, treeTools(tree));
  const location = await gitLocation(tree.root);
  const prefix = location?.prefix ?? '';
  const hooksLeft = removeHooks(tree, { keepLintStaged: lintStagedLeft, prefix });
  if (hooksLeft.length === 0) removePrepareScript(tree, prefix);
  removeUnusedHookTools(tree, [
    ...(lintStagedLeft ? [] : (['lint-staged'] as const)),
    ...(hooksLeft.length > 0 ? [] : (['husky'] as const)),
  ]);

  removeLines(tree, '.gitignore', batonIgnored);
  removeLines(tree, '.gitattributes', batonAttributes);

  if (!schema.skipFormat) await formatFiles(tree);

  return () => {
    if (hooksLeft.length === 0) deactivateHooks(tree.root, location);
    logger.info(unregistered ? removeMessages.removed : removeMessages.notRegistered);
    logger.info(removeMessages.nextSteps);
  };
}

export default removeGenerator;
