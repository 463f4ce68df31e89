import { STATUS_CODES } from 'node:http';

/**
 * What a failed try means for the next one:
 * - `broken`: a stream that opened and then failed (reset, malformed event, cut short, silent too
 *   long); no SDK resumes a stream, so it is retried whole;
 * - `exhausted`: a retryable error (429, 5xx, 529 overloaded, connection) that outlasted the SDK's
 *   own retries; the next model of the chain takes over;
 * - `refused`: the provider refused the request (bad key, unknown model, bad request); trying
 *   again, or another model, would only hide the cause.
 */
export type FailureKind = 'broken' | 'exhausted' | 'refused';

export interface Failure {
  kind: FailureKind;
  status: number | null;
  reason: string;
}

/** A stream that opened and then failed; `reason` says how. */
export class BrokenStream extends Error {}

const RETRYABLE_STATUSES = new Set([408, 409, 429]);
const isRetryableStatus = (status: number) => RETRYABLE_STATUSES.has(status) || status >= 500;

/** The longest error text kept from a provider: enough for its message, not for a page of HTML. */
const MAX_REASON_LENGTH = 300;

/**
 * @param opened whether the stream had opened when the error struck
 * @param sdkRetriesConnections whether the SDK already retried connection failures before it opened
 */
export function classify(error: unknown, opened: boolean, sdkRetriesConnections: boolean): Failure {
  if (error instanceof BrokenStream) return { kind: 'broken', status: null, reason: error.message };
  const reason = reasonOf(error);
  if (opened)
    return { kind: 'broken', status: null, reason: `the stream broke midway (${reason})` };
  const status = statusOf(error);
  if (status === null) {
    return { kind: sdkRetriesConnections ? 'exhausted' : 'broken', status, reason };
  }
  return { kind: isRetryableStatus(status) ? 'exhausted' : 'refused', status, reason };
}

function statusOf(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const status = (error as { status?: unknown }).status;
  if (typeof status === 'number') return status;
  // @google/genai's retries (p-retry) keep only the status text of the last response.
  const message = (error as { message?: unknown }).message;
  const match =
    /^(Retryable HTTP Error: |Non-retryable exception )(.*?)(?: sending request)?$/.exec(
      typeof message === 'string' ? message : '',
    );
  if (!match) return null;
  const code = Object.entries(STATUS_CODES).find(([, name]) => name === match[2])?.[0];
  if (code) return Number(code);
  return match[1].startsWith('Retryable') ? 503 : 400;
}

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  const detail =
    cause instanceof Error && cause.message !== error.message ? ` (${cause.message})` : '';
  const text = `${error.message}${detail}`.replace(/\s+/g, ' ').trim();
  return text.length > MAX_REASON_LENGTH ? `${text.slice(0, MAX_REASON_LENGTH)}…` : text;
}

/** Removes every secret from a text: errors from providers may echo the key that was sent. */
export function scrub(text: string, secrets: Array<string | null>): string {
  let clean = text;
  for (const secret of secrets) {
    if (secret) clean = clean.split(secret).join('[redacted]');
  }
  return clean;
}
