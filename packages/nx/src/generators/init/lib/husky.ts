import { execFileSync } from 'node:child_process';
import { logger, updateJson, readJson, type Tree } from '@nx/devkit';
import { shellPaths } from '@baton/errors';
import { installedTool, repositoryLocation, type RepositoryLocation } from '@baton/relay';
import { initMessages } from './messages';

interface BatonHook {
  line: string;
  /** Tells whether a hook already runs Baton's program. */
  present: RegExp;
  /** Lines earlier versions of `init` wrote, which `init` brings up to date and `remove` takes out. */
  earlier: readonly string[];
}

/**
 * Baton's git hooks, husky 9 style: one line each that calls a real program (husky puts
 * node_modules/.bin on PATH).
 */
export const batonHooks: Record<'pre-commit' | 'commit-msg' | 'pre-merge-commit', BatonHook> = {
  'pre-commit': { line: 'lint-staged', present: /\blint-staged\b/, earlier: [] },
  'commit-msg': {
    // The rule holds only while a phase commits (BATON_PHASE set): a person's commit starts nothing.
    // A phase's commit starts node only when its trailers are not all there (bin/baton-commit-msg).
    line: '[ -z "$BATON_PHASE" ] || baton-commit-msg "$1"',
    present: /\bbaton(?: hook |-)commit-msg\b/,
    earlier: ['baton hook commit-msg "$1"', '[ -z "$BATON_PHASE" ] || baton hook commit-msg "$1"'],
  },
  'pre-merge-commit': {
    line: 'baton check --base HEAD --head MERGE_HEAD',
    present: /\bbaton check\b/,
    earlier: [],
  },
};

/** Where the workspace sits in its git repository (`prefix` '' at the top, `web/` in a subfolder), or null outside one. */
export async function gitLocation(root: string): Promise<RepositoryLocation | null> {
  try {
    return await repositoryLocation(root);
  } catch {
    return null;
  }
}

/** The workspace's folder in the repository (`web`), '' at the top. */
const folderOf = (prefix: string) => prefix.replace(/\/$/, '');

/**
 * The line a hook of a workspace in a subfolder starts with: git runs hooks at the repository's top,
 * and husky's PATH entry `node_modules/.bin` is relative. Null at the top.
 */
function intoWorkspace(prefix: string): string | null {
  return prefix ? `cd ${shellPaths(folderOf(prefix))}` : null;
}

/**
 * How `prepare` runs husky: `husky`, or for a workspace in a subfolder, from the repository's top
 * (husky refuses `..`) on the workspace's hooks folder, as husky documents it.
 */
export function huskyCommand(prefix: string): string {
  if (!prefix) return 'husky';
  const folder = folderOf(prefix);
  const up = folder
    .split('/')
    .map(() => '..')
    .join('/');
  return `cd ${up} && husky ${shellPaths(`${folder}/.husky`)}`;
}

/**
 * Writes each hook, or appends Baton's line to a hook that exists; returns the hooks it changed. In a
 * workspace in a subfolder, the line comes after a `cd` into it unless the hook changes into it already.
 */
export function addHooks(tree: Tree, prefix = ''): string[] {
  const changed: string[] = [];
  const cd = intoWorkspace(prefix);
  for (const [name, hook] of Object.entries(batonHooks)) {
    const path = `.husky/${name}`;
    const existing = tree.exists(path) ? (tree.read(path, 'utf-8') ?? '') : null;
    if (existing !== null && hook.present.test(existing)) {
      const lines = existing.split('\n');
      const current = lines.map((line) => (hook.earlier.includes(line.trim()) ? hook.line : line));
      if (current.some((line, i) => line !== lines[i])) {
        tree.write(path, current.join('\n'));
        changed.push(name);
      }
      continue;
    }
    const before =
      existing === null || existing === '' || existing.endsWith('\n')
        ? (existing ?? '')
        : `${existing}\n`;
    const inWorkspace = cd === null || before.split('\n').some((line) => line.trim() === cd);
    tree.write(path, `${before}${inWorkspace ? '' : `${cd}\n`}${hook.line}\n`);
    changed.push(name);
  }
  return changed;
}

/**
 * Takes Baton's line out of each hook (the pre-commit's `lint-staged` only when no lint-staged config
 * is left to run), with the `cd` into the workspace that then leads nowhere, and a hook out when
 * nothing else is in it. Returns the hooks that remain.
 */
export function removeHooks(
  tree: Tree,
  options: { keepLintStaged: boolean; prefix?: string },
): string[] {
  const cd = intoWorkspace(options.prefix ?? '');
  for (const [name, hook] of Object.entries(batonHooks)) {
    const path = `.husky/${name}`;
    if (!tree.exists(path) || (name === 'pre-commit' && options.keepLintStaged)) continue;
    const lines = (tree.read(path, 'utf-8') ?? '').split('\n');
    const kept = lines.filter(
      (line) => line.trim() !== hook.line && !hook.earlier.includes(line.trim()),
    );
    if (kept.length === lines.length) continue;
    const last = kept.findLastIndex((line) => line.trim() !== '');
    if (cd !== null && last !== -1 && kept[last]!.trim() === cd) kept.splice(last, 1);
    if (kept.join('').trim() === '') tree.delete(path);
    else tree.write(path, kept.join('\n'));
  }
  return tree.exists('.husky')
    ? tree.children('.husky').filter((name) => name !== '_' && tree.isFile(`.husky/${name}`))
    : [];
}

/** Takes Baton's husky command out of the prepare script (and the script out when it ran only that). */
export function removePrepareScript(tree: Tree, prefix = ''): void {
  const prepare = (readJson(tree, 'package.json').scripts ?? {})['prepare'] as string | undefined;
  const husky = huskyCommand(prefix);
  const script = prepare?.trim() ?? '';
  const before = script.endsWith(husky) ? script.slice(0, -husky.length) : null;
  if (before === null || (before !== '' && !/&&\s*$/.test(before))) return;
  updateJson(tree, 'package.json', (json) => {
    if (before === '') delete json.scripts.prepare;
    else json.scripts.prepare = before.replace(/\s*&&\s*$/, '');
    return json;
  });
}

/** Points git back at its own hooks when it still uses husky's folder (a side effect: for the generator's callback). */
export function deactivateHooks(root: string, location: RepositoryLocation | null): void {
  if (location === null) return;
  try {
    const path = execFileSync('git', ['config', '--local', 'core.hooksPath'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    if (path === `${location.prefix}.husky/_`)
      execFileSync('git', ['config', '--local', '--unset', 'core.hooksPath'], { cwd: root });
  } catch {
    // git config exits 1 when core.hooksPath is not set: nothing to undo.
  }
}

/** `"prepare": "husky"` (see {@link huskyCommand}), so that every `npm install` activates the hooks; appended to a prepare script that exists. */
export function addPrepareScript(tree: Tree, prefix = ''): void {
  const scripts = (readJson(tree, 'package.json').scripts ?? {}) as Record<string, string>;
  const prepare = scripts['prepare'];
  if (prepare !== undefined && /\bhusky\b/.test(prepare)) return;
  const husky = huskyCommand(prefix);
  updateJson(tree, 'package.json', (json) => {
    json.scripts = { ...json.scripts, prepare: prepare ? `${prepare} && ${husky}` : husky };
    return json;
  });
}

/**
 * Points git at the hooks by running the workspace's husky as `prepare` does: from the repository's
 * top, on the workspace's hooks folder (a side effect: for the generator's callback).
 */
export function activateHooks(root: string, location: RepositoryLocation | null): void {
  if (location === null) {
    logger.warn(initMessages.noGitRepository(root));
    return;
  }
  const husky = installedTool(root, 'husky');
  if (!husky) {
    logger.warn(initMessages.noHusky);
    return;
  }
  const folder = location.prefix ? [`${folderOf(location.prefix)}/.husky`] : [];
  execFileSync(process.execPath, [husky.bin, ...folder], { cwd: location.top, stdio: 'inherit' });
  logger.info(initMessages.hooksActive);
}
