/**
 * The devDependencies `nx g @baton/nx:init` adds where a workspace has none, pinned to versions that
 * run on Node 20.19 (each package's `engines`). Only the hook tools: formatters and linters stay the
 * workspace's choice. One place: the e2e template installs the same ones.
 */
export const initDevDependencies = {
  husky: '9.1.7',
  'lint-staged': '16.4.0',
} as const;
