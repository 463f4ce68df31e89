import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
// The files, not the rooms' doors: phase/index brings the phase run and the providers' SDKs, and
// git/index simple-git, which every phase commit's hook would load for nothing.
import { PhaseCommitTrailersError } from '../errors/gate';
import { messageTrailers } from '../git/message';
import { committingPhase } from '../phase/identity';
import { trailerKeys } from '../provenance/trailer-keys';

export type CommitMessageVerdict =
  /** A person commits: allowed, and the commit stays human (nothing is added to its message). */
  | { author: 'human' }
  /** A phase commits, and its message carries the trailers naming it. */
  | { author: 'phase'; phase: string };

/**
 * The commit-msg rule: a commit a phase makes (its environment names the phase) carries the AI
 * trailers, with `AI-Phase` naming that phase; a person's commit is left as it is.
 * `messageFile` is the hook's `$1`: absolute, or relative to `cwd` or to the repository's top.
 * Throws {@link PhaseCommitTrailersError} when a phase's commit lost its trailers.
 */
export async function checkCommitMessage(
  cwd: string,
  messageFile: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<CommitMessageVerdict> {
  const phase = committingPhase(env);
  if (phase === null) return { author: 'human' };
  const file = await locateMessageFile(cwd, messageFile);
  // git finds the trailers (comment lines, continuation lines, the trailer block rules): not us.
  const trailers = new Map<string, string[]>();
  for (const [name, value] of await messageTrailers(cwd, file)) {
    const key = name.toLowerCase();
    trailers.set(key, [...(trailers.get(key) ?? []), value]);
  }
  const problems: string[] = [];
  for (const key of Object.values(trailerKeys)) {
    const values = trailers.get(key.toLowerCase())?.filter(Boolean) ?? [];
    if (values.length === 0) problems.push(`has no "${key}" trailer`);
    else if (key === trailerKeys.phase && !values.includes(phase)) {
      problems.push(`says "${key}: ${values.join(', ')}" instead of "${key}: ${phase}"`);
    }
  }
  if (problems.length > 0) throw new PhaseCommitTrailersError(phase, problems);
  return { author: 'phase', phase };
}

/**
 * git names the message file from the repository's top, where hooks start; a hook that changed
 * into a workspace in a subfolder (`cd web`) finds it from there instead.
 */
async function locateMessageFile(cwd: string, messageFile: string): Promise<string> {
  const here = resolve(cwd, messageFile);
  if (existsSync(here)) return here;
  const { repositoryRoot } = await import('../git/location.js');
  return resolve(await repositoryRoot(cwd), messageFile);
}
