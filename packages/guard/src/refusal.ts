import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
// picomatch: the glob matcher behind micromatch and fast-glob, so secret-name patterns read as globs.
import picomatch from 'picomatch';
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

/**
 * Whether git ignores each of `paths`, in their order, in one git process: `--non-matching` answers
 * for every path in the order asked, so no name is matched back; `-z` leaves names unquoted. A path
 * whose last matching pattern is a `!` one is not ignored. Null when `root` is in no git work tree.
 */
function ignoredByGit(root: string, paths: readonly string[]): Promise<boolean[] | null> {
  return new Promise((resolve, reject) => {
    const args = ['check-ignore', '--stdin', '-z', '--verbose', '--non-matching'];
    const git = execFile(
      'git',
      args,
      // LANGUAGE: git's message is read below, so in English whatever the user's language.
      { cwd: root, maxBuffer: 64 << 20, env: { ...process.env, LANGUAGE: 'en' } },
      (error, stdout, stderr) => {
        if (error && /not a git repository|in a work tree/i.test(stderr)) {
          resolve(null);
          return;
        }
        // Exit 1: none of the paths is ignored.
        if (error && !(error.code === 1 && !stderr)) {
          reject(new Error(stderr.trim() || error.message));
          return;
        }
        // Each path's record: source, line number, pattern, path.
        const fields = stdout.split('\0');
        resolve(paths.map((_, i) => /^[^!]/.test(fields[i * 4 + 2] ?? '')));
      },
    );
    // git leaves a folder outside any repository before reading: its exit says so, not this write.
    git.stdin!.on('error', () => {});
    git.stdin!.end(paths.map((path) => `${path}\0`).join(''));
  });
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
    const ignored = await ignoredByGit(
      root,
      inside.map((file) => file.relative),
    );
    if (!ignored) throw new NotAGitRepositoryError(root);
    inside.forEach((file, i) => {
      if (ignored[i])
        refusals.push({ path: file.path, reason: 'git-ignored', detail: file.relative });
    });
  }
  if (refusals.length > 0) throw new RefusedFileError(refusals);
}

/** One file: see checkOutgoingFiles. */
export function checkOutgoingFile(workspaceRoot: string, path: string): Promise<void> {
  return checkOutgoingFiles(workspaceRoot, [path]);
}
