/**
 * Every error a user can meet in the style gate: what is wrong and the command that fixes it, in one
 * paragraph. Commands print `message` as it is and exit non-zero.
 */
export class StyleError extends Error {
  constructor(
    /** Stable identity, for tests and for tools that branch on the kind of failure. */
    readonly code: StyleErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export type StyleErrorCode =
  | 'bad-profile'
  | 'outdated-profile'
  | 'bad-threshold'
  | 'bad-alpha'
  | 'not-a-git-repository'
  | 'not-a-source-file';

export const styleErrors = {
  badProfile: (path: string, reason: string) =>
    new StyleError(
      'bad-profile',
      `The style profile ${path} cannot be read: ${reason}. Learn it again with \`baton style learn\` (it rewrites the file), or delete it and \`baton style check\` learns one in memory.`,
    ),
  outdatedProfile: (path: string, version: number, current: number) =>
    new StyleError(
      'outdated-profile',
      `The style profile ${path} was learned by an earlier Baton (profile version ${version}; this one reads version ${current}, which judges each file by how unlikely its style is in the codebase). Learn it again with \`baton style learn\` (it rewrites the file).`,
    ),
  badAlpha: (value: unknown) =>
    new StyleError(
      'bad-alpha',
      `The style false-alarm rate must be a number above 0 and at most 0.5 (the chance that a file written in the codebase's own style is flagged), but got ${JSON.stringify(value)}. Run \`baton style learn --alpha 0.02\`.`,
    ),
  badThreshold: (value: unknown) =>
    new StyleError(
      'bad-threshold',
      `The style threshold must be a number between 0.5 and 1 (the share of code one variant needs to be the codebase's convention), but got ${JSON.stringify(value)}. Run \`baton style learn --threshold 0.6\`.`,
    ),
  notASourceFile: (path: string) =>
    new StyleError(
      'not-a-source-file',
      `${path} is not a TypeScript/JavaScript source file that exists in the workspace. Pass one, e.g. \`baton style explain src/index.ts\`.`,
    ),
  notAGitRepository: (root: string) =>
    new StyleError(
      'not-a-git-repository',
      `${root} is not inside a git repository, so its tracked files cannot be listed. Run \`git init\` there and commit the code to learn from, or pass the files to \`baton style check\` explicitly.`,
    ),
};
