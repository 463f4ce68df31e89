import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { contextWindowOf, type CompletionResult, type ModelSpec } from '@baton/providers';
import type { PhaseEntry } from '../map';
import type { FittedFile, LedgerEntry } from '../provenance';
import { checkBudget, defaultMaxInputTokens, type PayloadEstimate } from './budget';
import type { PhaseContext } from './context';
import type { PhaseRunOutput } from './output';

export { runOutput, stdoutOutput, type PhaseRunOutput } from './output';

/** The progress line on a terminal: tokens so far and elapsed time, redrawn in place. */
export function progressLine(out: PhaseRunOutput, chain: readonly ModelSpec[]) {
  if (!out.isTTY) return undefined;
  let last = 0;
  return (_text: string, soFar: { outputTokens: number; elapsedMs: number; attempt: number }) => {
    if (soFar.elapsedMs - last < 100) return;
    last = soFar.elapsedMs;
    const who = chain.length > 1 && soFar.attempt > 1 ? ` (attempt ${soFar.attempt})` : '';
    out.write(
      `\r\x1b[2K${chain[0]!.alias}${who}: ${soFar.outputTokens} tokens, ${(soFar.elapsedMs / 1000).toFixed(1)}s`,
    );
  };
}

/** Erases the progress line, where one is drawn. */
export function clearProgress(out: PhaseRunOutput): void {
  if (out.isTTY) out.write('\r\x1b[2K');
}

/** The start of the line a run ends with: who answered, the tokens, the cost and the time. */
export function outcomeLine(phase: string, result: CompletionResult): string {
  const cost = result.costUsd === null ? 'cost unknown' : `$${result.costUsd.toFixed(4)}`;
  const fallback = result.fallbackUsed
    ? ` (fallback for ${result.attempts[0]?.alias ?? 'the assigned model'})`
    : '';
  return (
    `Baton ${phase}: ${result.alias}${fallback} answered as ${result.provider}/${result.modelReported}, ` +
    `${result.usage.inputTokens} in / ${result.usage.outputTokens} out tokens, ${cost}, ${(result.durationMs / 1000).toFixed(1)}s;`
  );
}

/** The start of the line a run that applied a kept reply ends with: no call, no cost. */
export function appliedLine(phase: string, result: CompletionResult, path: string): string {
  return `Baton ${phase}: applied the reply ${result.alias} gave earlier (${path}), no new call, $0;`;
}

/**
 * What a run prints when a run already answered the latest handoff: who answered, when and for
 * how much, then the report it wrote (or the commit it made), and how to ask again.
 */
export function alreadyRan(
  run: { workspaceRoot: string; project: string; phase: string; handoffPath: string },
  entry: LedgerEntry,
): string {
  const cost = entry.costUsd === null ? 'cost unknown' : `$${entry.costUsd.toFixed(4)}`;
  const made = entry.report
    ? `wrote ${entry.report}`
    : `committed ${entry.commit?.slice(0, 7) ?? 'its changes'}${entry.branch ? ` on ${entry.branch}` : ''}`;
  const head =
    `Baton ${run.phase}: already ran for ${entry.handoff}: ${entry.alias ?? 'the model'} answered ` +
    `${entry.time.slice(0, 16).replace('T', ' ')} UTC (${cost}) and ${made}. ` +
    `This run called no model and cost $0; pass --rerun to ask the models again ` +
    `(\`nx run ${run.project}:${run.phase} --rerun\`).\n`;
  if (!entry.report) return head;
  const report = readFileSync(join(run.workspaceRoot, entry.report), 'utf8');
  return `${head}\n${report}${report.endsWith('\n') ? '' : '\n'}`;
}

export interface DryRun {
  project: string;
  phase: string;
  chain: readonly ModelSpec[];
  entry: PhaseEntry;
  handoffPath: string;
  estimate: PayloadEstimate;
  context: PhaseContext;
  /** Referenced files sent as outlines to fit the context window. */
  fitted: readonly FittedFile[];
  /** Workspace-relative path of the dry run's exact copy (`dryRunCopyPath`). */
  copyPath: string;
}

/**
 * Where a dry run keeps its exact copy, workspace-relative: off a terminal Nx forwards a task's
 * output reflowed (blank lines dropped, lines broken at its reads), so the audit is this file.
 * Under node_modules/.cache, which every workspace ignores, so the tree stays clean for a run.
 */
export function dryRunCopyPath(project: string, phase: string): string {
  const name = `${project}-${phase}`.replace(/[^\w.-]+/g, '_');
  return posix.join('node_modules', '.cache', 'baton', 'dry-run', `${name}.txt`);
}

/** Writes the dry run's exact copy; returns the text, which is also printed. */
export function saveDryRun(workspaceRoot: string, input: DryRun): string {
  const text = renderDryRun(input);
  const path = join(workspaceRoot, input.copyPath);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return text;
}

/** What `--dry-run` prints: the models, the estimate against the budget, what is masked, and the payload. */
export function renderDryRun(input: DryRun): string {
  const { chain, estimate, context } = input;
  const models = chain.map((spec) => `${spec.alias} (${spec.provider}/${spec.model})`);
  const cost =
    estimate.maxCostUsd === null
      ? 'unknown (no price for a model)'
      : `up to $${estimate.maxCostUsd.toFixed(4)}`;
  const redactions = context.payload.redactions.map(
    (r) => `${r.kind} #${r.fingerprint} in ${r.label} line ${r.line}`,
  );
  const lines = [
    `Baton dry run of ${input.project}:${input.phase}: nothing was sent.`,
    `Model: ${models[0]}${models.length > 1 ? `, then ${models.slice(1).join(', ')}` : ''}`,
    `Handoff: ${input.handoffPath}`,
    `Sends: ${context.parts.map((part) => `${part.label} (${part.chars} chars)`).join(', ')}`,
    `Input: ${estimate.inputTokens} tokens (${estimate.tokenMethod}); output: up to ${estimate.maxOutputTokens} tokens; cost: ${cost}`,
    `Context window: ${chain.map((spec) => `${spec.alias} ${contextWindowOf(spec).tokens} tokens`).join(', ')}`,
    ...(input.fitted.length
      ? [
          `Fitted: ${input.fitted.map((file) => file.path).join(', ')} sent structure only (were whole) to fit the context window`,
        ]
      : []),
    `Budget: ${budgetVerdict(input)}`,
    `Masked: ${redactions.length ? redactions.join('; ') : 'nothing'}`,
    `Exact copy: ${input.copyPath} (Nx reflows a task's output off a terminal: blank lines dropped, long lines broken)`,
    ...context.notes.map((note) => `Note: ${note}`),
    '===== system =====',
    context.payload.system,
    '===== user =====',
    context.payload.user,
    '===== end =====',
  ];
  return `${lines.join('\n')}\n`;
}

function budgetVerdict({ project, phase, chain, entry, estimate }: DryRun): string {
  const limits = Object.entries(entry.budget ?? {}).map(([key, value]) => `${key} ${value}`);
  if (entry.budget?.maxInputTokens === undefined) {
    limits.push(`maxInputTokens ${defaultMaxInputTokens} (default)`);
  }
  let verdict = 'within it';
  try {
    checkBudget(estimate, entry, { phase, project, chain });
  } catch (error) {
    verdict = `a real run would stop here: ${(error as Error).message}`;
  }
  return `${limits.join(', ')} (${verdict})`;
}
