import { performance } from 'node:perf_hooks';
import { anthropicDriver } from './anthropic';
import { connectionFor, type Connection } from './connection';
import { estimateCost } from './cost';
import {
  CompletionAbortedError,
  EmptyModelChainError,
  MissingApiKeyError,
  MissingBaseUrlError,
  ProviderError,
  type FailedAttempt,
} from './errors';
import { classify, scrub, type Failure } from './failure';
import { googleDriver } from './google';
import { openaiDriver } from './openai';
import type { ProviderDriver, StreamOutcome } from './stream';
import { estimateTokens } from './tokens';
import type { CompletionRequest, CompletionResult, ModelSpec, ProviderName } from './types';

/**
 * Retries each SDK makes itself on 408, 409, 429, 5xx (Anthropic's 529 overloaded too) before
 * Baton moves to the next model: OpenAI and Anthropic honour retry-after, and retry dropped
 * connections; @google/genai has no retries unless given some.
 */
export const SDK_MAX_RETRIES = 2;
/** Whole tries, per model, of a stream that breaks midway: no SDK resumes a stream. */
export const STREAM_ATTEMPTS = 3;
/** How long a provider may stay silent, before answering or between two stream events. */
export const DEFAULT_TIMEOUT_MS = 300_000;

const DRIVERS: Record<ProviderName, ProviderDriver> = {
  openai: openaiDriver,
  'openai-compatible': openaiDriver,
  anthropic: anthropicDriver,
  google: googleDriver,
};

export interface CompleteOptions {
  /** Where keys and base URLs are read from; process.env when left out. */
  env?: NodeJS.ProcessEnv;
}

/**
 * Streams one completion. `chain[0]` is the model the phase is assigned, the rest its fallbacks,
 * tried in order when a model keeps failing with a retryable error or is overloaded. Text is
 * returned only from a stream that reached its final event.
 */
export async function complete(
  chain: ModelSpec[],
  request: CompletionRequest,
  options: CompleteOptions = {},
): Promise<CompletionResult> {
  const started = performance.now();
  if (chain.length === 0) throw new EmptyModelChainError(request.phase);
  const env = options.env ?? process.env;
  const attempts: FailedAttempt[] = [];
  const keys: string[] = [];
  let attempt = 0;

  for (const [index, spec] of chain.entries()) {
    let connection: Connection;
    try {
      connection = connectionFor(spec, env, request.phase);
    } catch (error) {
      // The assigned model must be usable as configured; a fallback that is not is skipped.
      if (index === 0) throw error;
      attempts.push({ alias: spec.alias, error: unusable(error) });
      continue;
    }
    if (connection.apiKey) keys.push(connection.apiKey);

    for (let tries = 1; tries <= STREAM_ATTEMPTS; tries++) {
      attempt += 1;
      const answer = await tryStream(spec, connection, request, attempt, started);
      if ('text' in answer) {
        const usage = answer.outcome.usage ?? {
          inputTokens: estimateTokens(`${request.system}\n${request.user}`, spec).tokens,
          outputTokens: estimateTokens(answer.text, spec).tokens,
          estimated: true,
        };
        return {
          text: answer.text,
          usage,
          alias: spec.alias,
          provider: spec.provider,
          modelRequested: spec.model,
          modelReported: answer.outcome.modelReported ?? spec.model,
          requestId: answer.outcome.requestId,
          durationMs: Math.round(performance.now() - started),
          costUsd: estimateCost(spec, usage.inputTokens, usage.outputTokens),
          stopReason: answer.outcome.stopReason!,
          fallbackUsed: index === 0 ? null : spec.alias,
          attempts,
        };
      }
      const { failure } = answer;
      const error = scrub(
        failure.reason +
          (failure.kind === 'exhausted' ? ` (after the SDK's ${SDK_MAX_RETRIES} retries)` : ''),
        keys,
      );
      attempts.push({ alias: spec.alias, error });
      if (failure.kind === 'refused') {
        throw new ProviderError(request.phase, attempts, chain, {
          spec,
          status: failure.status,
          keyEnv: connection.keyEnv,
        });
      }
      if (failure.kind === 'exhausted') break;
    }
  }
  throw new ProviderError(request.phase, attempts, chain, null);
}

/**
 * Loads the SDKs of the models in `chain` now, not on their first call: a caller that starts them
 * while it waits on something else (a git process) takes their loading out of the run's time. A
 * failed load is left for the call itself to report.
 */
export async function loadSdks(chain: readonly ModelSpec[]): Promise<void> {
  const drivers = new Set(chain.map((spec) => DRIVERS[spec.provider]));
  await Promise.all([...drivers].map((driver) => driver.load().catch(() => undefined)));
}

type TryAnswer = { text: string; outcome: StreamOutcome } | { failure: Failure };

/** One whole try at one model, watched for silence; a stream that did not finish is a failure. */
async function tryStream(
  spec: ModelSpec,
  connection: Connection,
  request: CompletionRequest,
  attempt: number,
  started: number,
): Promise<TryAnswer> {
  if (request.signal?.aborted) throw new CompletionAbortedError(request.phase);
  const driver = DRIVERS[spec.provider];
  // The SDKs take whole milliseconds only.
  const timeoutMs = Math.max(1, Math.round(request.timeoutMs ?? DEFAULT_TIMEOUT_MS));
  request.onAttempt?.({ alias: spec.alias, attempt, timeoutMs });
  const parts: string[] = [];
  let outputTokens = 0;
  let opened = false;
  let callbackError: unknown;
  // Before the stream opens only the caller or a watch on the opening can end the try; after,
  // each SDK's stream aborts itself, which spares making a signal for the SDK to listen to.
  const watchdog = silenceWatch(Boolean(request.signal || driver.openDeadlineMs));
  const cancel = () => watchdog.end();
  request.signal?.addEventListener('abort', cancel, { once: true });
  if (driver.openDeadlineMs) watchdog.watch(driver.openDeadlineMs(timeoutMs, SDK_MAX_RETRIES));

  try {
    const streaming = driver.stream({
      spec,
      connection,
      request,
      signal: watchdog.signal,
      timeoutMs,
      sdkRetries: SDK_MAX_RETRIES,
      alive(abort) {
        if (opened) return watchdog.refresh();
        opened = true;
        watchdog.opened(abort);
        watchdog.watch(timeoutMs);
      },
      onText(text) {
        parts.push(text);
        if (!request.onDelta) return;
        outputTokens += estimateTokens(text, spec).tokens;
        try {
          request.onDelta(text, { outputTokens, elapsedMs: performance.now() - started, attempt });
        } catch (error) {
          callbackError = error;
          watchdog.end();
        }
      },
    });
    // An SDK may sleep between its retries deaf to the signal (@google/genai's always, OpenAI's
    // when the caller aborts): the try must then end at once, whatever the SDK does after.
    const outcome = watchdog.ended ? await abandoned(streaming, watchdog.ended) : await streaming;
    if (callbackError) throw callbackError;
    if (request.signal?.aborted) throw new CompletionAbortedError(request.phase);
    if (watchdog.silent) return { failure: silence(timeoutMs, opened) };
    if (!outcome.stopReason) return { failure: unfinished };
    return { text: parts.join(''), outcome };
  } catch (error) {
    if (callbackError) throw callbackError;
    if (request.signal?.aborted) throw new CompletionAbortedError(request.phase);
    if (watchdog.silent) return { failure: silence(timeoutMs, opened) };
    return { failure: classify(error, opened, driver.retriesConnections, connection.baseUrl) };
  } finally {
    watchdog.stop();
    request.signal?.removeEventListener('abort', cancel);
  }
}

/**
 * Ends a try when the provider stays silent for the time last given to `watch`, or on `end()`:
 * aborts the opened stream, and the request through `signal` when the try may end before the
 * stream opens (then `ended` rejects too, for racing an SDK deaf to its signal).
 */
function silenceWatch(endsBeforeOpening: boolean) {
  const controller = endsBeforeOpening ? new AbortController() : undefined;
  let abortStream: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;
  let reject: (reason: unknown) => void = () => {};
  const ended = controller && new Promise<never>((_, fail) => (reject = fail));
  ended?.catch(() => {});
  const watchdog = {
    signal: controller?.signal,
    ended,
    silent: false,
    opened(abort: (() => void) | undefined) {
      abortStream = abort;
    },
    end() {
      controller?.abort();
      abortStream?.();
      reject(controller?.signal.reason);
    },
    watch(ms: number) {
      clearTimeout(timer);
      timer = setTimeout(() => {
        watchdog.silent = true;
        watchdog.end();
      }, ms);
    },
    refresh: () => void timer?.refresh(),
    stop: () => clearTimeout(timer),
  };
  return watchdog;
}

const unfinished: Failure = {
  kind: 'broken',
  status: null,
  reason: 'the stream ended before its final event',
};

/** The stream's outcome, unless the try ends first: the stream's later failure is then ignored. */
function abandoned<T>(streaming: Promise<T>, ended: Promise<never>): Promise<T> {
  streaming.catch(() => {});
  return Promise.race([streaming, ended]);
}

const silence = (timeoutMs: number, opened: boolean): Failure => ({
  kind: 'broken',
  status: null,
  reason: opened
    ? `the stream went silent for ${seconds(timeoutMs)}, the time limit between two events`
    : `no answer within ${seconds(timeoutMs)}, the time limit a try`,
});

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(3))} s`;

function unusable(error: unknown): string {
  if (error instanceof MissingApiKeyError)
    return `not tried: ${error.envVars.join(' or ')} is not set`;
  if (error instanceof MissingBaseUrlError) return 'not tried: it has no baseUrl';
  throw error;
}
