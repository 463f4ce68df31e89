import { describe, expect, it } from 'vitest';
import { estimateCost, estimateTokens, pricingOf, tokenCeiling, type ModelSpec } from './index';
import prices from './prices.json';

const spec = (
  provider: ModelSpec['provider'],
  model: string,
  extra: Partial<ModelSpec> = {},
): ModelSpec => ({
  alias: 'm',
  provider,
  model,
  ...extra,
});

describe('estimateCost', () => {
  it('prices a call from the price list', () => {
    expect(estimateCost(spec('openai', 'gpt-4.1'), 1_000_000, 500_000)).toBeCloseTo(2 + 4, 10);
    expect(estimateCost(spec('anthropic', 'claude-sonnet-4-5'), 2000, 1000)).toBeCloseTo(
      0.006 + 0.015,
      10,
    );
    expect(estimateCost(spec('google', 'gemini-2.5-pro'), 1000, 1000)).toBeCloseTo(
      0.00125 + 0.01,
      10,
    );
  });

  it('prices a dated snapshot as its model', () => {
    expect(pricingOf(spec('anthropic', 'claude-sonnet-4-5-20250929'))).toEqual(
      prices.models.anthropic['claude-sonnet-4-5'],
    );
    expect(pricingOf(spec('openai', 'gpt-4.1-2025-04-14'))).toEqual(
      prices.models.openai['gpt-4.1'],
    );
  });

  it("prefers the map's pricing", () => {
    const priced = spec('openai', 'gpt-4.1', {
      pricing: { inputPerMillion: 1, outputPerMillion: 1 },
    });
    expect(estimateCost(priced, 500_000, 500_000)).toBe(1);
  });

  it('is null for a model it does not know, never a guess', () => {
    expect(estimateCost(spec('openai', 'gpt-99'), 1000, 1000)).toBeNull();
    expect(estimateCost(spec('anthropic', 'claude-sonnet-4-5-turbo'), 1000, 1000)).toBeNull();
    // A server that copies OpenAI's API sets its own prices, whatever it calls its models.
    expect(
      estimateCost(
        spec('openai-compatible', 'gpt-4.1', { baseUrl: 'http://127.0.0.1:1/v1' }),
        1,
        1,
      ),
    ).toBeNull();
  });

  it('lists prices for the models of the default map', () => {
    for (const [provider, model] of [
      ['openai', 'gpt-4.1'],
      ['anthropic', 'claude-sonnet-4-5'],
      ['google', 'gemini-2.5-pro'],
    ] as const) {
      expect(pricingOf(spec(provider, model))).not.toBeNull();
    }
  });
});

describe('estimateTokens', () => {
  it('counts OpenAI models with their own tokenizer', () => {
    expect(estimateTokens('hello world', spec('openai', 'gpt-4.1'))).toEqual({
      tokens: 2,
      method: 'gpt-tokenizer o200k_base',
    });
    expect(estimateTokens('hello world', spec('openai', 'gpt-4')).method).toBe(
      'gpt-tokenizer cl100k_base',
    );
  });

  it("counts a special token's spelling as the text it is, as the API receives it", () => {
    const text = 'The tokenizer splits documents at <|endoftext|> and <|fim_prefix|>.';
    const plain = estimateTokens(text, spec('openai', 'gpt-4.1')).tokens;
    expect(plain).toBeGreaterThan(
      estimateTokens('The tokenizer splits documents at', spec('openai', 'gpt-4.1')).tokens + 4,
    );
    expect(estimateTokens(text, spec('openai', 'gpt-4')).tokens).toBeGreaterThan(10);
  });

  it('labels its approximation for the others', () => {
    const estimate = estimateTokens('x'.repeat(400), spec('anthropic', 'claude-sonnet-4-5'));
    expect(estimate).toEqual({ tokens: 100, method: 'approximation: 4 characters a token' });
    expect(estimateTokens('', spec('google', 'gemini-2.5-pro')).tokens).toBe(0);
  });
});

describe('tokenCeiling', () => {
  it("is never below an OpenAI tokenizer's count, whatever the text", () => {
    const texts = ['', 'hello world', 'héllo wörld 日本語 🎉', '\t\n  \u0000', 'x'.repeat(5000)];
    for (const model of ['gpt-4.1', 'gpt-4']) {
      for (const text of texts) {
        const ceiling = tokenCeiling(text, spec('openai', model));
        expect(ceiling.tokens).toBeGreaterThanOrEqual(
          estimateTokens(text, spec('openai', model)).tokens,
        );
        expect(ceiling.method).toBe('at most one token a byte');
      }
    }
  });

  it("is the others' approximation itself", () => {
    const claude = spec('anthropic', 'claude-sonnet-4-5');
    expect(tokenCeiling('x'.repeat(400), claude)).toEqual(estimateTokens('x'.repeat(400), claude));
  });
});
