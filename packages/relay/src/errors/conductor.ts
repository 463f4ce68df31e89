import { shellPaths } from '@baton/errors';
import { RelayError } from './relay-error';

/** `relay` found uncommitted work that is not Baton's own: it would mix it into its commits. */
export class RelayDirtyTreeError extends RelayError {
  constructor(
    readonly files: string[],
    readonly project: string,
  ) {
    super(
      'RELAY_TREE_DIRTY',
      `The relay commits each phase's work on its own, so it starts only when every uncommitted change is Baton's own (the feature's handoffs/ and .baton/), but these files have uncommitted changes: ${files.join(', ')}; nothing was sent or changed.`,
      (commands) =>
        `Commit them (\`git add ${shellPaths(...files)} && git commit\`) or set them aside (\`git stash push --include-untracked -- ${shellPaths(...files)}\`), then run ${commands.runRelay(project)} again.`,
    );
  }
}

/** `--through` names a phase the relay has already passed. */
export class RelayThroughDoneError extends RelayError {
  constructor(
    readonly phase: string,
    readonly project: string,
    readonly next: string | null,
  ) {
    super(
      'RELAY_THROUGH_DONE',
      `--through ${phase}: "${phase}" has already run for this feature, so there is nothing to run through; nothing was changed.`,
      (commands) =>
        next
          ? `Run ${commands.runRelay(project)} to go on from "${next}", or ${commands.runPhase(project, phase, '--rerun')} to run "${phase}" again.`
          : `Every phase has run: \`baton status\` shows the feature, and ${commands.runPhase(project, phase, '--rerun')} runs "${phase}" again.`,
    );
  }
}

/** `baton relay <feature>` or `baton status <feature>` named no feature of the workspace. */
export class UnknownFeatureError extends RelayError {
  constructor(
    readonly feature: string,
    readonly features: string[],
  ) {
    super(
      'UNKNOWN_FEATURE',
      features.length
        ? `"${feature}" is not a feature of this workspace; its features are: ${features.join(', ')}.`
        : `"${feature}" is not a feature of this workspace: no project holds handoffs/FEATURE.md yet.`,
      (commands) =>
        features.length
          ? 'Name one of them.'
          : `Start one with ${commands.writeHandoff('<project>', '--goal "..."')}.`,
    );
  }
}
