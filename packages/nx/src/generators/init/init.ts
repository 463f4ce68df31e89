import {
  addDependenciesToPackageJson,
  formatFiles,
  installPackagesTask,
  logger,
  readJson,
  runTasksInSerial,
  updateJson,
  type GeneratorCallback,
  type Tree,
} from '@nx/devkit';
import { withRenderedErrors } from '../../errors';
import { addLines, batonAttributes, batonIgnored } from './lib/git-files';
import { activateHooks, addHooks, addPrepareScript, gitLocation } from './lib/husky';
import { configureTraceNotes } from './lib/trace-notes';
import { addLintStagedConfig } from './lib/lint-staged';
import { initMessages } from './lib/messages';
import { addPluginByDefault, hasBatonPlugin, registerBatonPlugin } from './lib/plugin-entry';
import { treeTools } from './lib/workspace-tools';
import type { InitGeneratorSchema } from './schema';
import { initDevDependencies } from './versions';

interface NormalizedSchema {
  skipInstall: boolean;
  skipFormat: boolean;
  addPlugin: boolean;
}

export function normalizeOptions(tree: Tree, schema: InitGeneratorSchema): NormalizedSchema {
  return {
    skipInstall: schema.skipInstall ?? false,
    skipFormat: schema.skipFormat ?? false,
    addPlugin: schema.addPlugin ?? addPluginByDefault(tree),
  };
}

/** The hook tools (husky, lint-staged) the workspace lacks. */
function missingDevDependencies(tree: Tree): Record<string, string> {
  const json = readJson(tree, 'package.json');
  const installed = { ...json.dependencies, ...json.devDependencies };
  return Object.fromEntries(
    Object.entries(initDevDependencies).filter(([name]) => installed[name] === undefined),
  );
}

/**
 * `nx g @baton/nx:init` (and `nx add @baton/nx`): the plugin entry with the default map, husky and
 * lint-staged, and the git hooks running the workspace's own formatter and linter, if any. Only the Tree changes
 * here; installing and activating the hooks happen in the returned callback. Idempotent.
 */
export async function initGenerator(
  tree: Tree,
  schema: InitGeneratorSchema,
): Promise<GeneratorCallback> {
  const options = normalizeOptions(tree, schema);
  const registered = hasBatonPlugin(tree);
  if (!registered && options.addPlugin) registerBatonPlugin(tree);

  // The workspace's own formatter and linter, or none: another one would change what Nx's generators do.
  const tools = treeTools(tree);
  const devDependencies = missingDevDependencies(tree);
  if (Object.keys(devDependencies).length > 0) {
    const hadDependencies = 'dependencies' in readJson(tree, 'package.json');
    addDependenciesToPackageJson(tree, {}, devDependencies, 'package.json', true);
    // The devkit adds an empty "dependencies" even when given none.
    if (!hadDependencies) {
      updateJson(tree, 'package.json', (json) => {
        if (Object.keys(json.dependencies ?? {}).length === 0) delete json.dependencies;
        return json;
      });
    }
  }
  addLines(tree, '.gitignore', batonIgnored);
  addLines(tree, '.gitattributes', batonAttributes);

  const lintStaged = addLintStagedConfig(tree, tools);
  // Read, not changed: a workspace in a subfolder of its repository has hooks that change into it.
  const location = await gitLocation(tree.root);
  addHooks(tree, location?.prefix);
  addPrepareScript(tree, location?.prefix);

  if (!options.skipFormat) await formatFiles(tree);

  return runTasksInSerial(
    () => {
      if (!registered)
        logger.info(options.addPlugin ? initMessages.pluginRegistered : initMessages.pluginSkipped);
      if (lintStaged.kind === 'manual')
        logger.warn(initMessages.lintStagedManual(lintStaged.file, lintStaged.entries));
    },
    ...(options.skipInstall
      ? [() => logger.info(initMessages.installSkipped)]
      : [() => installPackagesTask(tree), () => activateHooks(tree.root, location)]),
    () => configureTraceNotes(tree.root),
    () => logger.info(initMessages.nextSteps),
  );
}

export default withRenderedErrors(initGenerator);
