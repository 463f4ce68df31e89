import type { IncomingHttpHeaders } from 'node:http';
import type { EmulatedProvider, FaultKind } from './script';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- request bodies are whatever the SDKs send
export type RequestBody = Record<string, any>;

export interface Route {
  model: string;
  action: 'generate' | 'count';
  stream: boolean;
}

/** One answer the emulator is about to give, with usage counted from its text. */
export interface Turn {
  id: string;
  requestId: string;
  model: string;
  text: string;
  chunks: string[];
  stoppedAtLimit: boolean;
  inputTokens: number;
  outputTokens: number;
  includeUsage: boolean;
}

/** Everything that is not a normal answer: a fault, or a request the real API would refuse. */
export type Refusal =
  | Exclude<FaultKind, 'reset' | 'stall' | 'malformed-json' | 'truncated'>
  | 'missing-key'
  | 'bad-request';

export interface ErrorAnswer {
  status: number;
  body: unknown;
}

export interface RefusalDetail {
  apiKey: string | null;
  message?: string;
}

/** One provider's wire protocol, as its official SDK speaks it. */
export interface Protocol {
  provider: EmulatedProvider;
  route(method: string, url: URL, body: RequestBody): Route | null;
  apiKey(headers: IncomingHttpHeaders, url: URL): string | null;
  /** The text a request sends (system and messages), for counting input tokens. */
  prompt(body: RequestBody): string;
  maxOutputTokens(body: RequestBody): number | undefined;
  /** Why the real API would answer 400, or null. */
  invalid(body: RequestBody, route: Route): string | null;
  requestIdHeaders(requestId: string): Record<string, string>;
  refuse(refusal: Refusal, detail: RefusalDetail): ErrorAnswer;
  answer(turn: Turn): unknown;
  /** The whole answer as server-sent events, each already framed. */
  events(turn: Turn): string[];
  /** The same event with its JSON cut short, as a broken proxy would pass it on. */
  corrupt(event: string): string;
  tokenCount(tokens: number): unknown;
}

export const textOf = (content: unknown): string => {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map(textOf).join('\n');
  if (content && typeof content === 'object' && 'text' in content) return String(content.text);
  return '';
};

/** Cuts the JSON of an event in half, keeping the event's framing. */
export function cutJson(event: string, delimiter: string): string {
  const start = event.indexOf('data: ') + 'data: '.length;
  const json = event.slice(start, event.length - delimiter.length);
  return event.slice(0, start) + json.slice(0, Math.ceil(json.length / 2)) + delimiter;
}

/**
 * A refusal as a provider answers it: the status and message of its error table, the message's
 * `{key}` and `{message}` filled in, wrapped in the provider's own error body.
 */
export function refusalAnswer<E extends { status: number; message: string }>(
  errors: Record<Refusal, E>,
  refusal: Refusal,
  { apiKey, message }: RefusalDetail,
  body: (error: E, message: string) => unknown,
): ErrorAnswer {
  const error = errors[refusal];
  const text = error.message.replace('{key}', apiKey ?? '').replace('{message}', message ?? '');
  return { status: error.status, body: body(error, text) };
}
