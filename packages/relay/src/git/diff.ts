import { execFile } from 'node:child_process';

/**
 * The work tree's changes since `base` as a patch over the pathspecs given, its paths relative to
 * `cwd`. One git process, not simple-git: a phase's context reads it, and loading simple-git costs
 * a phase run more than the process does. Rejects with git's message when git fails.
 */
export function diffSince(
  cwd: string,
  base: string,
  pathspecs: readonly string[],
): Promise<string> {
  const args = ['diff', '--no-color', '--no-ext-diff', '--relative', base, '--', ...pathspecs];
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      // As large as the feature's changes: the budget check, not the pipe, limits what is sent.
      { cwd, env: { ...process.env, LANGUAGE: 'en' }, maxBuffer: Infinity },
      (error, stdout, stderr) => {
        if (error) reject(new Error(stderr.trim() || error.message));
        else resolve(stdout);
      },
    );
  });
}
