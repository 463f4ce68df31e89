import { generateFiles, readJson, type Tree } from '@nx/devkit';
import { join } from 'node:path';

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

function packageJsonHas(tree: Tree, key: string): boolean {
  return tree.exists('package.json') && readJson(tree, 'package.json')[key] !== undefined;
}

/** Whether the workspace configures Prettier (any of its config files, or `prettier` in package.json). */
export function hasPrettierConfig(tree: Tree): boolean {
  return prettierConfigFiles.some((file) => tree.exists(file)) || packageJsonHas(tree, 'prettier');
}

/** Whether the workspace formats with oxfmt instead of Prettier. */
export function usesOxfmt(tree: Tree): boolean {
  return oxfmtConfigFiles.some((file) => tree.exists(file));
}

/** Whether the workspace configures ESLint (flat or legacy config, or `eslintConfig` in package.json). */
export function hasEslintConfig(tree: Tree): boolean {
  return (
    eslintConfigFiles.some((file) => tree.exists(file)) || packageJsonHas(tree, 'eslintConfig')
  );
}

/** Nx's own default Prettier config (what create-nx-workspace writes). */
export function writePrettierConfig(tree: Tree): void {
  tree.write('.prettierrc', `${JSON.stringify({ singleQuote: true }, null, 2)}\n`);
}

/** A flat config with ESLint's and typescript-eslint's recommended rules. */
export function writeEslintConfig(tree: Tree): void {
  generateFiles(tree, join(__dirname, '..', 'files', 'eslint'), '.', {});
}
