import { BatonError } from '@baton/errors';

export type StyleErrorCode =
  | 'STYLE_PROFILE_INVALID'
  | 'STYLE_PROFILE_OUTDATED'
  | 'STYLE_THRESHOLD_INVALID'
  | 'STYLE_ALPHA_INVALID'
  | 'NOT_A_GIT_REPOSITORY'
  | 'STYLE_NOT_A_SOURCE_FILE'
  | 'STYLE_GIT_FAILED';

/**
 * Every error a user can meet in the style gate: a stable code, what is wrong, and the command
 * that fixes it. Made only by {@link styleErrors}, so every message is written below.
 */
export class StyleError extends BatonError {
  constructor(
    override readonly code: StyleErrorCode,
    wrong: string,
    fix: string,
    options?: ErrorOptions,
  ) {
    super(code, wrong, fix, options);
  }
}

export const styleErrors = {
  badProfile: (path: string, reason: string) =>
    new StyleError(
      'STYLE_PROFILE_INVALID',
      `The style profile ${path} cannot be read: ${reason}.`,
      'Learn it again with `baton style learn` (it rewrites the file), or delete it and `baton style check` learns one in memory.',
    ),
  outdatedProfile: (path: string, version: number, current: number) =>
    new StyleError(
      'STYLE_PROFILE_OUTDATED',
      `The style profile ${path} was learned by an earlier Baton (profile version ${version}; this one reads version ${current}, which judges each file by how unlikely its style is in the codebase).`,
      'Learn it again with `baton style learn` (it rewrites the file).',
    ),
  badAlpha: (value: unknown) =>
    new StyleError(
      'STYLE_ALPHA_INVALID',
      `The style false-alarm rate must be a number above 0 and at most 0.5 (the chance that a file written in the codebase's own style is flagged), but got ${JSON.stringify(value)}.`,
      'Run `baton style learn --alpha 0.02`.',
    ),
  badThreshold: (value: unknown) =>
    new StyleError(
      'STYLE_THRESHOLD_INVALID',
      `The style threshold must be a number between 0.5 and 1 (the share of code one variant needs to be the codebase's convention), but got ${JSON.stringify(value)}.`,
      'Run `baton style learn --threshold 0.6`.',
    ),
  notASourceFile: (path: string, command: 'explain' | 'check' = 'explain') =>
    new StyleError(
      'STYLE_NOT_A_SOURCE_FILE',
      `${path} is not a TypeScript/JavaScript source file that exists in the workspace.`,
      `Pass one, e.g. \`baton style ${command} src/index.ts\`.`,
    ),
  notAGitRepository: (root: string) =>
    new StyleError(
      'NOT_A_GIT_REPOSITORY',
      `${root} is not inside a git repository, so its tracked files cannot be listed.`,
      'Run `git init` there and commit the code to learn from, or pass the files to `baton style check` explicitly.',
    ),
  gitFailed: (root: string, args: readonly string[], stderr: string, cause: unknown) =>
    new StyleError(
      'STYLE_GIT_FAILED',
      `\`git ${args.join(' ')}\` failed in ${root}: ${stderr.trim().replace(/\s+/g, ' ') || 'it gave no reason'}.`,
      'Check that the revision or files named exist (`git branch -a`, `git ls-files`), then run the command again.',
      { cause },
    ),
};
