import { execFile } from 'node:child_process';

/**
 * One git process's output, not through simple-git: for the paths that run one command and would
 * pay more to load simple-git than the process costs (a phase's diff, a phase commit's hook).
 * git speaks English, as through simple-git; rejects with git's own message when it fails.
 */
export function gitOutput(cwd: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      // As large as what git prints (a feature's whole diff): the callers, not the pipe, set limits.
      { cwd, env: { ...process.env, LANGUAGE: 'en' }, maxBuffer: Infinity },
      (error, stdout, stderr) => {
        if (error) reject(new Error(stderr.trim() || error.message));
        else resolve(stdout);
      },
    );
  });
}

/**
 * The bytes a git process prints for `input` written to it: for the `--batch` commands, which
 * answer many questions in one process. Rejects with git's own message when it fails.
 */
export function gitBytes(cwd: string, args: readonly string[], input: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      { cwd, env: { ...process.env, LANGUAGE: 'en' }, maxBuffer: Infinity, encoding: 'buffer' },
      (error, stdout, stderr) => {
        if (error) reject(new Error(stderr.toString().trim() || error.message));
        else resolve(stdout);
      },
    );
    // git may stop reading before its input ends; its exit says why.
    child.stdin?.on('error', () => {});
    child.stdin?.end(input);
  });
}
