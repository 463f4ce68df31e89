import type { OutgoingPayload } from '@baton/guard';
import {
  contextWindowOf,
  estimateCost,
  estimateTokens,
  tokenCeiling,
  type ContextWindow,
  type ModelSpec,
  type TokenEstimate,
} from '@baton/providers';
import { BudgetExceededError, ContextWindowExceededError, UnpricedBudgetError } from '../errors';
import type { FileChange } from '../git';
import type { PhaseEntry } from '../map';

/** Output tokens a phase may spend, unless its cost budget caps them lower. */
export const maxOutputTokens = { report: 8_192, changes: 16_384 } as const;
/** The least output a phase is worth calling a model for; a budget that leaves less is exceeded. */
export const minOutputTokens = 1_024;
/**
 * Input tokens a phase may send when its budget sets no `maxInputTokens`: about $0.40 on gpt-4.1,
 * and more than a handoff with structure-only references needs.
 */
export const defaultMaxInputTokens = 200_000;

/** What a run would cost, estimated before any request. */
export interface PayloadEstimate {
  inputTokens: number;
  /** How the tokens were counted (a tokenizer, or an approximation). */
  tokenMethod: string;
  maxOutputTokens: number;
  /** USD with every output token spent, on the dearest model of the chain; null when unpriced. */
  maxCostUsd: number | null;
}

/** Which phase a budget belongs to, and the models that may answer it. */
export interface BudgetScope {
  phase: string;
  project: string;
  chain: readonly ModelSpec[];
}

/**
 * Tokens counted offline, and the most the call may cost, on the dearest model of the chain. Unless
 * `exact` (a dry run shows the count), a ceiling stands for the count when it is within every limit
 * of the phase with no output given up: then so is the count, and no tokenizer loads (a table takes
 * 100-200 ms).
 */
export function estimatePayload(
  payload: OutgoingPayload,
  entry: PhaseEntry,
  scope: BudgetScope,
  { exact = false }: { exact?: boolean } = {},
): PayloadEstimate {
  const text = `${payload.system}\n${payload.user}`;
  if (!exact) {
    const ceiling = estimateFrom(scope.chain, entry, (spec) => tokenCeiling(text, spec));
    if (withinEveryLimit(ceiling, entry, scope)) return ceiling;
  }
  return estimateFrom(scope.chain, entry, (spec) => estimateTokens(text, spec));
}

function estimateFrom(
  chain: readonly ModelSpec[],
  entry: PhaseEntry,
  count: (spec: ModelSpec) => TokenEstimate,
): PayloadEstimate {
  const counts = chain.map((spec) => ({ spec, ...count(spec) }));
  const largest = counts.reduce((a, b) => (b.tokens > a.tokens ? b : a));
  const output = maxOutputTokens[entry.produces];
  const costs = counts.map(({ spec, tokens }) => estimateCost(spec, tokens, output));
  return {
    inputTokens: largest.tokens,
    tokenMethod: largest.method,
    maxOutputTokens: output,
    maxCostUsd: costs.includes(null) ? null : Math.max(...(costs as number[])),
  };
}

/** Whether {@link checkBudget} passes the estimate and leaves it every output token. */
function withinEveryLimit(estimate: PayloadEstimate, entry: PhaseEntry, scope: BudgetScope) {
  try {
    return checkBudget(estimate, entry, scope) === estimate.maxOutputTokens;
  } catch {
    return false;
  }
}

/** The first model of the chain whose context window cannot hold the input and the output kept for the answer. */
export function windowOverflow(
  estimate: PayloadEstimate,
  chain: readonly ModelSpec[],
): { spec: ModelSpec; window: ContextWindow } | undefined {
  for (const spec of chain) {
    const window = contextWindowOf(spec);
    if (estimate.inputTokens + estimate.maxOutputTokens > window.tokens) return { spec, window };
  }
  return undefined;
}

/**
 * Checks the estimate against every model's context window (with the output kept for the answer)
 * and the phase's budget, before any request, and returns the output
 * tokens the call may spend: with `maxCostUsd`, as many as keep the dearest model within it.
 */
export function checkBudget(
  estimate: PayloadEstimate,
  entry: PhaseEntry,
  { phase, project, chain }: BudgetScope,
): number {
  const budget = entry.budget ?? {};
  const maxInputTokens = budget.maxInputTokens ?? defaultMaxInputTokens;
  const overflow = windowOverflow(estimate, chain);
  if (overflow) {
    throw new ContextWindowExceededError(phase, project, overflow.spec, estimate, overflow.window);
  }
  if (estimate.inputTokens > maxInputTokens) {
    throw new BudgetExceededError(
      phase,
      'maxInputTokens',
      estimate.inputTokens,
      maxInputTokens,
      project,
      budget.maxInputTokens === undefined,
    );
  }
  if (budget.maxCostUsd === undefined) return estimate.maxOutputTokens;
  let output = estimate.maxOutputTokens;
  for (const spec of chain) {
    const input = estimateCost(spec, estimate.inputTokens, 0);
    const perToken = estimateCost(spec, 0, 1_000_000);
    if (input === null || perToken === null)
      throw new UnpricedBudgetError(phase, spec.alias, spec.model);
    const affordable = Math.floor(((budget.maxCostUsd - input) / perToken) * 1_000_000);
    output = Math.min(output, affordable);
    if (affordable < minOutputTokens) {
      throw new BudgetExceededError(
        phase,
        'maxCostUsd',
        input + (perToken * minOutputTokens) / 1_000_000,
        budget.maxCostUsd,
        project,
      );
    }
  }
  return output;
}

/** Checks the lines a phase's staged edits add against its `maxAddedLines` (binary files add none). */
export function checkAddedLines(
  changes: readonly FileChange[],
  entry: PhaseEntry,
  { phase, project }: Pick<BudgetScope, 'phase' | 'project'>,
): void {
  const maxAddedLines = entry.budget?.maxAddedLines;
  if (maxAddedLines === undefined) return;
  const added = changes.reduce((sum, change) => sum + change.added, 0);
  if (added > maxAddedLines) {
    throw new BudgetExceededError(phase, 'maxAddedLines', added, maxAddedLines, project);
  }
}
