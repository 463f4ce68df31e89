import { join, posix } from 'node:path';
import { complete, type CompletionResult, type ModelSpec } from '@baton/providers';
import type { OutgoingPayload } from '@baton/guard';
import { ReviewersFailedError } from '../errors';
import { featurePaths } from '../feature/handoff-names';
import { reportFileName } from '../feature/paths';
import type { LedgerEntry } from '../provenance';
import type { PhaseRun } from './read';
import {
  findingsFormat,
  mergeFindings,
  parseFindings,
  writeReviewReport,
  type Finding,
  type ReviewerOutcome,
} from '../review';

/** What a review with several reviewers works from: the run, less what only a commit needs. */
export type ReviewRun = Pick<
  PhaseRun,
  | 'workspaceRoot'
  | 'project'
  | 'projectRoot'
  | 'phase'
  | 'feature'
  | 'entry'
  | 'chain'
  | 'handoffPath'
> & { handoff: { number: number }; out: { write(text: string): void } };

export type RecordLine = (
  fields: Partial<LedgerEntry> & Pick<LedgerEntry, 'outcome'>,
) => LedgerEntry;

/** The payload every reviewer gets: the phase's own, told to end with findings in their structure. */
export function reviewPayload(payload: OutgoingPayload): OutgoingPayload {
  return { ...payload, system: `${payload.system}\n\n${findingsFormat}` };
}

/**
 * Asks every reviewer at once on the same payload, each alone (no fallbacks), then writes one report
 * of their merged findings and one ledger line per reviewer. A reviewer that fails, or answers
 * without the findings structure, is recorded and the others' findings stand; the phase fails only
 * when none answered, or any failed and the map says `"required": "all"`. `lead` and `reply` are the
 * first answering reviewer's line and answer, which the relay reads the next handoff from.
 */
export async function runReviewers(
  run: ReviewRun,
  payload: OutgoingPayload,
  maxOutputTokens: number,
  options: { env?: NodeJS.ProcessEnv; signal?: AbortSignal },
  record: RecordLine,
): Promise<{ report: string; entries: LedgerEntry[]; lead: number; reply: string }> {
  const settled = await Promise.allSettled(
    run.chain.map((spec) =>
      complete(
        [spec],
        {
          phase: run.phase,
          system: payload.system,
          user: payload.user,
          maxOutputTokens,
          signal: options.signal,
        },
        { env: options.env },
      ),
    ),
  );
  const read = settled.map((answer, index) => reviewerOutcome(run.chain[index]!, answer));
  const outcomes = read.map(({ outcome }) => outcome);
  const byReviewer = read.map(({ outcome, findings }) => ({ reviewer: outcome.alias, findings }));
  const failures = outcomes.filter((outcome) => outcome.outcome === 'failure');
  const required = run.entry.required ?? 'one';
  const report = posix.join(
    featurePaths(run.projectRoot).reports,
    reportFileName(run.handoff.number, run.phase),
  );
  const blocked =
    failures.length === outcomes.length || (required === 'all' && failures.length > 0);
  if (!blocked) {
    const findings = mergeFindings(byReviewer);
    writeReviewReport(join(run.workspaceRoot, report), {
      feature: run.feature,
      phase: run.phase,
      handoffPath: run.handoffPath,
      required,
      reviewers: outcomes,
      findings,
    });
    const agreed = findings.filter((finding) => finding.foundBy.length > 1).length;
    run.out.write(
      `Baton ${run.phase}: ${outcomes.length - failures.length} of ${outcomes.length} reviewers answered ` +
        `(${outcomes.map(costLine).join(', ')}), ${findings.length} findings, ${agreed} found by more than one; wrote ${report}\n`,
    );
  }
  const entries = outcomes.map((outcome) =>
    record({
      outcome: outcome.outcome,
      provider: outcome.provider,
      alias: outcome.alias,
      modelRequested: outcome.modelRequested,
      modelReported: outcome.modelReported,
      fallbackUsed: null,
      inputTokens: outcome.inputTokens,
      outputTokens: outcome.outputTokens,
      costUsd: outcome.costUsd,
      durationMs: outcome.durationMs,
      requestId: outcome.requestId,
      reviewers: outcomes.length,
      ...(outcome.findings === undefined ? {} : { findings: outcome.findings }),
      ...(outcome.error === undefined ? {} : { error: outcome.error }),
      ...(blocked ? {} : { report }),
    }),
  );
  if (blocked) {
    throw new ReviewersFailedError(
      failures.map((failure) => ({ alias: failure.alias, error: failure.error ?? 'failed' })),
      required,
      { project: run.project, phase: run.phase },
    );
  }
  // The first reviewer in the map's order that answered drafts the next handoff; the report holds the rest.
  const lead = outcomes.findIndex((outcome) => outcome.outcome === 'success');
  return { report, entries, lead, reply: outcomes[lead]!.answer ?? '' };
}

/** One reviewer's answer, or why it has none; an answer without findings counts as failed. */
function reviewerOutcome(
  spec: ModelSpec,
  answer: PromiseSettledResult<CompletionResult>,
): { outcome: ReviewerOutcome; findings: Finding[] } {
  if (answer.status === 'rejected') {
    const outcome: ReviewerOutcome = {
      alias: spec.alias,
      provider: spec.provider,
      modelRequested: spec.model,
      modelReported: null,
      outcome: 'failure',
      error: (answer.reason as Error).message,
      inputTokens: 0,
      outputTokens: 0,
      costUsd: 0,
      durationMs: 0,
      requestId: null,
    };
    return { outcome, findings: [] };
  }
  const result = answer.value;
  const base = {
    alias: spec.alias,
    provider: result.provider,
    modelRequested: result.modelRequested,
    modelReported: result.modelReported,
    inputTokens: result.usage.inputTokens,
    outputTokens: result.usage.outputTokens,
    costUsd: result.costUsd,
    durationMs: Math.round(result.durationMs),
    requestId: result.requestId,
    answer: result.text,
  };
  try {
    const findings = parseFindings(result.text);
    return { outcome: { ...base, outcome: 'success', findings: findings.length }, findings };
  } catch (error) {
    const problem = `${spec.alias} answered, but ${(error as Error).message}`;
    return { outcome: { ...base, outcome: 'failure', error: problem }, findings: [] };
  }
}

function costLine(outcome: ReviewerOutcome): string {
  if (outcome.outcome === 'failure') return `${outcome.alias} failed`;
  return `${outcome.alias} ${outcome.costUsd === null ? 'cost unknown' : `$${outcome.costUsd.toFixed(4)}`}`;
}
