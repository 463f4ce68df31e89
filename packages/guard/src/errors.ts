import { BatonError, shellPaths, type Fix } from '@baton/errors';

/** Why a file may not leave the machine. */
export type RefusalReason = 'outside-workspace' | 'secret-name' | 'git-ignored';

export interface FileRefusal {
  /** The path as it was asked for. */
  path: string;
  reason: RefusalReason;
  /** What matched: the name pattern, or the workspace root. */
  detail: string;
}

/** Why a path a model answered with may not be written. */
export type EscapeReason =
  | 'empty'
  | 'control-character'
  | 'backslash'
  | 'absolute'
  | 'parent-segment'
  | 'windows-alias'
  | 'outside-project'
  | 'protected'
  | 'symlink'
  | 'duplicate';

export interface PathRefusal {
  path: string;
  reason: EscapeReason;
  detail: string;
}

const quote = (path: string) => JSON.stringify(path);

const fileReasons: Record<RefusalReason, (detail: string) => string> = {
  'outside-workspace': (root) => `it is outside the workspace ${root}`,
  'secret-name': (pattern) => `its name looks like it holds secrets (it matches ${pattern})`,
  'git-ignored': (path) =>
    `git ignores it (\`git check-ignore -v ${shellPaths(path)}\` shows the rule), and ignored files are often local secrets`,
};

const escapeReasons: Record<EscapeReason, (detail: string) => string> = {
  empty: () => 'is empty',
  'control-character': () => 'holds a NUL or control character',
  backslash: () => 'holds a backslash, which Windows reads as a folder separator',
  absolute: () => 'is absolute',
  'parent-segment': () => 'climbs out with ".."',
  'windows-alias': (detail) => `has a segment Windows would read as another name (${detail})`,
  'outside-project': (project) => `is outside the feature's project ${project}`,
  protected: (what) => `is ${what}, which model output may never change`,
  symlink: (detail) => `goes through a symbolic link that ${detail}`,
  duplicate: (other) => `names the same file as ${quote(other)}`,
};

/** Each message as what is wrong and its fix; the fix names commands as the host spells them. */
export const messages = {
  refusedFiles: (refusals: FileRefusal[]): [string, Fix] => [
    `Baton will not send ${refusals
      .map((r) => `${quote(r.path)} (${fileReasons[r.reason](r.detail)})`)
      .join('; ')} to a model provider, so nothing was sent.`,
    (commands) =>
      `Remove ${refusals.length === 1 ? 'it' : 'them'} from the handoff's "Files to Reference" ` +
      `(edit the handoff under <project>/handoffs/, or write a new one with ${commands.writeHandoff()}), then run the phase again.`,
  ],
  escapingPaths: (refusals: PathRefusal[], projectRoot: string): [string, Fix] => [
    `The model's answer tried to write ${refusals
      .map((r) => `${quote(r.path)}, which ${escapeReasons[r.reason](r.detail)}`)
      .join(
        '; ',
      )}. Nothing was written but the ledger, which records the failed run: a changes phase writes only inside ${quote(projectRoot)}, ` +
      `never in .git/, .husky/, node_modules/, CI workflows, package scripts or hook configuration.`,
    (commands) =>
      `Run ${commands.runPhase()} again, or narrow the phase's instructions in ${commands.mapLocation}.`,
  ],
  notAGitRepository: (root: string): [string, Fix] => [
    `Baton cannot tell which files git ignores in ${quote(root)}, because it is not inside a git repository, ` +
      `so it will send nothing from it.`,
    'Run `git init` there (Baton keeps every phase on a git branch).',
  ],
};

/** Every error a user can meet in the guard: what may not leave the machine, or may not be written. */
export class GuardError extends BatonError {}

/** A file that must not leave the machine was about to be sent. */
export class RefusedFileError extends GuardError {
  constructor(readonly refusals: FileRefusal[]) {
    super('OUTGOING_FILE_REFUSED', ...messages.refusedFiles(refusals));
  }
}

/** A path in a model's answer points somewhere a changes phase may not write. */
export class EscapingPathError extends GuardError {
  constructor(
    readonly refusals: PathRefusal[],
    readonly projectRoot: string,
  ) {
    super('EDIT_PATH_REFUSED', ...messages.escapingPaths(refusals, projectRoot));
  }
}

export class NotAGitRepositoryError extends GuardError {
  constructor(readonly workspaceRoot: string) {
    super('NOT_A_GIT_REPOSITORY', ...messages.notAGitRepository(workspaceRoot));
  }
}
