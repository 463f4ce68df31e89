import {
  addDependenciesToPackageJson,
  formatFiles,
  installPackagesTask,
  logger,
  readJson,
  runTasksInSerial,
  type GeneratorCallback,
  type Tree,
} from '@nx/devkit';
import { activateHooks, addHooks, addPrepareScript } from './lib/husky';
import { configureTraceNotes } from './lib/trace-notes';
import { addLintStagedConfig } from './lib/lint-staged';
import { initMessages } from './lib/messages';
import { addPluginByDefault, hasBatonPlugin, registerBatonPlugin } from './lib/plugin-entry';
import {
  hasEslintConfig,
  hasPrettierConfig,
  usesOxfmt,
  writeEslintConfig,
  writePrettierConfig,
} from './lib/tool-configs';
import type { InitGeneratorSchema } from './schema';
import { eslintConfigPackages, initDevDependencies } from './versions';

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

/**
 * The devDependencies init adds: those the workspace lacks; the ESLint config's only when init writes
 * it; Prettier only when it is the formatter.
 */
function missingDevDependencies(
  tree: Tree,
  writesEslintConfig: boolean,
  formatsWithPrettier: boolean,
): Record<string, string> {
  const json = readJson(tree, 'package.json');
  const installed = { ...json.dependencies, ...json.devDependencies };
  const wanted = Object.entries(initDevDependencies).filter(
    ([name]) =>
      writesEslintConfig ||
      !(eslintConfigPackages as readonly string[]).includes(name) ||
      name === 'eslint',
  );
  return Object.fromEntries(
    wanted.filter(
      ([name]) => installed[name] === undefined && (formatsWithPrettier || name !== 'prettier'),
    ),
  );
}

/**
 * `nx g @baton/nx:init` (and `nx add @baton/nx`): the plugin entry with the default map, the
 * formatting and lint tools where the workspace has none, and the git hooks. Only the Tree changes
 * here; installing and activating the hooks happen in the returned callback. Idempotent.
 */
export async function initGenerator(
  tree: Tree,
  schema: InitGeneratorSchema,
): Promise<GeneratorCallback> {
  const options = normalizeOptions(tree, schema);
  const registered = hasBatonPlugin(tree);
  if (!registered && options.addPlugin) registerBatonPlugin(tree);

  const formatter = usesOxfmt(tree) ? 'oxfmt' : 'prettier';
  if (formatter === 'prettier' && !hasPrettierConfig(tree)) writePrettierConfig(tree);
  const writesEslintConfig = !hasEslintConfig(tree);
  if (writesEslintConfig) writeEslintConfig(tree);
  const devDependencies = missingDevDependencies(
    tree,
    writesEslintConfig,
    formatter === 'prettier',
  );
  if (Object.keys(devDependencies).length > 0) {
    addDependenciesToPackageJson(tree, {}, devDependencies, 'package.json', true);
  }

  const lintStaged = addLintStagedConfig(tree, formatter);
  addHooks(tree);
  addPrepareScript(tree);

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
      : [() => installPackagesTask(tree), () => activateHooks(tree.root)]),
    () => configureTraceNotes(tree.root),
    () => logger.info(initMessages.nextSteps),
  );
}

export default initGenerator;
