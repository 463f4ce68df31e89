import type { ModelSpec } from '@baton/providers';
import { describe, expect, it } from 'vitest';
import type { PhaseEntry } from '../map';
import { checkBudget, estimatePayload } from './budget';

const gpt: ModelSpec = { alias: 'gpt', provider: 'openai', model: 'gpt-4.1' };
const claude: ModelSpec = { alias: 'claude', provider: 'anthropic', model: 'claude-sonnet-4-5' };
const scope = { phase: 'security-review', project: '@acme/analytics', chain: [claude, gpt] };
const payload = { system: 'Review the code.', user: 'hello world '.repeat(400), redactions: [] };
const review: PhaseEntry = { model: 'claude', produces: 'report', fallback: ['gpt'] };

describe('estimatePayload', () => {
  it('counts with the tokenizer only when a ceiling does not settle the limits', () => {
    const exact = estimatePayload(payload, review, scope, { exact: true });
    expect(exact.tokenMethod).toBe('approximation: 4 characters a token');
    const settled = estimatePayload(payload, review, scope);
    expect(settled.tokenMethod).toBe('at most one token a byte');
    expect(settled.inputTokens).toBeGreaterThanOrEqual(exact.inputTokens);
    expect(checkBudget(settled, review, scope)).toBe(checkBudget(exact, review, scope));
  });

  it('counts exactly when the ceiling is over a limit the count is within', () => {
    const gptOnly = { ...scope, chain: [gpt] };
    const counted = estimatePayload(payload, review, gptOnly, { exact: true }).inputTokens;
    const ceiling = estimatePayload(payload, review, gptOnly).inputTokens;
    expect(ceiling).toBeGreaterThan(counted);
    const tight: PhaseEntry = { ...review, budget: { maxInputTokens: counted } };
    const estimate = estimatePayload(payload, tight, gptOnly);
    expect(estimate).toEqual(estimatePayload(payload, tight, gptOnly, { exact: true }));
    expect(estimate.tokenMethod).toBe('gpt-tokenizer o200k_base');
    expect(checkBudget(estimate, tight, gptOnly)).toBe(estimate.maxOutputTokens);
  });

  it('counts exactly when a cost budget would trim the output by the ceiling', () => {
    const gptOnly = { ...scope, chain: [gpt] };
    const exact = estimatePayload(payload, review, gptOnly, { exact: true });
    // Enough for every output token at the counted input, not at the ceiling's.
    const perToken = 8 / 1_000_000;
    const maxCostUsd =
      (exact.inputTokens * 2) / 1_000_000 + exact.maxOutputTokens * perToken + 1e-6;
    const capped: PhaseEntry = { ...review, budget: { maxCostUsd } };
    const estimate = estimatePayload(payload, capped, gptOnly);
    expect(estimate.tokenMethod).toBe('gpt-tokenizer o200k_base');
    expect(checkBudget(estimate, capped, gptOnly)).toBe(exact.maxOutputTokens);
  });
});
