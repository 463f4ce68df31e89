import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The Baton repository's root. */
export const repoRoot = join(import.meta.dirname, '..', '..', '..');

/** Runs the `baton` command from source in `cwd`, as a user would run the installed one. */
export function batonFromSource(cwd: string, ...args: string[]) {
  const result = spawnSync(
    join(repoRoot, 'node_modules', '.bin', 'tsx'),
    ['--conditions=@baton/source', join(repoRoot, 'packages/nx/src/bin/baton.ts'), ...args],
    { cwd, encoding: 'utf8' },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
