import { shellPaths } from '@baton/errors';
import { RelayError } from './relay-error';

export class NotAGitRepositoryError extends RelayError {
  constructor(readonly cwd: string) {
    super(
      'NOT_A_GIT_REPOSITORY',
      `${cwd} is not inside a git repository with a commit, and Baton keeps each phase on its own branch.`,
      'Run `git init && git add -A && git commit -m "Initial commit"` at the workspace root, then run the command again.',
    );
  }
}

/** git would not commit: it knows no name or email for the author (a fresh machine, a CI runner). */
export class GitIdentityUnknownError extends RelayError {
  constructor() {
    super(
      'GIT_IDENTITY_UNKNOWN',
      "git would not commit: it knows no name and email to write as the commit's author, so nothing was committed.",
      'Set them with `git config user.name "Your Name" && git config user.email "you@example.com"` (add --global for every repository), then run the command again.',
    );
  }
}

export class DetachedHeadError extends RelayError {
  constructor(readonly commit: string) {
    super(
      'DETACHED_HEAD',
      `HEAD is detached at ${commit}, so there is no current branch to start the phase branch from.`,
      'Switch to a branch first (`git switch <branch>`, or `git switch -c <new-branch>` to keep this commit), then run the command again.',
    );
  }
}

export class DirtyWorkTreeError extends RelayError {
  constructor(readonly files: string[]) {
    super(
      'DIRTY_WORK_TREE',
      `The work tree has uncommitted changes to tracked files: ${files.join(', ')}.`,
      'Commit them (`git commit -am "..."`), then run the command again; nothing was changed.',
    );
  }
}

export class PhaseBranchExistsError extends RelayError {
  constructor(readonly branch: string) {
    super(
      'PHASE_BRANCH_EXISTS',
      `The branch ${branch} exists already; nothing was changed.`,
      `Switch to it with \`git switch ${branch}\`, or delete it first (\`git branch -D ${branch}\`) to start the phase again.`,
    );
  }
}

/** git refused to switch (e.g. an untracked file would be overwritten); git leaves everything as it was. */
export class PhaseBranchSwitchError extends RelayError {
  constructor(
    readonly branch: string,
    readonly gitMessage: string,
  ) {
    super(
      'PHASE_BRANCH_SWITCH_FAILED',
      `git would not create and switch to ${branch}, and nothing was changed: ${gitMessage.trim().replace(/\s+/g, ' ')}`,
      'Move or commit the files git names, then run the command again.',
    );
  }
}

/** The phase branch was made, but git (its hooks, usually) refused the commit of the handoffs carried onto it. */
export class HandoffCommitError extends RelayError {
  constructor(
    readonly branch: string,
    readonly handoffs: string,
    readonly gitOutput: string,
  ) {
    super(
      'HANDOFF_COMMIT_FAILED',
      `Switched to ${branch}, with the handoffs of ${handoffs} uncommitted: git would not commit them: ${gitOutput.trim().replace(/\s+/g, ' ')}`,
      `Fix what git reports, then commit them (\`git add ${shellPaths(handoffs)} && git commit -m "Hand the feature over"\`) before running the phase.`,
    );
  }
}
