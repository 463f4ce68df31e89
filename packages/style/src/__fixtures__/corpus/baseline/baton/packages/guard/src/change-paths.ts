import { lstatSync, realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { EscapingPathError, type PathRefusal } from './errors';

/** What a changes phase may never write, wherever it sits: each runs code or decides what runs. */
export const protectedPaths: ReadonlyArray<{ what: string; globs: readonly string[] }> = [
  { what: 'git internals', globs: ['.git', '.git/**', '.gitmodules'] },
  { what: 'git hooks', globs: ['.husky', '.husky/**', '.githooks/**', '.git-hooks/**'] },
  { what: 'installed dependencies', globs: ['node_modules', 'node_modules/**'] },
  {
    what: 'CI configuration',
    globs: [
      '.github/workflows/**',
      '.github/actions/**',
      '.gitlab-ci.yml',
      '.gitlab-ci/**',
      '.circleci/**',
      'azure-pipelines*.{yml,yaml}',
      '.azure-pipelines/**',
      '.azuredevops/**',
      '.travis.yml',
      'Jenkinsfile',
      'bitbucket-pipelines.yml',
      '.buildkite/**',
      '.drone.yml',
      'appveyor.yml',
      '.ci/**',
    ],
  },
  {
    what: 'package scripts or install configuration',
    globs: [
      'package.json',
      'package-lock.json',
      'npm-shrinkwrap.json',
      'yarn.lock',
      'pnpm-lock.yaml',
      'pnpm-workspace.yaml',
      '.npmrc',
      '.yarnrc',
      '.yarnrc.yml',
      'project.json',
      'nx.json',
    ],
  },
  {
    what: 'hook or lint-staged configuration',
    globs: [
      '.lintstagedrc',
      '.lintstagedrc.*',
      'lint-staged.config.*',
      '.huskyrc',
      '.huskyrc.*',
      '.pre-commit-config.yaml',
      '.pre-commit-hooks.yaml',
      '{.,}lefthook{,-local}.{yml,yaml,json,toml}',
      '.simple-git-hooks',
      '{.,}simple-git-hooks.*',
    ],
  },
  {
    what: 'configuration a shell or editor runs on its own',
    globs: ['.envrc', '.vscode/**', '.devcontainer/**'],
  },
  { what: "Baton's own records", globs: ['.baton/**'] },
];

const protectedMatchers = protectedPaths.map(({ what, globs }) => ({
  what,
  // At any depth and in any case: `.GIT/config` and `Node_Modules/x` are the same files on macOS and Windows.
  test: picomatch(
    globs.flatMap((glob) => [glob, `**/${glob}`]),
    { dot: true, nocase: true },
  ),
}));

function protectedWhat(path: string, projectRoot: string): string | undefined {
  const handoffs = projectRoot ? `${projectRoot}/handoffs` : 'handoffs';
  if (picomatch.isMatch(path, [handoffs, `${handoffs}/**`], { dot: true, nocase: true })) {
    return "Baton's own records";
  }
  return protectedMatchers.find((matcher) => matcher.test(path))?.what;
}

const toPosix = (path: string) => path.split(sep).join('/');

function normaliseProjectRoot(projectRoot: string): string {
  return projectRoot
    .replace(/\\/g, '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/');
}

const insideOf = (path: string, root: string) =>
  root === '' || path === root || path.startsWith(`${root}/`);

/** Checks the text of the path alone; returns the normalised path or a refusal. */
function checkLexically(path: string, projectRoot: string): string | Omit<PathRefusal, 'path'> {
  if (path.trim() === '') return { reason: 'empty', detail: '' };
  if ([...path].some((char) => char.charCodeAt(0) < 0x20 || char === '\u007f'))
    return { reason: 'control-character', detail: '' };
  if (path.includes('\\')) return { reason: 'backslash', detail: '' };
  if (path.startsWith('/') || path.startsWith('~') || /^[A-Za-z]:/.test(path))
    return { reason: 'absolute', detail: '' };
  const segments = path.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) return { reason: 'parent-segment', detail: '' };
  // NTFS drops trailing dots and spaces, reads "a:b" as a stream, and keeps 8.3 aliases like GIT~1.
  const alias = segments.find(
    (segment) => /[. ]$/.test(segment) || segment.includes(':') || /~\d/.test(segment),
  );
  if (alias !== undefined) return { reason: 'windows-alias', detail: alias };
  if (segments.length === 0) return { reason: 'empty', detail: '' };
  const normalised = segments.join('/');
  if (!insideOf(normalised, projectRoot))
    return { reason: 'outside-project', detail: projectRoot || '.' };
  const what = protectedWhat(normalised, projectRoot);
  if (what) return { reason: 'protected', detail: what };
  return normalised;
}

/** Follows every symbolic link on the way: the real target must pass the same checks. */
function checkLinks(
  workspaceRoot: string,
  path: string,
  projectRoot: string,
): Omit<PathRefusal, 'path'> | undefined {
  const root = realpathSync(workspaceRoot);
  const segments = path.split('/');
  let existing = 0;
  for (let i = 1; i <= segments.length; i++) {
    try {
      lstatSync(join(root, ...segments.slice(0, i)));
      existing = i;
    } catch {
      break;
    }
  }
  if (existing === 0) return undefined;
  let real: string;
  try {
    real = realpathSync(join(root, ...segments.slice(0, existing)));
  } catch {
    return { reason: 'symlink', detail: 'points nowhere' };
  }
  const target = toPosix(relative(root, resolve(real, ...segments.slice(existing))));
  if (target === path) return undefined;
  if (target.startsWith('..')) {
    return { reason: 'symlink', detail: 'leads out of the workspace' };
  }
  const checked = checkLexically(target, projectRoot);
  if (typeof checked !== 'string') return { reason: 'symlink', detail: `leads to ${target}` };
  return undefined;
}

export interface ChangePathOptions {
  /** The workspace root on disk. */
  workspaceRoot: string;
  /** The feature's project root, relative to the workspace (Nx's `projectRoot`, e.g. `packages/analytics`). */
  projectRoot: string;
}

function refusalOf(options: ChangePathOptions & { path: string }): string | PathRefusal {
  const projectRoot = normaliseProjectRoot(options.projectRoot);
  const checked = checkLexically(options.path, projectRoot);
  if (typeof checked !== 'string') return { path: options.path, ...checked };
  const linked = checkLinks(options.workspaceRoot, checked, projectRoot);
  return linked ? { path: options.path, ...linked } : checked;
}

/**
 * Accepts a path from a model's answer only when a changes phase may write it: relative to the
 * workspace, inside the feature's project, never protected, not through a link that leads elsewhere.
 * Returns the normalised workspace-relative path; throws EscapingPathError otherwise.
 */
export function validateChangePath(options: ChangePathOptions & { path: string }): string {
  const result = refusalOf(options);
  if (typeof result !== 'string') throw new EscapingPathError([result], options.projectRoot);
  return result;
}

/**
 * All or nothing: every path of one answer is checked, and one EscapingPathError names every
 * refused path (two spellings of one file included); otherwise returns the normalised paths in order.
 */
export function validateChanges(
  options: ChangePathOptions & { paths: readonly string[] },
): string[] {
  const refusals: PathRefusal[] = [];
  const accepted: string[] = [];
  const seen = new Map<string, string>();
  for (const path of options.paths) {
    const result = refusalOf({ ...options, path });
    if (typeof result !== 'string') {
      refusals.push(result);
      continue;
    }
    const key = result.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) refusals.push({ path, reason: 'duplicate', detail: first });
    else seen.set(key, path);
    accepted.push(result);
  }
  if (refusals.length > 0) throw new EscapingPathError(refusals, options.projectRoot);
  return accepted;
}
