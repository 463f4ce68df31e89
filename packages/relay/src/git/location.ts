import { realpath } from 'node:fs/promises';
import { posix, resolve } from 'node:path';
import { gitAt } from './repository';

/**
 * Where a workspace sits in its git repository: `top` is the repository's top folder (absolute),
 * `prefix` the workspace's folder in it (`web/`, or '' when the workspace is the top). git names
 * files from the top in some answers (status, `--full-name`, `HEAD:<path>`) and from the current
 * folder in others; the workspace's paths and the repository's differ by `prefix`.
 */
export interface RepositoryLocation {
  top: string;
  prefix: string;
}

const locations = new Map<string, Promise<RepositoryLocation>>();

/** The location of `cwd` in its repository, asked of git once per folder. Rejects outside a repository. */
export function repositoryLocation(cwd: string): Promise<RepositoryLocation> {
  const folder = resolve(cwd);
  let location = locations.get(folder);
  if (!location) {
    location = readLocation(folder);
    // A folder that is not a repository yet may become one: only an answer is kept.
    location.catch(() => locations.delete(folder));
    locations.set(folder, location);
  }
  return location;
}

async function readLocation(folder: string): Promise<RepositoryLocation> {
  const [top = '', prefix = '', up = ''] = (
    await gitAt(folder).raw(['rev-parse', '--show-toplevel', '--show-prefix', '--show-cdup'])
  ).split('\n');
  // git names the top by its real path; reached through a symbolic link, the workspace's files are
  // named from the link, so the top is too when both are the same folder.
  const asReached = resolve(folder, up.trim());
  const same = await Promise.all([realpath(asReached), realpath(top.trim())]).then(
    ([reached, real]) => reached === real,
    () => false,
  );
  return { top: same ? asReached : top.trim(), prefix: prefix.trim() };
}

/** The repository's top folder, absolute. */
export async function repositoryRoot(cwd: string): Promise<string> {
  return (await repositoryLocation(cwd)).top;
}

/** Where `cwd` sits in its work tree (`packages/app/`, or '' at the top). */
export async function workTreePrefix(cwd: string): Promise<string> {
  return (await repositoryLocation(cwd)).prefix;
}

/**
 * A repository-relative path as the workspace at `prefix` names it: `web/src/a.ts` is `src/a.ts`,
 * and a file outside the workspace is named as git's own relative output names it (`../README.md`).
 */
export function workspacePath(prefix: string, repositoryPath: string): string {
  if (prefix === '' || repositoryPath.startsWith(prefix))
    return repositoryPath.slice(prefix.length);
  return posix.relative(prefix, repositoryPath);
}
