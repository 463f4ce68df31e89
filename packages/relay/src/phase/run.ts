import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { OutgoingPayload } from '@baton/guard';
import { complete, type CompletionResult, type ModelSpec } from '@baton/providers';
import {
  EmptyEditsError,
  NoHandoffError,
  PhaseCommitRejectedError,
  ReviewersFailedError,
} from '../errors';
import {
  featureName,
  featurePaths,
  latestHandoff,
  parseFeature,
  parseHandoff,
  reportFileName,
  type HandoffDocument,
} from '../feature';
import {
  modelEntry,
  nextPhase,
  phaseEntry,
  phaseReviewers,
  type CollaborationMap,
  type PhaseEntry,
  type TrailerStyle,
} from '../map';
import type { FittedFile, LedgerEntry } from '../provenance';
import { checkBudget, type PayloadEstimate } from './budget';
import { checkCleanTree, checkPhaseBranch, commitEdits } from './commit';
import type { PhaseContext } from './context';
import { fitPhaseContext } from './fit';
import { applyReplyCommand, dropReply, keepReply, readKeptReply } from './replies';
import { writePhaseReport } from './report';
import { reviewPayload, runReviewers } from './reviewers';
import { record, usageOf, verdictOf } from './run-ledger';
import {
  appliedLine,
  clearProgress,
  outcomeLine,
  progressLine,
  runOutput,
  dryRunCopyPath,
  saveDryRun,
  type PhaseRunOutput,
} from './terminal';
import { waitingLine, type WaitingPace } from './waiting';

export interface PhaseRunOptions {
  /** Absolute path of the workspace (the git work tree). */
  workspaceRoot: string;
  /** The Nx project that holds the feature. */
  project: string;
  /** Workspace-relative, e.g. `packages/analytics`. */
  projectRoot: string;
  phase: string;
  /** The collaboration map (at least this phase and the models it may run on), as the host read it. */
  map: CollaborationMap;
  /** Print what would be sent, with estimates, and send nothing. */
  dryRun?: boolean;
  /** A model alias of the map to use instead of the phase's (its fallbacks are not tried then). */
  model?: string;
  /** A reply kept by a failed run (`.baton/replies/...`) to apply instead of calling a model. */
  reply?: string;
  /** Keys and base URLs of the providers; process.env when left out. */
  env?: NodeJS.ProcessEnv;
  out?: PhaseRunOutput;
  signal?: AbortSignal;
  /** How often the line that waits for the model's first text is written (tests shorten it). */
  waiting?: WaitingPace;
}

export type PhaseRunResult =
  | {
      kind: 'dry-run';
      payload: OutgoingPayload;
      estimate: PayloadEstimate;
      /** Referenced files the run would send as outlines to fit the model's context window. */
      fitted: FittedFile[];
    }
  | {
      kind: 'report';
      report: string;
      entry: LedgerEntry;
      /** Every reviewer's line, when several reviewed; `entry` is then the one whose answer is `reply`. */
      entries?: LedgerEntry[];
      /** The model's whole reply (the first reviewer's that answered): the relay reads the next handoff from it. */
      reply: string;
    }
  | {
      kind: 'changes';
      commit: string;
      branch: string;
      paths: string[];
      entry: LedgerEntry;
      /** The model's whole reply: the relay reads the next handoff from it. */
      reply: string;
    };

/** What a run works from, read before anything is sent. */
export interface PhaseRun {
  workspaceRoot: string;
  project: string;
  /** Workspace-relative, `/`-separated, without a trailing `/`. */
  projectRoot: string;
  phase: string;
  feature: string;
  entry: PhaseEntry;
  /** The assigned model (or `--model`), then its fallbacks; or a review's reviewers. */
  chain: ModelSpec[];
  /** Several reviewers answer at once (the phase's `models`), each alone. */
  review: boolean;
  /** The map's `trailers`, for a `changes` phase's commit. */
  trailerStyle?: TrailerStyle;
  handoff: HandoffDocument;
  handoffPath: string;
  handoffText: string;
  featureText: string;
  nextPhase: string | null;
  criteria: number;
  /** The phase branch a `changes` phase commits on. */
  branch?: string;
  out: PhaseRunOutput;
  started: number;
  /** Files sent as outlines to fit the context window, for the ledger line. */
  fitted?: FittedFile[];
}

/**
 * Runs one phase of a feature (docs/phases.md): the latest handoff to the phase,
 * its context through the guard, a budget check, one streaming call to the assigned model (then
 * its fallbacks), and a report in `handoffs/reports/` or a commit of the model's edits on the
 * phase branch. Every run that reaches the budget check leaves one line in the ledger, success or
 * failure; refusals before it (no handoff, dirty tree, wrong branch, refused file) write nothing.
 * On failure the work tree is exactly as before, the ledger line aside.
 */
export async function runPhase(options: PhaseRunOptions): Promise<PhaseRunResult> {
  const run = await readPhaseRun(options);
  if (options.reply) return applyReply(run, options.reply);
  const { context, estimate, fitted } = await fitPhaseContext(
    { ...run, alias: run.chain[0]!.alias },
    run.chain,
    (built) => (run.review ? { ...built, payload: reviewPayload(built.payload) } : built),
  );
  if (fitted.length) run.fitted = fitted;
  if (options.dryRun) {
    const copyPath = dryRunCopyPath(run.project, run.phase);
    run.out.write(saveDryRun(run.workspaceRoot, { ...run, estimate, context, fitted, copyPath }));
    return { kind: 'dry-run', payload: context.payload, estimate, fitted };
  }

  let result: CompletionResult | undefined;
  let kept: string | undefined;
  try {
    if (run.review) return await finishReview(run, context, estimate, options);
    result = await callModel(run, context, estimate, options);
    kept = keepReply(run, result);
    const done = await finish(run, result, kept);
    dropReply(run.workspaceRoot, kept);
    return done;
  } catch (error) {
    clearProgress(run.out);
    // Its reviewers' lines are in the ledger already.
    if (error instanceof ReviewersFailedError) throw error;
    const failure = error as Error & { code?: string };
    if (kept && !(error instanceof PhaseCommitRejectedError || error instanceof EmptyEditsError)) {
      failure.message +=
        ` The model's reply is kept in ${kept}: once the cause is fixed, apply it without a new call with ` +
        `${applyReplyCommand(run.project, run.phase, kept)}.`;
    }
    record(run, {
      outcome: 'failure',
      ...(result ? usageOf(result) : {}),
      error: failure.message,
      ...(typeof failure.code === 'string' ? { errorCode: failure.code } : {}),
    });
    throw error;
  }
}

/** Applies a reply a failed run kept, with no call: its cost is already in the ledger. */
async function applyReply(run: PhaseRun, path: string): Promise<PhaseRunResult> {
  const result = readKeptReply(run, path);
  const applied = { ...usageOf(result), inputTokens: 0, outputTokens: 0, costUsd: 0, reply: path };
  try {
    const done = await finish(run, result, path, applied);
    dropReply(run.workspaceRoot, path);
    return done;
  } catch (error) {
    const failure = error as Error & { code?: string };
    record(run, {
      outcome: 'failure',
      ...applied,
      error: failure.message,
      ...(typeof failure.code === 'string' ? { errorCode: failure.code } : {}),
    });
    throw error;
  }
}

/** Writes the report, or commits the edits, of a reply kept in `kept`. */
function finish(
  run: PhaseRun,
  result: CompletionResult,
  kept: string,
  applied?: Partial<LedgerEntry>,
): Promise<PhaseRunResult> | PhaseRunResult {
  const rerun = `${applyReplyCommand(run.project, run.phase, kept)} to apply the model's reply, kept in ${kept}, without a new call`;
  return run.entry.produces === 'report'
    ? finishReport(run, result, applied)
    : finishChanges(run, result, rerun, applied);
}

/** Reads the map, the handoff and FEATURE.md; a `changes` phase also checks its branch and tree. */
async function readPhaseRun(options: PhaseRunOptions): Promise<PhaseRun> {
  const started = performance.now();
  const { workspaceRoot, project, phase } = options;
  const projectRoot = options.projectRoot.replaceAll('\\', '/').replace(/\/$/, '');
  const paths = featurePaths(projectRoot);

  const { map } = options;
  const entry = phaseEntry(map, phase);
  const reviewers = phaseReviewers(entry);
  const review = !options.model && reviewers.length > 1;
  const aliases = options.model
    ? [options.model]
    : review
      ? reviewers
      : [entry.model, ...(entry.fallback ?? [])];
  const chain: ModelSpec[] = aliases.map((alias) => ({ alias, ...modelEntry(map, alias) }));

  const handoffName = latestHandoff(readdirSync(join(workspaceRoot, paths.handoffs)), phase);
  if (!handoffName) throw new NoHandoffError(project, phase, paths.handoffs);
  const handoffPath = paths.handoff(handoffName.name);
  const handoffText = readFileSync(join(workspaceRoot, handoffPath), 'utf8');
  const handoff = parseHandoff(handoffText, handoffPath);
  const featureText = readFileSync(join(workspaceRoot, paths.feature), 'utf8');
  const vision = parseFeature(featureText, paths.feature);
  const feature = featureName(project, vision.feature);
  const run: PhaseRun = {
    workspaceRoot,
    project,
    projectRoot,
    phase,
    feature,
    entry,
    chain,
    review,
    ...(map.trailers ? { trailerStyle: map.trailers } : {}),
    handoff,
    handoffPath,
    handoffText,
    featureText,
    nextPhase: nextPhase(map, phase),
    criteria: vision.criteria?.length ?? 0,
    out: runOutput(options.out ?? { write: () => undefined }, options.env ?? process.env),
    started,
  };
  if (entry.produces === 'changes' && !options.dryRun) {
    const own = options.model ? [entry.model, options.model] : [entry.model];
    run.branch = await checkPhaseBranch(workspaceRoot, { feature, project, phase, aliases: own });
    await checkCleanTree(workspaceRoot, run);
  }
  return run;
}

/** Checks the budget, then streams one call to the chain's first model that answers. */
async function callModel(
  run: PhaseRun,
  context: PhaseContext,
  estimate: PayloadEstimate,
  options: PhaseRunOptions,
): Promise<CompletionResult> {
  const outputTokens = checkBudget(estimate, run.entry, run);
  const waiting = waitingLine(run.out, run.phase, options.waiting);
  const progress = progressLine(run.out, run.chain);
  try {
    const result = await complete(
      run.chain,
      {
        phase: run.phase,
        system: context.payload.system,
        user: context.payload.user,
        maxOutputTokens: outputTokens,
        signal: options.signal,
        onAttempt: (attempt) => waiting.attempt(attempt),
        onDelta: (text, soFar) => {
          waiting.answered();
          progress?.(text, soFar);
        },
      },
      { env: options.env },
    );
    clearProgress(run.out);
    return result;
  } finally {
    waiting.stop();
  }
}

function finishReport(
  run: PhaseRun,
  result: CompletionResult,
  applied?: Partial<LedgerEntry>,
): PhaseRunResult {
  const report = posix.join(
    featurePaths(run.projectRoot).reports,
    reportFileName(run.handoff.number, run.phase),
  );
  writePhaseReport(join(run.workspaceRoot, report), { ...run, result });
  const line = record(run, {
    outcome: 'success',
    ...(applied ?? usageOf(result)),
    report,
    ...verdictOf(run, result),
  });
  run.out.write(`${headline(run, result, applied)} wrote ${report}\n`);
  return { kind: 'report', report, entry: line, reply: result.text };
}

/** Checks the budget (each reviewer within it), then asks every reviewer at once. */
async function finishReview(
  run: PhaseRun,
  context: PhaseContext,
  estimate: PayloadEstimate,
  options: PhaseRunOptions,
): Promise<PhaseRunResult> {
  const outputTokens = checkBudget(estimate, run.entry, run);
  const { report, entries, lead, reply } = await runReviewers(
    run,
    context.payload,
    outputTokens,
    options,
    (fields) => record(run, fields),
  );
  return { kind: 'report', report, entry: entries[lead]!, entries, reply };
}

async function finishChanges(
  run: PhaseRun,
  result: CompletionResult,
  rerun: string,
  applied?: Partial<LedgerEntry>,
): Promise<PhaseRunResult> {
  const committed = await commitEdits({
    ...run,
    featureTitle: run.handoff.featureTitle,
    result,
    rerun,
  });
  const line = record(run, {
    outcome: 'success',
    ...(applied ?? usageOf(result)),
    commit: committed.commit,
    ...verdictOf(run, result),
  });
  const files = `${committed.paths.length} file${committed.paths.length === 1 ? '' : 's'}`;
  run.out.write(
    `${headline(run, result, applied)} committed ${committed.commit.slice(0, 7)} on ${run.branch} (${files})\n`,
  );
  return {
    kind: 'changes',
    commit: committed.commit,
    branch: run.branch!,
    paths: committed.paths,
    entry: line,
    reply: result.text,
  };
}

function headline(run: PhaseRun, result: CompletionResult, applied?: Partial<LedgerEntry>) {
  return applied?.reply
    ? appliedLine(run.phase, result, applied.reply)
    : outcomeLine(run.phase, result);
}
