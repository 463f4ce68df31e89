import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as z from 'zod';
import { LedgerCorruptError } from '../errors';
import { documentText, lineEndingOf } from '../text';

/** Where a feature project keeps its ledger, relative to the project root (docs/ledger-and-report.md). */
export const ledgerFile = join('handoffs', 'ledger.jsonl');

const ledgerEntrySchema = z.object({
  time: z.iso.datetime({ offset: true }),
  feature: z.string().min(1),
  project: z.string().min(1),
  phase: z.string().min(1),
  produces: z.enum(['report', 'changes']),
  provider: z.string().nullable(),
  alias: z.string().nullable(),
  modelRequested: z.string().nullable(),
  modelReported: z.string().nullable(),
  fallbackUsed: z.string().nullable(),
  inputTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
  costUsd: z.number().nonnegative().nullable(),
  durationMs: z.number().nonnegative(),
  outcome: z.enum(['success', 'failure']),
  error: z.string().optional(),
  errorCode: z.string().optional(),
  handoff: z.string(),
  report: z.string().optional(),
  commit: z.string().optional(),
  branch: z.string().optional(),
  requestId: z.string().nullable().optional(),
  reply: z.string().optional(),
  reviewers: z.number().int().positive().optional(),
  findings: z.number().int().nonnegative().optional(),
  dryRun: z.literal(false).optional(),
  criteria: z
    .strictObject({
      met: z.array(z.number().int().positive()),
      open: z.array(z.number().int().positive()),
    })
    .optional(),
  fitted: z
    .array(
      z.strictObject({
        path: z.string(),
        from: z.literal('whole'),
        to: z.literal('structure'),
      }),
    )
    .optional(),
});

/** One phase run, success or failure: one line of `<projectRoot>/handoffs/ledger.jsonl`. */
export interface LedgerEntry {
  /** When the run ended, ISO 8601. */
  time: string;
  feature: string;
  /** The Nx project that holds the feature. */
  project: string;
  phase: string;
  produces: 'report' | 'changes';
  provider: string | null;
  /** The model alias that answered (or was asked, on failure). */
  alias: string | null;
  modelRequested: string | null;
  modelReported: string | null;
  /** Alias of the fallback that answered; null when the assigned model did. */
  fallbackUsed: string | null;
  inputTokens: number;
  outputTokens: number;
  /** Null when the model has no known price (e.g. a local model). */
  costUsd: number | null;
  durationMs: number;
  outcome: 'success' | 'failure';
  error?: string;
  errorCode?: string;
  /** Workspace-relative path of the handoff the run worked from. */
  handoff: string;
  /** Workspace-relative path of the report a `report` phase wrote. */
  report?: string;
  /** The commit a `changes` phase made. */
  commit?: string;
  branch?: string;
  requestId?: string | null;
  /** The kept reply a run applied instead of calling a model (its cost is on the failed run's line). */
  reply?: string;
  /**
   * In a phase with several reviewers, each reviewer's call is its own entry: this many reviewers
   * shared the phase (docs/ledger-and-report.md).
   */
  reviewers?: number;
  /** How many findings this reviewer reported, when its answer had them. */
  findings?: number;
  /** Dry runs send nothing and are never written; the field only ever says so. */
  dryRun?: false;
  /** The acceptance criteria of FEATURE.md (numbered from 1) the reply says the work meets and leaves open. */
  criteria?: { met: number[]; open: number[] };
  /** Referenced files sent as outlines instead of whole so the context fit the model's window. */
  fitted?: FittedFile[];
}

/** A referenced file the run sent as its outline, to fit the context to the model's window. */
export interface FittedFile {
  path: string;
  from: 'whole';
  to: 'structure';
}

/**
 * Appends one run to the project's ledger, creating `handoffs/` if needed. One `appendFile` call
 * per entry, so concurrent runs never interleave half lines.
 */
export function appendLedgerEntry(projectRootAbs: string, entry: LedgerEntry): void {
  const path = join(projectRootAbs, ledgerFile);
  mkdirSync(dirname(path), { recursive: true });
  const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const ending = lineEndingOf(before);
  // An editor may have dropped the final newline: the entry still starts a line of its own.
  const start = before === '' || before.endsWith('\n') ? '' : ending;
  appendFileSync(path, `${start}${JSON.stringify(ledgerEntrySchema.parse(entry))}${ending}`);
}

/** Every run in one project's ledger, oldest first; none when the project has no ledger yet. */
export function readLedger(projectRootAbs: string): LedgerEntry[] {
  return readLedgerFile(join(projectRootAbs, ledgerFile));
}

/**
 * The run that answered a phase's handoff: its latest success for that handoff that made a commit
 * or a report still there (a reviewer who answered a review that failed made neither). The relay
 * counts such a phase done, and a phase run by hand does not call again.
 */
export function answeringRun(
  workspaceRoot: string,
  ledger: readonly LedgerEntry[],
  phase: string,
  handoff: string,
): LedgerEntry | null {
  return (
    ledger.findLast(
      (line) =>
        line.phase === phase &&
        line.outcome === 'success' &&
        line.handoff === handoff &&
        (line.commit !== undefined ||
          (line.report !== undefined && existsSync(join(workspaceRoot, line.report)))),
    ) ?? null
  );
}

function readLedgerFile(path: string): LedgerEntry[] {
  if (!existsSync(path)) return [];
  const entries: LedgerEntry[] = [];
  documentText(readFileSync(path, 'utf8'))
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (error) {
        throw new LedgerCorruptError(path, index + 1, (error as Error).message);
      }
      const parsed = ledgerEntrySchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new LedgerCorruptError(
          path,
          index + 1,
          `${issue?.path.join('.') || 'entry'}: ${issue?.message}`,
        );
      }
      entries.push(parsed.data);
    });
  return entries;
}

export type LedgerDimension = 'feature' | 'phase' | 'model';

/** Totals for one group of runs. */
export interface LedgerSummaryRow {
  /** The group's value for each dimension summarized by; empty for the grand total. */
  keys: Partial<Record<LedgerDimension, string>>;
  runs: number;
  failures: number;
  /** Runs answered by a fallback model instead of the assigned one. */
  fallbacks: number;
  inputTokens: number;
  outputTokens: number;
  /**
   * Sum of the known costs; runs without a price are counted in `unpricedRuns`, not guessed.
   * Null when no run of the group has a known cost.
   */
  costUsd: number | null;
  unpricedRuns: number;
}

/**
 * The model a run is attributed to: `<provider>/<model the API reported>`, the same form as the
 * `AI-Model` trailer, so the ledger and `baton blame` name a model the same way.
 */
export function ledgerModel(entry: LedgerEntry): string {
  const model = entry.modelReported ?? entry.modelRequested ?? entry.alias ?? 'unknown';
  return entry.provider ? `${entry.provider}/${model}` : model;
}

const dimensionOf: Record<LedgerDimension, (entry: LedgerEntry) => string> = {
  feature: (entry) => entry.feature,
  phase: (entry) => entry.phase,
  model: ledgerModel,
};

/**
 * Groups runs by the given dimensions, in order of first appearance; `by: []` gives one row, the
 * grand total (also for no runs at all).
 */
export function summarizeLedger(
  entries: readonly LedgerEntry[],
  by: readonly LedgerDimension[],
): LedgerSummaryRow[] {
  const rows = new Map<string, LedgerSummaryRow>();
  if (by.length === 0) rows.set('[]', emptyRow({}));
  for (const entry of entries) {
    const values = by.map((dimension) => dimensionOf[dimension](entry));
    const keys = Object.fromEntries(by.map((dimension, index) => [dimension, values[index]]));
    const id = JSON.stringify(values);
    let row = rows.get(id);
    if (!row) rows.set(id, (row = emptyRow(keys)));
    row.runs += 1;
    if (entry.outcome === 'failure') row.failures += 1;
    if (entry.fallbackUsed) row.fallbacks += 1;
    row.inputTokens += entry.inputTokens;
    row.outputTokens += entry.outputTokens;
    if (entry.costUsd === null) row.unpricedRuns += 1;
    else row.costUsd = (row.costUsd ?? 0) + entry.costUsd;
  }
  return [...rows.values()];
}

function emptyRow(keys: LedgerSummaryRow['keys']): LedgerSummaryRow {
  return {
    keys,
    runs: 0,
    failures: 0,
    fallbacks: 0,
    inputTokens: 0,
    outputTokens: 0,
    costUsd: null,
    unpricedRuns: 0,
  };
}
