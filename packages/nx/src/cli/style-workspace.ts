import type { NxJsonConfiguration } from '@nx/devkit';
import { InvalidArgumentError } from 'commander';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The workspace the `baton` command works on: the nearest folder above `cwd` holding nx.json, else `cwd`. */
export function workspaceRootOf(cwd: string = process.cwd()): string {
  for (let dir = resolve(cwd); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
  }
  return resolve(cwd);
}

/** File arguments (relative to `cwd`, or absolute as lint-staged passes them) as workspace-relative posix paths. */
export function workspacePaths(
  root: string,
  files: readonly string[],
  cwd = process.cwd(),
): string[] {
  return files.map((file) => relative(root, resolve(cwd, file)).split('\\').join('/'));
}

/**
 * The branch `baton check` compares with when `--base` is not given: nx.json's `defaultBase` (or
 * `affected.defaultBase`), read as Nx reads it, else the repository's own default branch, else main.
 */
export async function defaultBase(root: string): Promise<string> {
  return (await nxDefaultBase(root)) ?? (await repositoryDefaultBranch(root));
}

async function nxDefaultBase(root: string): Promise<string | undefined> {
  const file = join(root, 'nx.json');
  if (!existsSync(file)) return undefined;
  // The devkit's readJsonFile itself: loading all of @nx/devkit would double a commit hook's start-up.
  const { readJsonFile } = await import('nx/src/utils/fileutils');
  let nxJson: NxJsonConfiguration;
  try {
    nxJson = readJsonFile<NxJsonConfiguration>(file);
  } catch {
    // A broken nx.json is reported by whatever reads the map; the base has a safe default.
    return undefined;
  }
  return nxJson.defaultBase ?? nxJson.affected?.defaultBase;
}

/** The repository's own main line (master, trunk, ...), so a repository not on main needs no --base. */
async function repositoryDefaultBranch(root: string): Promise<string> {
  const { defaultBranch } = await import('@baton/relay');
  return (await defaultBranch(root)) ?? 'main';
}

/** A commander parser for whole-number options: a bad value is a usage error naming the option. */
export function wholeNumber(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) {
    throw new InvalidArgumentError('It must be a whole number of 0 or more, e.g. 10.');
  }
  return count;
}

/**
 * A number option checked by `validate`, which is handed what was typed when it is not a number:
 * its message then quotes it, not the `null` that NaN prints as.
 */
export function checkedNumber(validate: (value: unknown) => number): (value: string) => number {
  return (value) => {
    const number = Number(value);
    return validate(value.trim() !== '' && Number.isFinite(number) ? number : value);
  };
}
