import { simpleGit } from 'simple-git';
import type { CollaborationMap } from './map';
import { phaseCommits, type PhaseTrailers } from './trailers';

/**
 * The environment variable a phase sets, to its phase name, when it runs `git commit`: the hooks
 * know from it that a model wrote the commit (a pre-commit hook cannot read the message yet).
 */
export const phaseCommitEnv = 'BATON_PHASE';

/** The environment a phase's `git commit` runs in, on top of the process's own. */
export function phaseCommitEnvironment(
  trailers: Pick<PhaseTrailers, 'phase'>,
): Record<string, string> {
  return { [phaseCommitEnv]: trailers.phase };
}

/** The phase named by the environment of a commit in progress, or null when a person commits. */
export function committingPhase(env: NodeJS.ProcessEnv = process.env): string | null {
  return env[phaseCommitEnv]?.trim() || null;
}

/** The phase and model alias of a phase branch (`feature/<feature>-<alias>-<phase>`) of `map`, or null. */
export function phaseOfBranch(
  branch: string,
  map: CollaborationMap,
): { feature: string; alias: string; phase: string } | null {
  if (!branch.startsWith('feature/')) return null;
  const rest = branch.slice('feature/'.length);
  for (const phase of Object.keys(map.phases)) {
    for (const alias of Object.keys(map.models)) {
      const suffix = `-${alias}-${phase}`;
      if (rest.length > suffix.length && rest.endsWith(suffix)) {
        return { feature: rest.slice(0, -suffix.length), alias, phase };
      }
    }
  }
  return null;
}

/** The checked-out branch, or null on a detached HEAD. */
export async function currentBranch(cwd: string): Promise<string | null> {
  // symbolic-ref also names the branch of a repository with no commit yet.
  const name = (await simpleGit(cwd).raw(['symbolic-ref', '--short', '-q', 'HEAD'])).trim();
  return name || null;
}

/**
 * Whether the commit being made is model-written: a phase is committing (its environment says so)
 * or the checked-out branch is a phase branch of the map.
 */
export async function isModelWrittenCommit(
  cwd: string,
  map: CollaborationMap | null,
  env: NodeJS.ProcessEnv = process.env,
): Promise<boolean> {
  if (committingPhase(env)) return true;
  if (!map) return false;
  const branch = await currentBranch(cwd);
  return branch !== null && phaseOfBranch(branch, map) !== null;
}

const recordSeparator = '\x1e';

/**
 * The tracked files whose last commit was written by a phase (an `AI-Phase` trailer), workspace-relative.
 * People's code is what a style profile learns from; these are left out.
 */
export async function modelWrittenFiles(cwd: string): Promise<Set<string>> {
  const git = simpleGit(cwd);
  const files = new Set<string>();
  const hasCommits = await git.raw(['rev-parse', '--verify', 'HEAD']).then(
    () => true,
    () => false,
  );
  if (!hasCommits) return files;
  const modelCommits = await phaseCommits(cwd, 'HEAD');
  if (modelCommits.size === 0) return files;
  const touched = new Set<string>();
  for (const hash of modelCommits.keys()) {
    const names = await git.raw([
      'show',
      '--format=',
      '--name-only',
      '--no-renames',
      '--relative',
      hash,
    ]);
    for (const name of names.split('\n')) if (name) touched.add(name);
  }
  if (touched.size === 0) return files;
  // Newest first: the first commit a file shows up under is its last commit.
  const log = await git.raw([
    'log',
    `--format=${recordSeparator}%H`,
    '--name-only',
    '--no-renames',
    '--relative',
    'HEAD',
    '--',
    ...touched,
  ]);
  const seen = new Set<string>();
  for (const record of log.split(recordSeparator)) {
    const [hash, ...names] = record.split('\n').map((line) => line.trim());
    if (!hash) continue;
    for (const name of names) {
      if (!name || seen.has(name)) continue;
      seen.add(name);
      if (modelCommits.has(hash)) files.add(name);
    }
  }
  return files;
}
