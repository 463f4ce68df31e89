import { BatonError, type Commands } from '@baton/errors';

/**
 * Every error a user can meet in the relay: a stable code, what is wrong, and the fix. Fixes name
 * commands through {@link Commands}, so the host (the Nx plugin) spells them; commands render the
 * error with `renderError` and exit non-zero.
 */
export class RelayError extends BatonError {}

/** A line of a feature's `handoffs/ledger.jsonl` that is not a ledger entry. */
export class LedgerCorruptError extends RelayError {
  constructor(file: string, line: number, reason: string) {
    super(
      'LEDGER_CORRUPT',
      `${file}:${line} is not a ledger entry (${reason}). The ledger is append-only and written by phase runs;`,
      `restore it with \`git restore ${file}\` if it is committed, or delete that line by hand, then run the command again.`,
    );
  }
}

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
  ) {
    super(
      'UNKNOWN_PHASE',
      `"${phase}" is not a phase of the collaboration map; its phases are: ${phases.join(', ')}.`,
      (commands) =>
        `Name one of them (e.g. \`--to ${phases[0] ?? 'architecture'}\`), or add "${phase}" to "phases" and "order" of ${commands.mapLocation}.`,
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
        `or restore it with \`git restore ${file}\` if it is committed.`,
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

export class NotAGitRepositoryError extends RelayError {
  constructor(readonly cwd: string) {
    super(
      'NOT_A_GIT_REPOSITORY',
      `${cwd} is not inside a git repository with a commit, and Baton keeps each phase on its own branch.`,
      'Run `git init && git add -A && git commit -m "Initial commit"` at the workspace root, then run the command again.',
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
      `Fix what git reports, then commit them (\`git add ${handoffs} && git commit -m "Hand the feature over"\`) before running the phase.`,
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

export type ReferenceProblem = 'missing' | 'folder' | 'outside' | 'ignored' | 'secret';

const referenceReasons: Record<ReferenceProblem, string> = {
  missing: 'does not exist',
  folder: 'is a folder (name the files in it)',
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

export class BlameNotInRepositoryError extends RelayError {
  constructor(readonly cwd: string) {
    super(
      'BLAME_NOT_IN_REPOSITORY',
      `${cwd} is not inside a git repository, so no commit says who wrote what.`,
      'Run `baton blame FILE` from your workspace (a git repository), or start one with `git init && git add -A && git commit -m "Initial commit"`.',
    );
  }
}

export type BlameFileProblem = 'missing' | 'folder' | 'untracked';

const blameFileProblems: Record<BlameFileProblem, (file: string) => [string, string]> = {
  missing: (file) => [
    `${file} does not exist.`,
    `Name a file of the work tree (\`git ls-files\` lists the tracked ones), e.g. \`baton blame src/index.ts\`.`,
  ],
  folder: (file) => [
    `${file} is a folder and \`baton blame\` reads one file.`,
    `Name a file in it (\`git ls-files ${file}\` lists them).`,
  ],
  untracked: (file) => [
    `${file} is not tracked by git, so no commit wrote its lines.`,
    `Commit it first (\`git add ${file} && git commit\`), then run \`baton blame ${file}\` again; \`git ls-files\` lists the tracked files.`,
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

/** A phase run found no handoff addressed to the phase. */
export class NoHandoffError extends RelayError {
  constructor(
    readonly project: string,
    readonly phase: string,
    readonly handoffsFolder: string,
  ) {
    super(
      'NO_HANDOFF',
      `There is no handoff addressed to "${phase}" in ${handoffsFolder}, so the phase has nothing to work from; nothing was sent.`,
      (commands) =>
        `Write one with ${commands.writeHandoff(project, `--to ${phase}`)}, then run ${commands.runPhase(project, phase)} again.`,
    );
  }
}

/** A `changes` phase started on a branch that is not its phase branch. */
export class WrongPhaseBranchError extends RelayError {
  constructor(
    readonly current: string,
    readonly expected: string,
    readonly project: string,
    readonly phase: string,
  ) {
    super(
      'WRONG_PHASE_BRANCH',
      `"${phase}" commits its changes on ${expected}, but the current branch is ${current}; nothing was sent or changed.`,
      (commands) =>
        `Create and switch to it with ${commands.createPhaseBranch(project, phase)} (or \`git switch ${expected}\` if it exists), then run ${commands.runPhase(project, phase)} again.`,
    );
  }
}

/** The payload's estimate is over a limit of the phase's `budget`. */
export class BudgetExceededError extends RelayError {
  constructor(
    readonly phase: string,
    readonly limit: 'maxCostUsd' | 'maxInputTokens' | 'maxAddedLines',
    readonly estimate: number,
    readonly allowed: number,
    readonly project: string,
    /** The limit is Baton's default, not the map's. */
    readonly isDefault = false,
  ) {
    const what = {
      maxCostUsd: `would cost up to $${estimate.toFixed(4)}`,
      maxInputTokens: `would send about ${estimate} input tokens`,
      maxAddedLines: `adds ${estimate} lines`,
    }[limit];
    super(
      'BUDGET_EXCEEDED',
      `Phase "${phase}" ${what}, over its budget (${limit} ${allowed}${isDefault ? ", Baton's default" : ''});`,
      (commands) =>
        (limit === 'maxAddedLines'
          ? 'nothing was changed. '
          : `no request was sent; see the payload with ${commands.runPhase(project, phase, '--dry-run')}. `) +
        `Mark large references "(structure only)" in a new handoff (${commands.writeHandoff(project, `--to ${phase} --files <path>:structure`)}), ` +
        `or ${isDefault ? 'set' : 'raise'} phases.${phase}.budget.${limit} in ${commands.mapLocation}, then run the phase again.`,
    );
  }
}

/** A phase's input, with the output kept for the answer, does not fit a model's context window. */
export class ContextWindowExceededError extends RelayError {
  constructor(
    readonly phase: string,
    readonly project: string,
    readonly spec: { alias: string; provider: string; model: string },
    readonly estimate: { inputTokens: number; maxOutputTokens: number },
    readonly window: { tokens: number; source: 'map' | 'price list' | 'default' },
  ) {
    const n = (value: number) => value.toLocaleString('en-US');
    const source = {
      map: 'as its map entry says',
      'price list': "as Baton's price list says",
      default: "Baton's default for a model it does not know",
    }[window.source];
    super(
      'CONTEXT_WINDOW_EXCEEDED',
      `Phase "${phase}" would send about ${n(estimate.inputTokens)} input tokens to ${spec.alias} (${spec.provider}/${spec.model}), ` +
        `and keeps ${n(estimate.maxOutputTokens)} for the answer: more than its context window of ${n(window.tokens)} tokens (${source}); ` +
        `no request was sent.`,
      (commands) =>
        `See what is sent with ${commands.runPhase(project, phase, '--dry-run')}, ` +
        `mark large references structure only in a new handoff (${commands.writeHandoff(project, `--to ${phase} --files <path>:structure`)})` +
        (window.source === 'price list'
          ? ', or run the phase with a model that holds more (`--model <alias>`).'
          : `, or set models.${spec.alias}.contextWindow in ${commands.mapLocation} to what the model holds.`),
    );
  }
}

/** The phase a run error names in its fix, when the thrower knows it. */
export interface PhaseRef {
  project: string;
  phase: string;
}

const rerunPhase = (commands: Commands, at: PhaseRef | undefined) =>
  at ? commands.runPhase(at.project, at.phase) : 'the phase';

/** A `changes` phase's reply that cannot be applied: a bad format or a path it may not write. */
export class InvalidEditsError extends RelayError {
  constructor(
    readonly problems: string[],
    readonly at?: PhaseRef,
  ) {
    super(
      'INVALID_EDITS',
      `The model's reply is not a set of edits Baton can apply, so nothing was changed but the ledger, which records the failed run: ${problems.join('; ')}.`,
      (commands) =>
        `Run ${rerunPhase(commands, at)} again (add \`--model <alias>\` to try another model of the map), or make the change by hand.`,
    );
  }
}

/**
 * `git commit` (its hooks, usually) refused a phase's edits; they were rolled back. `findings` is
 * what the hooks printed, as they printed it, without colour codes or a task runner's progress log.
 */
export class PhaseCommitRejectedError extends RelayError {
  constructor(
    readonly findings: string,
    readonly at: PhaseRef,
    /** How to go on, when it is not simply running the phase again (a kept reply to apply). */
    readonly rerun?: string,
  ) {
    super(
      'PHASE_COMMIT_REJECTED',
      `git commit refused the phase's edits; its hooks said:

${findings || '(nothing: they printed no output)'}

` +
        `The edits were rolled back, so nothing was changed but the ledger, which records the failed run.`,
      (commands) =>
        `Fix what the hooks report (\`git commit\` runs them the same way by hand), then run ${rerun ?? `${rerunPhase(commands, at)} again`}.`,
    );
  }
}

/** A `changes` phase's reply whose edits leave every file as it was: there is nothing to commit. */
export class EmptyEditsError extends RelayError {
  constructor(readonly paths: string[]) {
    super(
      'EMPTY_EDITS',
      `The model's reply changes nothing: its ${paths.length === 1 ? 'edit leaves' : `${paths.length} edits leave`} ${paths.join(', ')} exactly as ${paths.length === 1 ? 'it is' : 'they are'}, so there is nothing to commit and nothing was changed.`,
      (commands) =>
        `Say in ${commands.writeHandoff()} what the phase should change, or make the change by hand.`,
    );
  }
}

/** `--reply` names a file that is not a reply Baton kept for this phase. */
export class KeptReplyError extends RelayError {
  constructor(
    readonly path: string,
    readonly reason: string,
    readonly project: string,
    readonly phase: string,
  ) {
    super(
      'KEPT_REPLY_UNUSABLE',
      `${path} is not a reply Baton kept for ${project}:${phase} (${reason}); nothing was changed. ` +
        `Replies of failed runs are kept under .baton/replies/ and each failure names its own.`,
      (commands) => `Run ${commands.runPhase(project, phase)} to ask the model again.`,
    );
  }
}

/**
 * A review phase with several reviewers got too few answers: none at all, or (with
 * `"required": "all"`) not every one. No report is written; each reviewer's line is in the ledger.
 */
export class ReviewersFailedError extends RelayError {
  constructor(
    readonly failures: Array<{ alias: string; error: string }>,
    readonly required: 'one' | 'all',
    readonly at: PhaseRef,
  ) {
    const named = failures.map((failure) => `${failure.alias}: ${failure.error}`).join('; ');
    super(
      'REVIEWERS_FAILED',
      required === 'all'
        ? `Phase "${at.phase}" needs every reviewer ("required": "all"), and ${failures.length === 1 ? 'one' : failures.length} failed (${named}), so no report was written; each reviewer's call is in the ledger.`
        : `Every reviewer of phase "${at.phase}" failed (${named}), so no report was written; each reviewer's call is in the ledger.`,
      (commands) =>
        required === 'all'
          ? `Fix the cause above (a key, a model name), or set "required": "one" for the phase in ${commands.mapLocation}, then run ${rerunPhase(commands, at)} again.`
          : `Fix the cause above (a key, a model name), then run ${rerunPhase(commands, at)} again.`,
    );
  }
}

/** A file the handoff references is not in the work tree. */
export class ReferencedFileMissingError extends RelayError {
  constructor(
    readonly handoff: string,
    readonly file: string,
    readonly project: string,
    readonly phase: string,
  ) {
    super(
      'REFERENCED_FILE_MISSING',
      `${handoff} references ${file}, which exists neither in the project nor at the workspace root; nothing was sent.`,
      (commands) =>
        `Create the file (or restore it), or write a new handoff without it (${commands.writeHandoff(project, `--to ${phase} --files ...`)}), then run ${commands.runPhase(project, phase)} again.`,
    );
  }
}

/** A diff phase's handoff names a base commit this clone does not have. */
export class DiffBaseMissingError extends RelayError {
  constructor(
    readonly handoff: string,
    readonly base: string,
  ) {
    super(
      'DIFF_BASE_MISSING',
      `${handoff} was written at commit ${base}, which this repository does not have, so the feature's diff cannot be taken; nothing was sent.`,
      'Fetch it (`git fetch --unshallow`, or `git fetch origin` for a branch not pulled yet), then run the phase again.',
    );
  }
}

/** A phase's commit (BATON_PHASE set) whose message lost the AI trailers. */
export class PhaseCommitTrailersError extends RelayError {
  constructor(
    readonly phase: string,
    readonly problems: string[],
  ) {
    super(
      'PHASE_COMMIT_TRAILERS',
      `This commit is made by the "${phase}" phase (BATON_PHASE is set), but its message ${problems.join('; ')}, so nothing would show that a model wrote it.`,
      `Commit again with the trailers: \`git commit --trailer "AI-Phase: ${phase}" --trailer "AI-Model: <provider>/<model>" --trailer "AI-Handoff: <handoff path>"\`; ` +
        'if a person is committing, unset BATON_PHASE (`unset BATON_PHASE`) and commit again.',
    );
  }
}

/** `baton check` was given a revision git does not know. */
export class CheckRevisionError extends RelayError {
  constructor(
    readonly option: 'base' | 'head',
    readonly revision: string,
  ) {
    super(
      'CHECK_UNKNOWN_REVISION',
      `baton check cannot find the ${option} revision "${revision}" in this repository.`,
      option === 'base'
        ? `In CI, fetch it first (\`git fetch origin ${revision.replace(/^origin\//, '')}\`), or pass a branch that exists: \`baton check --base main\`.`
        : 'Pass a branch or commit that exists (`git branch` lists them), e.g. `baton check --base main --head HEAD`.',
    );
  }
}

/** A `changes` phase found uncommitted work it could mix its commit with, or overwrite. */
export class DirtyPhaseTreeError extends RelayError {
  constructor(
    readonly files: string[],
    readonly project: string,
    readonly phase: string,
  ) {
    super(
      'PHASE_TREE_DIRTY',
      `"${phase}" commits the model's edits on their own, so it starts from a clean work tree, but these files have uncommitted changes: ${files.join(', ')}; nothing was sent or changed. ` +
        "(Baton's own handoffs/ledger.jsonl and uncommitted reports never count.)",
      (commands) =>
        `Commit them (\`git add ${files.join(' ')} && git commit\`), then run ${commands.runPhase(project, phase)} again.`,
    );
  }
}

/** A phase with a cost budget runs on a model whose price Baton does not know. */
export class UnpricedBudgetError extends RelayError {
  constructor(
    readonly phase: string,
    readonly alias: string,
    readonly model: string,
  ) {
    super(
      'BUDGET_UNPRICED',
      `Phase "${phase}" has a cost budget (maxCostUsd), but Baton has no price for model "${alias}" (${model}), so it cannot keep the run within it; no request was sent.`,
      (commands) =>
        `Give the model its price in models.${alias}.pricing ({ "inputPerMillion": ..., "outputPerMillion": ... }) of ${commands.mapLocation}, or remove the phase's maxCostUsd, then run the phase again.`,
    );
  }
}

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
        `Commit them (\`git add ${files.join(' ')} && git commit\`) or set them aside (\`git stash push --include-untracked -- ${files.join(' ')}\`), then run ${commands.runRelay(project)} again.`,
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
          ? `Run ${commands.runRelay(project)} to go on from "${next}", or ${commands.runPhase(project, phase)} to run "${phase}" again.`
          : `Every phase has run: \`baton status\` shows the feature, and ${commands.runPhase(project, phase)} runs "${phase}" again.`,
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
