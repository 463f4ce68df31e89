import { randomBytes } from 'node:crypto';
import type { Turn } from './protocol';
import type { EmulatedProvider } from './script';

/** The emulator's token count: about four characters a token, the common rule of thumb. */
export const countTokens = (text: string): number => Math.ceil(text.length / 4);

const WORDS_PER_CHUNK = 3;

/** Splits a reply the way a model streams it: a few words per delta, whitespace kept. */
export function chunksOf(text: string): string[] {
  const words = text.match(/\s*\S+\s*/g) ?? (text ? [text] : []);
  const chunks: string[] = [];
  for (let i = 0; i < words.length; i += WORDS_PER_CHUNK) {
    chunks.push(words.slice(i, i + WORDS_PER_CHUNK).join(''));
  }
  return chunks;
}

const ID_PREFIX: Record<EmulatedProvider, { body: string; request: string }> = {
  openai: { body: 'chatcmpl-', request: 'req_' },
  anthropic: { body: 'msg_', request: 'req_' },
  google: { body: '', request: 'req_' },
};

export function makeTurn(options: {
  provider: EmulatedProvider;
  model: string;
  reply: string;
  prompt: string;
  maxOutputTokens: number | undefined;
  includeUsage: boolean;
}): Turn {
  const limit = options.maxOutputTokens;
  const stoppedAtLimit = limit !== undefined && countTokens(options.reply) > limit;
  const text = stoppedAtLimit ? options.reply.slice(0, limit * 4) : options.reply;
  const prefix = ID_PREFIX[options.provider];
  return {
    id: prefix.body + randomBytes(12).toString('hex'),
    requestId: prefix.request + randomBytes(12).toString('hex'),
    model: options.model,
    text,
    chunks: chunksOf(text),
    stoppedAtLimit,
    inputTokens: countTokens(options.prompt),
    outputTokens: countTokens(text),
    includeUsage: options.includeUsage,
  };
}
