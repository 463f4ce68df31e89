import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { logger, updateJson, readJson, type Tree } from '@nx/devkit';
import { installedTool } from '@baton/relay';
import { initMessages } from './messages';

/**
 * Baton's git hooks, husky 9 style: one line each that calls a real program (husky puts
 * node_modules/.bin on PATH). `present` tells whether a hook already runs it.
 */
export const batonHooks = {
  'pre-commit': { line: 'lint-staged', present: /\blint-staged\b/ },
  'commit-msg': { line: 'baton hook commit-msg "$1"', present: /\bbaton hook commit-msg\b/ },
  'pre-merge-commit': {
    line: 'baton check --base HEAD --head MERGE_HEAD',
    present: /\bbaton check\b/,
  },
} as const;

/** Writes each hook, or appends Baton's line to a hook that exists; returns the hooks it changed. */
export function addHooks(tree: Tree): string[] {
  const changed: string[] = [];
  for (const [name, hook] of Object.entries(batonHooks)) {
    const path = `.husky/${name}`;
    const existing = tree.exists(path) ? (tree.read(path, 'utf-8') ?? '') : null;
    if (existing !== null && hook.present.test(existing)) continue;
    const before =
      existing === null || existing === '' || existing.endsWith('\n')
        ? (existing ?? '')
        : `${existing}\n`;
    tree.write(path, `${before}${hook.line}\n`);
    changed.push(name);
  }
  return changed;
}

/**
 * Takes Baton's line out of each hook (the pre-commit's `lint-staged` only when no lint-staged config
 * is left to run), and a hook out when nothing else is in it. Returns the hooks that remain.
 */
export function removeHooks(tree: Tree, options: { keepLintStaged: boolean }): string[] {
  for (const [name, hook] of Object.entries(batonHooks)) {
    const path = `.husky/${name}`;
    if (!tree.exists(path) || (name === 'pre-commit' && options.keepLintStaged)) continue;
    const lines = (tree.read(path, 'utf-8') ?? '').split('\n');
    const kept = lines.filter((line) => line.trim() !== hook.line);
    if (kept.length === lines.length) continue;
    if (kept.join('').trim() === '') tree.delete(path);
    else tree.write(path, kept.join('\n'));
  }
  return tree.exists('.husky')
    ? tree.children('.husky').filter((name) => name !== '_' && tree.isFile(`.husky/${name}`))
    : [];
}

/** Takes husky out of the prepare script (and the script out when it ran only husky). */
export function removePrepareScript(tree: Tree): void {
  const prepare = (readJson(tree, 'package.json').scripts ?? {})['prepare'] as string | undefined;
  if (prepare === undefined || !/\bhusky\b/.test(prepare)) return;
  updateJson(tree, 'package.json', (json) => {
    const rest = prepare.replace(/\s*&&\s*husky$/, '');
    if (prepare.trim() === 'husky') delete json.scripts.prepare;
    else if (rest !== prepare) json.scripts.prepare = rest;
    return json;
  });
}

/** Points git back at .git/hooks when it still uses husky's folder (a side effect: for the generator's callback). */
export function deactivateHooks(root: string): void {
  if (!existsSync(join(root, '.git'))) return;
  try {
    const path = execFileSync('git', ['config', '--local', 'core.hooksPath'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    if (path === '.husky/_')
      execFileSync('git', ['config', '--local', '--unset', 'core.hooksPath'], { cwd: root });
  } catch {
    // git config exits 1 when core.hooksPath is not set: nothing to undo.
  }
}

/** `"prepare": "husky"`, so that every `npm install` activates the hooks; appended to a prepare script that exists. */
export function addPrepareScript(tree: Tree): void {
  const scripts = (readJson(tree, 'package.json').scripts ?? {}) as Record<string, string>;
  const prepare = scripts['prepare'];
  if (prepare !== undefined && /\bhusky\b/.test(prepare)) return;
  updateJson(tree, 'package.json', (json) => {
    json.scripts = { ...json.scripts, prepare: prepare ? `${prepare} && husky` : 'husky' };
    return json;
  });
}

/** Points git at the hooks by running the workspace's husky (a side effect: for the generator's callback). */
export function activateHooks(root: string): void {
  if (!existsSync(join(root, '.git'))) {
    logger.warn(initMessages.noGitRepository(root));
    return;
  }
  const husky = installedTool(root, 'husky');
  if (!husky) {
    logger.warn(initMessages.noHusky);
    return;
  }
  execFileSync(process.execPath, [husky.bin], { cwd: root, stdio: 'inherit' });
  logger.info(initMessages.hooksActive);
}
