import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CompletionResult } from '@baton/providers';
import { criteriaVerdict } from '../feature/model-handoff';
import { appendLedgerEntry, type LedgerEntry } from '../provenance/ledger';
import type { PhaseRun } from './read';

/** Appends the run's line to the project's ledger: the assigned model's, unless a reply says otherwise. */
export function record(
  run: PhaseRun,
  fields: Partial<LedgerEntry> & Pick<LedgerEntry, 'outcome'>,
): LedgerEntry {
  const line: LedgerEntry = {
    time: new Date().toISOString(),
    feature: run.feature,
    project: run.project,
    phase: run.phase,
    produces: run.entry.produces,
    provider: run.chain[0]!.provider,
    alias: run.chain[0]!.alias,
    modelRequested: run.chain[0]!.model,
    modelReported: null,
    fallbackUsed: null,
    inputTokens: 0,
    outputTokens: 0,
    costUsd: 0,
    durationMs: Math.round(performance.now() - run.started),
    handoff: run.handoffPath,
    ...(run.branch ? { branch: run.branch } : {}),
    ...(run.fitted ? { fitted: run.fitted } : {}),
    ...fields,
  };
  appendLedgerEntry(join(run.workspaceRoot, run.projectRoot), line);
  return line;
}

/** The reply's verdict on the acceptance criteria, for the ledger line. */
export function verdictOf(run: PhaseRun, result: CompletionResult): Partial<LedgerEntry> {
  const criteria = criteriaVerdict(result.text, run.criteria);
  return criteria ? { criteria } : {};
}

export function usageOf(result: CompletionResult): Partial<LedgerEntry> {
  return {
    provider: result.provider,
    alias: result.alias,
    modelRequested: result.modelRequested,
    modelReported: result.modelReported,
    fallbackUsed: result.fallbackUsed,
    inputTokens: result.usage.inputTokens,
    outputTokens: result.usage.outputTokens,
    costUsd: result.costUsd,
    requestId: result.requestId,
  };
}
