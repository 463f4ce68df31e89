import prices from './prices.json';
import type { ModelSpec } from './types';

/**
 * The context window assumed for a model the price list does not know (an OpenAI-compatible
 * server's, a new one): low on purpose, since sending past a window wastes the call; a map
 * entry's `contextWindow` says more.
 */
export const DEFAULT_CONTEXT_WINDOW = 32_768;

const LIST: Record<string, Record<string, { contextWindow?: number }> | undefined> = prices.models;

const SNAPSHOT_SUFFIX = /-(?:\d{4}-\d{2}-\d{2}|\d{8}|latest)$/;

/** Where a model's context window comes from: its map entry, the price list, or the default. */
export interface ContextWindow {
  tokens: number;
  source: 'map' | 'price list' | 'default';
}

/** The tokens a model holds, input and output together. */
export function contextWindowOf(spec: ModelSpec): ContextWindow {
  if (spec.contextWindow) return { tokens: spec.contextWindow, source: 'map' };
  if (spec.provider !== 'openai-compatible') {
    const models = LIST[spec.provider] ?? {};
    const model = spec.model.replace(/^models\//, '');
    const listed = (models[model] ?? models[model.replace(SNAPSHOT_SUFFIX, '')])?.contextWindow;
    if (listed) return { tokens: listed, source: 'price list' };
  }
  return { tokens: DEFAULT_CONTEXT_WINDOW, source: 'default' };
}
