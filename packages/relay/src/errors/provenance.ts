import { dirname, join } from 'node:path';
import { shellPaths } from '@baton/errors';
import { RelayError } from './relay-error';

/** A line of a feature's `handoffs/ledger.jsonl` that is not a ledger entry. */
export class LedgerCorruptError extends RelayError {
  constructor(file: string, line: number, reason: string) {
    super(
      'LEDGER_CORRUPT',
      `${file}:${line} is not a ledger entry (${reason}). The ledger is append-only and written by phase runs;`,
      `restore it with \`git restore ${shellPaths(file)}\` if it is committed, or delete that line by hand, then run the command again.`,
    );
  }
}

export class BlameNotInRepositoryError extends RelayError {
  constructor(readonly cwd: string) {
    super(
      'BLAME_NOT_IN_REPOSITORY',
      `${cwd} is not inside a git repository, so no commit says who wrote what.`,
      'Run `baton blame FILE` from your workspace (a git repository), or start one with `git init && git add -A && git commit -m "Initial commit"`.',
    );
  }
}

export type BlameFileProblem = 'missing' | 'folder' | 'outside' | 'untracked';

const blameFileProblems: Record<BlameFileProblem, (file: string) => [string, string]> = {
  missing: (file) => [
    `${file} does not exist.`,
    `Name a file of the work tree (\`git ls-files\` lists the tracked ones), e.g. \`baton blame src/index.ts\`.`,
  ],
  folder: (file) => [
    `${file} is a folder and \`baton blame\` reads one file.`,
    `Name a file in it (\`git ls-files ${shellPaths(file)}\` lists them).`,
  ],
  outside: (file) => [
    `${file} is outside this git repository, so none of its commits wrote its lines.`,
    `Run \`baton blame\` in the repository that holds it, or name a file of this one (\`git ls-files\` lists them).`,
  ],
  untracked: (file) => [
    `${file} is not tracked by git, so no commit wrote its lines.`,
    `Commit it first (\`git add ${shellPaths(file)} && git commit\`), then run \`baton blame ${shellPaths(file)}\` again; \`git ls-files\` lists the tracked files.`,
  ],
};

/** `baton blame` was given a path it cannot attribute. */
export class BlameFileError extends RelayError {
  constructor(
    readonly file: string,
    readonly problem: BlameFileProblem,
  ) {
    super(`BLAME_FILE_${problem.toUpperCase()}`, ...blameFileProblems[problem](file));
  }
}

/** `baton ledger --feature` named a feature the ledger has no run of. */
export class LedgerFeatureUnknownError extends RelayError {
  constructor(
    readonly feature: string,
    readonly features: string[],
  ) {
    super(
      'LEDGER_FEATURE_UNKNOWN',
      `The ledger has no run of a feature "${feature}"; it has runs of: ${features.join(', ')}.`,
      (commands) =>
        `Name one of them (e.g. \`baton ledger --feature ${features[0]}\`), or run a phase of "${feature}" first (${commands.runPhase()}).`,
    );
  }
}

/** `baton trace export --out` names a path no file can be written to. */
export class TraceOutputError extends RelayError {
  constructor(
    readonly path: string,
    readonly problem: 'folder' | 'no-folder',
  ) {
    super(
      'TRACE_OUTPUT_UNWRITABLE',
      problem === 'folder'
        ? `${path} is a folder, and \`baton trace export --out\` writes one file; nothing was written.`
        : `${dirname(path)} does not exist, so ${path} cannot be written; nothing was written.`,
      problem === 'folder'
        ? `Name a file in it, e.g. \`baton trace export --out ${shellPaths(join(path, 'trace.jsonl'))}\`.`
        : `Create it (\`mkdir -p ${shellPaths(dirname(path))}\`), then run \`baton trace export --out ${shellPaths(path)}\` again.`,
    );
  }
}
