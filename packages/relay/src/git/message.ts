import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

// One git process, not simple-git: every phase commit's commit-msg hook reads this, and loading
// simple-git costs that hook several times what the process does.
const execFileAsync = promisify(execFile);

/** The trailers of a commit message file, as git reads them (comments, continuation lines, the trailer block). */
export async function messageTrailers(
  cwd: string,
  messageFile: string,
): Promise<Array<[key: string, value: string]>> {
  const { stdout: parsed } = await execFileAsync(
    'git',
    ['interpret-trailers', '--parse', messageFile],
    {
      cwd,
      env: { ...process.env, LANGUAGE: 'en' },
    },
  );
  return parsed
    .split('\n')
    .map((line) => [line, line.indexOf(':')] as const)
    .filter(([, colon]) => colon > 0)
    .map(([line, colon]) => [line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
}
