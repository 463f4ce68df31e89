import { gitOutput } from './process';

/** The work tree's changes since `base` as a patch over the pathspecs given, its paths relative to `cwd`. */
export function diffSince(
  cwd: string,
  base: string,
  pathspecs: readonly string[],
): Promise<string> {
  return gitOutput(cwd, [
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--relative',
    base,
    '--',
    ...pathspecs,
  ]);
}
