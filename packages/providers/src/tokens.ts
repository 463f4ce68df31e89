import type { ModelSpec } from './types';

export interface TokenEstimate {
  tokens: number;
  /** How the count was made: a tokenizer's name, or the approximation used. */
  method: string;
}

type Encoder = {
  countTokens(text: string, options: { disallowedSpecial: Set<string> }): number;
};

// Text that holds a special token's spelling (`<|endoftext|>` in a tokenizer's own source) is sent
// as text, and counted as text: gpt-tokenizer throws on it by default.
const asPlainText = { disallowedSpecial: new Set<string>() };

const APPROXIMATION = 'approximation: 4 characters a token';
const CHARACTERS_PER_TOKEN = 4;
const CEILING = 'at most one token a byte';

const encoders = new Map<string, Encoder>();

// Loaded on first use: each table costs 100-200 ms, which importing this package must not pay.
/* eslint-disable @typescript-eslint/no-require-imports */
function encodingOf(model: string): string {
  const { modelToEncodingMap, DEFAULT_ENCODING } =
    require('gpt-tokenizer/mapping') as typeof import('gpt-tokenizer/mapping');
  return (modelToEncodingMap as Record<string, string | undefined>)[model] ?? DEFAULT_ENCODING;
}

function encoder(name: string): Encoder {
  let loaded = encoders.get(name);
  if (!loaded) {
    loaded = require(`gpt-tokenizer/encoding/${name}`) as Encoder;
    encoders.set(name, loaded);
  }
  return loaded;
}
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * Tokens a text will take, offline. OpenAI models are counted with their own tokenizer
 * (gpt-tokenizer); other providers publish none that runs offline, so theirs are approximated.
 */
export function estimateTokens(text: string, spec: ModelSpec): TokenEstimate {
  if (spec.provider === 'openai') {
    // gpt-tokenizer maps the older models; every current one uses its default, o200k_base.
    const name = encodingOf(spec.model);
    return {
      tokens: encoder(name).countTokens(text, asPlainText),
      method: `gpt-tokenizer ${name}`,
    };
  }
  return { tokens: Math.ceil(text.length / CHARACTERS_PER_TOKEN), method: APPROXIMATION };
}

/**
 * The most tokens {@link estimateTokens} can count for a text, without loading a tokenizer: each
 * token of OpenAI's byte-level encodings covers at least one UTF-8 byte; an approximation is its
 * own ceiling.
 */
export function tokenCeiling(text: string, spec: ModelSpec): TokenEstimate {
  if (spec.provider === 'openai') {
    return { tokens: Buffer.byteLength(text, 'utf8'), method: CEILING };
  }
  return estimateTokens(text, spec);
}
