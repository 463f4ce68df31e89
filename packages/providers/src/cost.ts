import prices from './prices.json';
import type { ModelSpec } from './types';

export type Pricing = NonNullable<ModelSpec['pricing']>;

const LIST: Record<string, Record<string, Pricing & { contextWindow?: number }> | undefined> =
  prices.models;

/** Dated snapshots and -latest aliases bill as their model: gpt-4.1-2025-04-14, claude-sonnet-4-5-20250929. */
const SNAPSHOT_SUFFIX = /-(?:\d{4}-\d{2}-\d{2}|\d{8}|latest)$/;

/**
 * The price of a model: its map entry's `pricing`, else the price list's. An OpenAI-compatible
 * server's models are never looked up in the list: whoever serves them sets the price.
 */
export function pricingOf(spec: ModelSpec): Pricing | null {
  if (spec.pricing) return spec.pricing;
  if (spec.provider === 'openai-compatible') return null;
  const models = LIST[spec.provider] ?? {};
  const model = spec.model.replace(/^models\//, '');
  return models[model] ?? models[model.replace(SNAPSHOT_SUFFIX, '')] ?? null;
}

/** USD for a call, or null when the model's price is unknown (never a guess). */
export function estimateCost(
  spec: ModelSpec,
  inputTokens: number,
  outputTokens: number,
): number | null {
  const pricing = pricingOf(spec);
  if (!pricing) return null;
  return (
    (inputTokens * pricing.inputPerMillion + outputTokens * pricing.outputPerMillion) / 1_000_000
  );
}
