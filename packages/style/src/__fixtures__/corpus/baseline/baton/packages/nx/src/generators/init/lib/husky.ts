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
