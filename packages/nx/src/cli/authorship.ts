// Decides that a commit is a person's before anything heavier loads: @baton/relay (its map schema,
// YAML, the guard) loads only when a commit may be a model's.
import { execFile } from 'node:child_process';

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
  return (await checkedOutBranch(cwd))?.startsWith(phaseBranchPrefix) ?? false;
}

/** The message file of `hook commit-msg <file>` (after `baton`), the line init writes; null for any other command line. */
export function commitMsgHookFile(args: readonly string[]): string | null {
  const [command, subcommand, file, ...more] = args;
  const hook = command === 'hook' && subcommand === 'commit-msg';
  return hook && file !== undefined && !file.startsWith('-') && more.length === 0 ? file : null;
}

/**
 * Whether `args` (after `baton`) is a hook line `nx g @baton/nx:init` writes that passes this
 * commit untouched because it is certainly a person's: `hook commit-msg <file>`, or `style check
 * --staged --if-model-written <files>` (lint-staged's). The `baton` command then loads nothing more.
 */
export async function hookPassesPersonsCommit(
  args: readonly string[],
  cwd: string = process.cwd(),
  env: NodeJS.ProcessEnv = process.env,
): Promise<boolean> {
  if (commitMsgHookFile(args) !== null) return !phaseIsCommitting(env);
  const [command, subcommand, ...rest] = args;
  const operands = (from: number) => rest.slice(from).every((arg) => !arg.startsWith('-'));
  const styleGate = ['--staged', '--if-model-written'];
  if (
    command === 'style' &&
    subcommand === 'check' &&
    styleGate.every((flag, i) => rest[i] === flag) &&
    operands(2)
  ) {
    return !(await mayBeModelWritten(cwd, env));
  }
  return false;
}

/**
 * The checked-out branch, or null on a detached HEAD. One git process, not simple-git: loading it
 * costs a person's commit several times what the process does.
 */
function checkedOutBranch(cwd: string): Promise<string | null> {
  return new Promise((resolve, reject) => {
    execFile('git', ['symbolic-ref', '--short', '-q', 'HEAD'], { cwd }, (error, stdout, stderr) => {
      // `-q`: a detached HEAD exits 1 and prints nothing.
      if (error?.code === 1 && !stderr) resolve(null);
      else if (error) reject(new Error(stderr.trim() || error.message));
      else resolve(stdout.trim());
    });
  });
}
