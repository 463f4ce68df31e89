import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';

/** A user whose git speaks German, with the helpers many shells export (an editor, a pager, ssh). */
export const germanGitUser: Record<string, string> = {
  LC_ALL: 'C.UTF-8',
  LANGUAGE: 'de',
  EDITOR: 'vi',
  PAGER: 'less',
  GIT_SSH_COMMAND: 'ssh',
  PREFIX: '/usr',
};

/** Whether this machine's git speaks German to {@link germanGitUser}: it needs git's message catalogues. */
export function gitSpeaksGerman(): boolean {
  const probe = spawnSync('git', ['rev-parse'], {
    cwd: tmpdir(),
    env: { ...process.env, ...germanGitUser },
    encoding: 'utf8',
  });
  return /Kein Git-Repository/.test(probe.stderr);
}
