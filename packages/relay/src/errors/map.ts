import type { Commands } from '@baton/errors';
import { RelayError } from './relay-error';

const mapFix = (commands: Commands) =>
  `Fix the options of ${commands.mapLocation} (remove them to use the default map), then run the command again.`;

/** A collaboration map that breaks its schema or rules; `problems` name the key path of each. */
export class CollaborationMapError extends RelayError {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(
      'COLLABORATION_MAP_INVALID',
      `The collaboration map in ${source} is not valid: ${problems.join('; ')}.`,
      mapFix,
    );
  }
}

/** The workspace has no collaboration map (no Baton entry in its configuration). */
export class BatonNotInitialisedError extends RelayError {
  constructor(readonly detail: string) {
    super(
      'BATON_NOT_INITIALISED',
      `Baton is not set up in this workspace: ${detail}.`,
      (commands) => `Run ${commands.init} at the workspace root, then run the command again.`,
    );
  }
}

export class UnknownPhaseError extends RelayError {
  constructor(
    readonly phase: string,
    readonly phases: string[],
    /** The option that named the phase, spelled in the fix. */
    readonly flag = '--to',
  ) {
    super(
      'UNKNOWN_PHASE',
      `"${phase}" is not a phase of the collaboration map; its phases are: ${phases.join(', ')}.`,
      (commands) =>
        `Name one of them (e.g. \`${flag} ${phases[0] ?? 'architecture'}\`), or add "${phase}" to "phases" and "order" of ${commands.mapLocation}.`,
    );
  }
}

export class UnknownModelError extends RelayError {
  constructor(
    readonly alias: string,
    readonly aliases: string[],
  ) {
    super(
      'UNKNOWN_MODEL',
      `"${alias}" is not a model alias of the collaboration map; its aliases are: ${aliases.join(', ')}.`,
      (commands) =>
        `Name one of them (e.g. \`--model ${aliases[0] ?? 'gpt'}\`), or add "${alias}" to "models" of ${commands.mapLocation}.`,
    );
  }
}
