import { shellPaths, type Commands } from '@baton/errors';
import { RelayError } from './relay-error';

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

/**
 * A phase's input, with the output kept for the answer, does not fit a model's context window. The
 * run fits its context first (fitPhaseContext), so every file Baton can outline is sent structure
 * only already: the fix names what still helps.
 */
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
        `no request was sent. Every referenced file Baton can outline is sent structure only already.`,
      (commands) =>
        `See what is sent with ${commands.runPhase(project, phase, '--dry-run')}, ` +
        `then reference fewer files in a new handoff (${commands.writeHandoff(project, `--to ${phase} --only-files <path>,<path>`)}), ` +
        `or run the phase with a model whose window holds more (${commands.runPhase(project, phase, '--model <alias>')})` +
        (window.source === 'price list'
          ? '.'
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

/** A file the handoff references is a folder, or binary: neither can be sent as text. */
export class ReferencedFileNotTextError extends RelayError {
  constructor(
    readonly handoff: string,
    readonly file: string,
    readonly kind: 'folder' | 'binary',
    readonly project: string,
    readonly phase: string,
  ) {
    super(
      'REFERENCED_FILE_NOT_TEXT',
      `${handoff} references ${file}, which is ${kind === 'folder' ? 'a folder, not a file' : 'a binary file, and a model reads only text'}; nothing was sent.`,
      (commands) =>
        `Write a new handoff that names ${kind === 'folder' ? 'the files in it' : 'text files only'} (${commands.writeHandoff(project, `--to ${phase} --files ...`)}), then run ${commands.runPhase(project, phase)} again.`,
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
        `Commit them (\`git add ${shellPaths(...files)} && git commit\`), then run ${commands.runPhase(project, phase)} again.`,
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
