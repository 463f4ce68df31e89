// Decides that a commit is a person's before anything heavier loads: @baton/relay (its map schema,
// YAML, the guard) loads only when a commit may be a model's, simple-git only to read the branch.

/** Set by a phase when it commits: `phaseCommitEnv` in @baton/relay. */
const phaseCommitEnv = 'BATON_PHASE';
/** Every phase branch starts so: `phaseBranchName` in @baton/relay. */
const phaseBranchPrefix = 'feature/';

/** Whether a phase is committing (its environment says so). */
export function phaseIsCommitting(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env[phaseCommitEnv]?.trim());
}

/**
 * False when the commit is certainly a person's: no phase is committing and the branch cannot be a
 * phase branch. True means "ask `isModelWrittenCommit`", which reads the map.
 */
export async function mayBeModelWritten(
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<boolean> {
  if (phaseIsCommitting(env)) return true;
  const { simpleGit } = await import('simple-git');
  const branch = (await simpleGit(cwd).raw(['symbolic-ref', '--short', '-q', 'HEAD'])).trim();
  return branch.startsWith(phaseBranchPrefix);
}
