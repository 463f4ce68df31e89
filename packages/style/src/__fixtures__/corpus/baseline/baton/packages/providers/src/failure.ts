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

const RETRYABLE_STATUSES = new Set([408, 409, 429]);
const isRetryableStatus = (status: number) => RETRYABLE_STATUSES.has(status) || status >= 500;

/** The longest error text kept from a provider: enough for its message, not for a page of HTML. */
const MAX_REASON_LENGTH = 300;

/**
 * @param opened whether the stream had opened when the error struck
 * @param sdkRetriesConnections whether the SDK already retried connection failures before it opened
 * @param baseUrl where the request went, to name it when it could not be reached
 */
export function classify(
  error: unknown,
  opened: boolean,
  sdkRetriesConnections: boolean,
  baseUrl: string,
): Failure {
  if (opened) {
    return { kind: 'broken', status: null, reason: `the stream broke midway (${reasonOf(error)})` };
  }
  const gave = googleRetriesGaveUp(error);
  const status = gave?.status ?? statusOf(error);
  if (status === null) {
    return {
      kind: sdkRetriesConnections ? 'exhausted' : 'broken',
      status,
      reason: `could not reach ${withoutCredentials(baseUrl)} (${reasonOf(error)})`,
    };
  }
  const reason = gave ? `${gave.status} ${gave.text}` : reasonOf(error);
  return { kind: isRetryableStatus(status) ? 'exhausted' : 'refused', status, reason };
}

function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}

/** @google/genai's retries (p-retry) keep only the status text of the last response. */
function googleRetriesGaveUp(error: unknown): { status: number; text: string } | null {
  const message = (error as { message?: unknown } | null)?.message;
  const match =
    /^(Retryable HTTP Error: |Non-retryable exception )(.*?)(?: sending request)?$/.exec(
      typeof message === 'string' ? message : '',
    );
  if (!match) return null;
  const code = Object.entries(STATUS_CODES).find(([, name]) => name === match[2])?.[0];
  const status = code ? Number(code) : match[1].startsWith('Retryable') ? 503 : 400;
  return { status, text: match[2] };
}

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // fetch hides why a connection failed two causes deep: "fetch failed" <- "connect ECONNREFUSED".
  const messages = [apiMessage(error) ?? error.message];
  for (
    let cause = error.cause;
    cause instanceof Error && messages.length < 3;
    cause = cause.cause
  ) {
    if (!messages.includes(cause.message)) messages.push(cause.message);
  }
  const text = messages.join(': ').replace(/\s+/g, ' ').trim();
  return text.length > MAX_REASON_LENGTH ? `${text.slice(0, MAX_REASON_LENGTH)}…` : text;
}

/** "529 Overloaded" from an SDK's API error, rather than the JSON body it quotes. */
function apiMessage(error: Error): string | null {
  const status = statusOf(error);
  // OpenAI keeps the body's `error` object; Anthropic keeps the whole body, which nests one.
  const body = (error as { error?: { message?: unknown; error?: { message?: unknown } } }).error;
  const message = body?.error?.message ?? body?.message;
  return status !== null && typeof message === 'string' ? `${status} ${message}` : null;
}

function withoutCredentials(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    url.username = '';
    url.password = '';
    return url.toString();
  } catch {
    return baseUrl;
  }
}

/** Removes every secret from a text: errors from providers may echo the key that was sent. */
export function scrub(text: string, secrets: Array<string | null>): string {
  let clean = text;
  for (const secret of secrets) {
    if (secret) clean = clean.split(secret).join('[redacted]');
  }
  return clean;
}
