// The files, not the rooms' doors: phase/index brings the phase run and the providers' SDKs.
import { filesOfCommit, lastCommits } from '../git/history';
import { currentBranch, revisionExists } from '../git/refs';
import type { CollaborationMap } from '../map/lookup';
import { committingPhase, phaseOfBranch } from '../phase/identity';
import { phaseCommits } from '../provenance/trailers';

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

/**
 * The tracked files whose last commit was written by a phase (an `AI-Phase` trailer), workspace-relative.
 * People's code is what a style profile learns from; these are left out.
 */
export async function modelWrittenFiles(cwd: string): Promise<Set<string>> {
  const files = new Set<string>();
  if (!(await revisionExists(cwd, 'HEAD'))) return files;
  const modelCommits = await phaseCommits(cwd, 'HEAD');
  if (modelCommits.size === 0) return files;
  const touched = new Set<string>();
  for (const hash of modelCommits.keys()) {
    for (const name of await filesOfCommit(cwd, hash)) touched.add(name);
  }
  if (touched.size === 0) return files;
  for (const [name, hash] of await lastCommits(cwd, touched)) {
    if (modelCommits.has(hash)) files.add(name);
  }
  return files;
}
