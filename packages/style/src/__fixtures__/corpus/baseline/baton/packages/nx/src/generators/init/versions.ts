/**
 * The devDependencies `nx g @baton/nx:init` adds where a workspace has none, pinned to versions that
 * run on Node 20.19 (each package's `engines`). One place: the e2e template installs the same ones.
 */
export const initDevDependencies = {
  husky: '9.1.7',
  'lint-staged': '16.4.0',
  prettier: '3.10.1',
  eslint: '9.39.5',
  '@eslint/js': '9.39.5',
  'typescript-eslint': '8.73.0',
  globals: '16.5.0',
} as const;

/** The packages an ESLint config written by init imports; added only when init writes that config. */
export const eslintConfigPackages = [
  'eslint',
  '@eslint/js',
  'typescript-eslint',
  'globals',
] as const;
