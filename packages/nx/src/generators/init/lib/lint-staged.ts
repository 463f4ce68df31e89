import { readJson, updateJson, type Tree } from '@nx/devkit';
import type { Formatter, Linter, WorkspaceTools } from '@baton/relay';

type Commands = string | string[];
type LintStagedConfig = Record<string, Commands>;

const sourceGlob = '*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}';
const dataGlob = '*.{json,md,yml,yaml,css,scss,html}';

/** The style gate's entry. Its own glob, so lint-staged runs it alongside the formatters: it reads the staged text, never the files they rewrite. */
export const styleGateEntry: LintStagedConfig = {
  [`**/${sourceGlob}`]: 'baton style check --staged --if-model-written',
};

// Each tool's fixing command over the staged files it is given; Biome skips files it does not know.
const formatCommand: Record<Formatter, string> = {
  prettier: 'prettier --write',
  oxfmt: 'oxfmt --no-error-on-unmatched-pattern --write',
  biome: 'biome check --write --no-errors-on-unmatched --files-ignore-unknown=true',
};
const lintCommand: Record<Linter, string> = {
  eslint: 'eslint --fix',
  biome: formatCommand.biome,
};

/** Baton's whole lint-staged config, for a workspace that has none: its own tools, then the style gate. */
export function batonLintStagedConfig(tools: WorkspaceTools): LintStagedConfig {
  const source = [
    ...new Set([
      ...(tools.formatter ? [formatCommand[tools.formatter]] : []),
      ...(tools.linter ? [lintCommand[tools.linter]] : []),
    ]),
  ];
  return {
    ...(source.length > 0 ? { [sourceGlob]: source.length === 1 ? source[0]! : source } : {}),
    ...(tools.formatter === 'prettier' ? { [dataGlob]: 'prettier --write' } : {}),
    ...styleGateEntry,
  };
}

const jsonConfigFiles = ['.lintstagedrc.json', '.lintstagedrc'];
const otherConfigFiles = [
  '.lintstagedrc.yaml',
  '.lintstagedrc.yml',
  '.lintstagedrc.mjs',
  '.lintstagedrc.js',
  '.lintstagedrc.cjs',
  'lint-staged.config.mjs',
  'lint-staged.config.js',
  'lint-staged.config.cjs',
  'lint-staged.config.ts',
  'lint-staged.config.mts',
  'lint-staged.config.cts',
];

export type LintStagedOutcome =
  | { kind: 'unchanged'; file: string }
  | { kind: 'written'; file: string }
  | { kind: 'extended'; file: string; keys: string[] }
  /** A config Baton cannot edit safely (JavaScript, YAML): these entries are for the user to add. */
  | { kind: 'manual'; file: string; entries: LintStagedConfig };

const runs = (config: LintStagedConfig, tool: string) =>
  Object.values(config).some((commands) =>
    [commands].flat().some((command) => typeof command === 'string' && command.includes(tool)),
  );

/** Baton's entries an existing config lacks: never a second formatter over files the config formats already. */
function missingEntries(config: LintStagedConfig, tools: WorkspaceTools): LintStagedConfig {
  const missing: LintStagedConfig = {};
  const entries = batonLintStagedConfig(tools);
  const formats = ['prettier', 'oxfmt', 'biome'].some((tool) => runs(config, tool));
  if (!formats && !runs(config, 'eslint') && entries[sourceGlob])
    missing[sourceGlob] = entries[sourceGlob];
  if (!formats && entries[dataGlob]) missing[dataGlob] = entries[dataGlob];
  if (!runs(config, 'baton style check')) Object.assign(missing, styleGateEntry);
  for (const key of Object.keys(missing)) if (key in config) delete missing[key];
  return missing;
}

function isJson(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** Writes Baton's lint-staged config, or adds its entries to the workspace's where they are missing. */
export function addLintStagedConfig(tree: Tree, tools: WorkspaceTools): LintStagedOutcome {
  if (tree.exists('package.json') && readJson(tree, 'package.json')['lint-staged'] !== undefined) {
    const missing = missingEntries(readJson(tree, 'package.json')['lint-staged'], tools);
    if (Object.keys(missing).length === 0) return { kind: 'unchanged', file: 'package.json' };
    updateJson(tree, 'package.json', (json) => {
      json['lint-staged'] = { ...json['lint-staged'], ...missing };
      return json;
    });
    return { kind: 'extended', file: 'package.json', keys: Object.keys(missing) };
  }
  for (const file of jsonConfigFiles) {
    if (!tree.exists(file)) continue;
    const text = tree.read(file, 'utf-8') ?? '';
    const config = isJson(text) ? (JSON.parse(text) as LintStagedConfig) : null;
    const missing = missingEntries(config ?? {}, tools);
    if (Object.keys(missing).length === 0) return { kind: 'unchanged', file };
    if (config === null) return { kind: 'manual', file, entries: missing };
    updateJson(tree, file, (json) => ({ ...json, ...missing }));
    return { kind: 'extended', file, keys: Object.keys(missing) };
  }
  const other = otherConfigFiles.find((file) => tree.exists(file));
  if (other) {
    const text = tree.read(other, 'utf-8') ?? '';
    return text.includes('baton style check')
      ? { kind: 'unchanged', file: other }
      : { kind: 'manual', file: other, entries: styleGateEntry };
  }
  tree.write('.lintstagedrc.json', `${JSON.stringify(batonLintStagedConfig(tools), null, 2)}\n`);
  return { kind: 'written', file: '.lintstagedrc.json' };
}

/** Whether `value` is what Baton writes under `key` for these tools. */
function isBatonEntry(key: string, value: Commands, tools: WorkspaceTools): boolean {
  const baton = batonLintStagedConfig(tools)[key];
  return baton !== undefined && JSON.stringify(baton) === JSON.stringify(value);
}

/**
 * Takes Baton's entries out of the workspace's lint-staged config (package.json or a JSON file),
 * and the file or key when nothing else is left in it. Returns whether a lint-staged config remains.
 */
export function removeLintStagedEntries(tree: Tree, tools: WorkspaceTools): boolean {
  const without = (config: LintStagedConfig) =>
    Object.fromEntries(
      Object.entries(config).filter(([key, value]) => !isBatonEntry(key, value, tools)),
    );
  if (tree.exists('package.json') && readJson(tree, 'package.json')['lint-staged'] !== undefined) {
    const left = without(readJson(tree, 'package.json')['lint-staged']);
    updateJson(tree, 'package.json', (json) => {
      if (Object.keys(left).length > 0) json['lint-staged'] = left;
      else delete json['lint-staged'];
      return json;
    });
    return Object.keys(left).length > 0;
  }
  for (const file of jsonConfigFiles) {
    if (!tree.exists(file)) continue;
    const text = tree.read(file, 'utf-8') ?? '';
    if (!isJson(text)) return true;
    const left = without(JSON.parse(text) as LintStagedConfig);
    if (Object.keys(left).length === 0) tree.delete(file);
    else tree.write(file, `${JSON.stringify(left, null, 2)}\n`);
    return Object.keys(left).length > 0;
  }
  return otherConfigFiles.some((file) => tree.exists(file));
}
