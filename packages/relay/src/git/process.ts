import { execFile } from 'node:child_process';

/**
 * The bytes one git process prints, not through simple-git: for the paths that run one command and
 * would pay more to load simple-git than the process costs (a phase's diff, a phase commit's hook),
 * and for the `--batch` commands, which answer every question written to them (`input`) in one
 * process. git speaks English, as through simple-git; rejects with git's own message when it fails.
 */
export function gitBytes(cwd: string, args: readonly string[], input = ''): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      // As large as what git prints (a feature's whole diff): the callers, not the pipe, set limits.
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

/** {@link gitBytes} as text. */
export async function gitOutput(cwd: string, args: readonly string[]): Promise<string> {
  return (await gitBytes(cwd, args)).toString('utf8');
}
