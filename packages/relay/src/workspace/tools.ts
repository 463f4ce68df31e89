import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The formatters and linters Baton runs when a workspace uses them; it never brings its own. */
export type Formatter = 'prettier' | 'oxfmt' | 'biome';
export type Linter = 'eslint' | 'biome';

export interface WorkspaceTools {
  formatter: Formatter | null;
  linter: Linter | null;
}

/** What tool detection reads: whether a root file exists, and the root package.json. */
export interface ToolConfigFiles {
  exists(path: string): boolean;
  packageJson: Record<string, unknown> | null;
}

const prettierConfigFiles = [
  '.prettierrc',
  '.prettierrc.json',
  '.prettierrc.json5',
  '.prettierrc.yaml',
  '.prettierrc.yml',
  '.prettierrc.toml',
  '.prettierrc.js',
  '.prettierrc.cjs',
  '.prettierrc.mjs',
  '.prettierrc.ts',
  '.prettierrc.cts',
  '.prettierrc.mts',
  'prettier.config.js',
  'prettier.config.cjs',
  'prettier.config.mjs',
  'prettier.config.ts',
  'prettier.config.cts',
  'prettier.config.mts',
];

const eslintConfigFiles = [
  'eslint.config.js',
  'eslint.config.mjs',
  'eslint.config.cjs',
  'eslint.config.ts',
  'eslint.config.mts',
  'eslint.config.cts',
  '.eslintrc',
  '.eslintrc.js',
  '.eslintrc.cjs',
  '.eslintrc.json',
  '.eslintrc.yaml',
  '.eslintrc.yml',
];

// Nx formats with oxfmt when one of these exists (nx/src/utils/formatters/oxfmt.ts): it is then the formatter.
const oxfmtConfigFiles = ['.oxfmtrc.json', '.oxfmtrc.jsonc', 'oxfmt.config.ts', 'oxfmt.config.mts'];

const biomeConfigFiles = ['biome.json', 'biome.jsonc'];

/** The formatter and linter a workspace uses, from its root config files and package.json. */
export function workspaceTools(files: ToolConfigFiles): WorkspaceTools {
  const has = (candidates: readonly string[]) => candidates.some((file) => files.exists(file));
  const manifest = files.packageJson ?? {};
  const dependencies = {
    ...(manifest['dependencies'] as Record<string, string> | undefined),
    ...(manifest['devDependencies'] as Record<string, string> | undefined),
  };
  const biome = has(biomeConfigFiles);
  const prettier = has(prettierConfigFiles) || manifest['prettier'] !== undefined;
  const formatter: Formatter | null = has(oxfmtConfigFiles)
    ? 'oxfmt'
    : prettier
      ? 'prettier'
      : biome
        ? 'biome'
        : // Nx formats generated files with an installed Prettier even without a config.
          dependencies['prettier'] !== undefined
          ? 'prettier'
          : null;
  const eslint = has(eslintConfigFiles) || manifest['eslintConfig'] !== undefined;
  const linter: Linter | null = eslint ? 'eslint' : biome ? 'biome' : null;
  return { formatter, linter };
}

/** {@link workspaceTools} of the workspace at `root`, read from disk. */
export function workspaceToolsAt(root: string): WorkspaceTools {
  const manifestPath = join(root, 'package.json');
  let packageJson: Record<string, unknown> | null = null;
  try {
    packageJson = existsSync(manifestPath)
      ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>)
      : null;
  } catch {
    packageJson = null;
  }
  return workspaceTools({ exists: (file) => existsSync(join(root, file)), packageJson });
}

/** The npm package and bin name of each tool, as `installedTool` resolves them. */
export const toolPackages: Record<Formatter | Linter, { name: string; bin: string }> = {
  prettier: { name: 'prettier', bin: 'prettier' },
  oxfmt: { name: 'oxfmt', bin: 'oxfmt' },
  eslint: { name: 'eslint', bin: 'eslint' },
  biome: { name: '@biomejs/biome', bin: 'biome' },
};
