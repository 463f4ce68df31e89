import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
// picomatch: the glob matcher behind micromatch and fast-glob, so secret-name patterns read as globs.
import picomatch from 'picomatch';
import { simpleGit } from 'simple-git';
import { type FileRefusal, NotAGitRepositoryError, RefusedFileError } from './errors';

/** File names that hold keys, tokens or passwords far more often than not: never sent, whatever their text. */
export const secretFilePatterns: readonly string[] = [
  '.env*',
  '*.env',
  '.envrc',
  '*.pem',
  '*.key',
  '*.p12',
  '*.pfx',
  '*.jks',
  '*.keystore',
  '*.ppk',
  '*.kdbx',
  'id_rsa*',
  'id_dsa*',
  'id_ecdsa*',
  'id_ed25519*',
  '.npmrc',
  '.pypirc',
  '.netrc',
  '_netrc',
  '.git-credentials',
  '.htpasswd',
  '.pgpass',
  '.dockercfg',
  '.docker/config.json',
  '.aws/credentials',
  '*credentials*.json',
  '*service-account*.json',
  '*service_account*.json',
  'client_secret*.json',
  'secrets.{json,yml,yaml,toml}',
  '*.tfvars',
  '*.tfstate',
  '*.tfstate.*',
];

const matchers = secretFilePatterns.map((pattern) => ({
  pattern,
  // Matched at any depth, whatever the case (Windows and macOS file systems ignore it).
  test: picomatch(`**/${pattern}`, { dot: true, nocase: true }),
}));

/** The secret-file pattern `path` (workspace-relative, forward slashes) matches, if any. */
export function secretNamePattern(path: string): string | undefined {
  return matchers.find((matcher) => matcher.test(path))?.pattern;
}

const toPosix = (path: string) => path.split(sep).join('/');

async function realOrSelf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

async function insideGit(root: string): Promise<boolean> {
  try {
    return await simpleGit(root).checkIsRepo();
  } catch {
    return false;
  }
}

/**
 * Refuses files that must never leave the machine: outside the workspace (also through a symbolic
 * link), secret by name, or ignored by git. Throws one RefusedFileError naming every refused file
 * and why; resolves when all may be sent. Paths are workspace-relative or absolute.
 */
export async function checkOutgoingFiles(
  workspaceRoot: string,
  paths: readonly string[],
): Promise<void> {
  const root = await realOrSelf(resolve(workspaceRoot));
  const refusals: FileRefusal[] = [];
  const inside: Array<{ path: string; relative: string }> = [];
  for (const path of paths) {
    const real = await realOrSelf(resolve(root, path));
    const rel = relative(root, real);
    if (path.includes('\0') || rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
      refusals.push({ path, reason: 'outside-workspace', detail: root });
      continue;
    }
    const asked = toPosix(relative(root, resolve(root, path)));
    const pattern = secretNamePattern(asked) ?? secretNamePattern(toPosix(rel));
    if (pattern) refusals.push({ path, reason: 'secret-name', detail: pattern });
    else inside.push({ path, relative: toPosix(rel) });
  }
  if (inside.length > 0) {
    if (!(await insideGit(root))) throw new NotAGitRepositoryError(root);
    const git = simpleGit(root);
    for (const file of inside) {
      // One path a call: git quotes unusual names in its answer, so only "ignored or not" is trusted.
      const ignored = await git.checkIgnore([file.relative]);
      if (ignored.length > 0)
        refusals.push({ path: file.path, reason: 'git-ignored', detail: file.relative });
    }
  }
  if (refusals.length > 0) throw new RefusedFileError(refusals);
}

/** One file: see checkOutgoingFiles. */
export function checkOutgoingFile(workspaceRoot: string, path: string): Promise<void> {
  return checkOutgoingFiles(workspaceRoot, [path]);
}
