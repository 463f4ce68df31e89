import { join, posix } from 'node:path';
import { complete, connectionFor, loadSdks, type CompletionResult } from '@baton/providers';
import { EmptyEditsError, PhaseCommitRejectedError, ReviewersFailedError } from '../errors';
// The rooms' files, not their doors: feature/ and provenance/ bring the drafting and git history a
// run does not use.
import { featurePaths } from '../feature/handoff-names';
import { reportFileName } from '../feature/paths';
import { answeringRun, readLedger, type LedgerEntry } from '../provenance/ledger';
import { checkBudget, type PayloadEstimate } from './budget';
import type { PhaseContext } from './context';
import { fitPhaseContext } from './fit';
import type { PhaseRun } from './read';
import { applyReplyCommand, dropReply, keepReply, readKeptReply } from './replies';
import { writePhaseReport } from './report';
import { record, usageOf, verdictOf } from './run-ledger';
import type { PhaseRunOptions, PhaseRunResult } from './run';
import {
  alreadyRan,
  appliedLine,
  clearProgress,
  dryRunCopyPath,
  outcomeLine,
  progressLine,
  saveDryRun,
} from './terminal';
import { waitingLine } from './waiting';

/** A run's steps after its handoff is read: fit the context, then call, apply a kept reply or dry-run. */
export async function runSteps(run: PhaseRun, options: PhaseRunOptions): Promise<PhaseRunResult> {
  if (options.reply) return applyReply(run, options.reply);
  if (!options.dryRun && !options.rerun && !options.model) {
    const ledger = readLedger(join(run.workspaceRoot, run.projectRoot));
    const answered = answeringRun(run.workspaceRoot, ledger, run.phase, run.handoffPath);
    if (answered) {
      run.out.write(alreadyRan(run, answered));
      return { kind: 'already-ran', entry: answered };
    }
  }
  // A missing key is the user's to fix before the run starts: it leaves no ledger line.
  if (!options.dryRun && !run.review) {
    connectionFor(run.chain[0]!, options.env ?? process.env, run.phase);
  }
  // Only a review with several reviewers loads their merging; only a `changes` phase its commit.
  const reviewers = run.review ? await import('./reviewers.js') : null;
  const [{ context, estimate, fitted }] = await Promise.all([
    fitPhaseContext(
      { ...run, alias: run.chain[0]!.alias },
      run.chain,
      (built) =>
        reviewers ? { ...built, payload: reviewers.reviewPayload(built.payload) } : built,
      { exact: options.dryRun },
    ),
    // Loaded while git computes the diff the context has just asked for: the call needs the SDK next.
    options.dryRun ? undefined : loadSdks(run.review ? run.chain : run.chain.slice(0, 1)),
  ]);
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
  const { runReviewers } = await import('./reviewers.js');
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
  const { commitEdits } = await import('./commit.js');
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
