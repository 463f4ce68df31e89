import { shellPaths } from '@baton/errors';
import { RelayError } from './relay-error';

/** A handoff document (or FEATURE.md) that cannot be read. */
export class MalformedHandoffError extends RelayError {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(
      'HANDOFF_MALFORMED',
      `${file} is not a valid Baton document: ${problem}.`,
      `Fix it by hand to Baton's handoff format (docs/handoffs.md in Baton's repository), ` +
        `or restore it with \`git restore ${shellPaths(file)}\` if it is committed.`,
    );
  }
}

export class InvalidFeatureNameError extends RelayError {
  constructor(readonly feature: string) {
    super(
      'FEATURE_NAME_INVALID',
      `"${feature}" cannot name a feature: it goes into branch names,`,
      'so use lower-case letters, digits and "-" (e.g. `--feature analytics`), then run the command again.',
    );
  }
}

export class UnknownProjectError extends RelayError {
  constructor(readonly project: string) {
    super(
      'UNKNOWN_PROJECT',
      `There is no project named "${project}" in this workspace; nothing was written.`,
      (commands) =>
        `Run ${commands.listProjects} to list the projects, then pass one with \`--project <name>\`.`,
    );
  }
}

export class HandoffGoalMissingError extends RelayError {
  constructor(readonly project: string) {
    super(
      'HANDOFF_GOAL_MISSING',
      `${project} has no handoffs/FEATURE.md yet, so this first handoff needs the feature's goal:`,
      (commands) => `run ${commands.writeHandoff(project, '--goal "<what the feature is for>"')}.`,
    );
  }
}

export class HandoffExistsError extends RelayError {
  constructor(readonly file: string) {
    super(
      'HANDOFF_EXISTS',
      `${file} exists already and handoffs are never overwritten.`,
      (commands) => `Edit it by hand, or write the next handoff with ${commands.writeHandoff()}.`,
    );
  }
}

/** `--to` was left out after a handoff to the map's last phase. */
export class NoNextPhaseError extends RelayError {
  constructor(
    readonly lastPhase: string,
    readonly phases: string[],
  ) {
    super(
      'NO_NEXT_PHASE',
      `The last handoff went to "${lastPhase}", the last phase of the map, so there is no next phase to default to.`,
      `Name the phase with \`--to <phase>\` (one of: ${phases.join(', ')}).`,
    );
  }
}

/** A handoff from a phase with no ledger line, report or commit since the handoff to it. */
export class PhaseNotRunError extends RelayError {
  constructor(
    readonly project: string,
    readonly phase: string,
    readonly to: string,
    readonly handoffToPhase: string | null,
  ) {
    const since = handoffToPhase ? `since ${handoffToPhase}` : 'yet';
    super(
      'PHASE_NOT_RUN',
      `"${phase}" has not run ${since} (no ledger line, no report, no commit of it), so handing over to "${to}" would skip it; nothing was written.`,
      (commands) =>
        `Run it with ${commands.runPhase(project, phase)}, then write the handoff again; ` +
        `if a person did the ${phase} work by hand, commit it and write the handoff again, or run ${commands.writeHandoff(project, '--force')} to hand over from them (recorded as human).`,
    );
  }
}

export class InvalidHandoffOptionError extends RelayError {
  constructor(option: string, value: string, expected: string) {
    super(
      'HANDOFF_OPTION_INVALID',
      `--${option} "${value}" is not valid: ${expected}.`,
      (commands) => `Run ${commands.writeHandoff(undefined, '--help')} for the options.`,
    );
  }
}

export type ReferenceProblem = 'missing' | 'folder' | 'binary' | 'outside' | 'ignored' | 'secret';

const referenceReasons: Record<ReferenceProblem, string> = {
  missing: 'does not exist',
  folder: 'is a folder (name the files in it)',
  binary: 'is a binary file, and a model reads only text',
  outside: 'is outside the workspace',
  ignored: 'is git-ignored, and ignored files never leave the machine',
  secret: 'looks like it holds secrets, and such files never leave the machine',
};

/** A file named in a handoff's "Files to Reference" that may not be sent to a model. */
export class HandoffFileRefusedError extends RelayError {
  constructor(
    readonly file: string,
    readonly problem: ReferenceProblem,
  ) {
    super(
      'HANDOFF_FILE_REFUSED',
      `The handoff cannot reference ${file}: it ${referenceReasons[problem]}; nothing was written.`,
      (commands) =>
        'Remove it from `--files` (paths are relative to the workspace root, or to the project), ' +
        `then run ${commands.writeHandoff()} again.`,
    );
  }
}
