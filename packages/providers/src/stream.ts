import type { Connection } from './connection';
import type { CompletionRequest, ModelSpec, StopReason } from './types';

/** One whole try at streaming a completion from one model. */
export interface StreamCall {
  spec: ModelSpec;
  connection: Connection;
  request: CompletionRequest;
  /** Aborts the try before its stream opens; absent when nothing may (no caller's signal, no watch on the opening). */
  signal: AbortSignal | undefined;
  timeoutMs: number;
  /** Retries the SDK makes itself before giving up on a request. */
  sdkRetries: number;
  /**
   * To call once the stream has opened, with what aborts the stream when the SDK has a way, and
   * on every event after: feeds the silence watchdog.
   */
  alive(abort?: () => void): void;
  onText(text: string): void;
}

export interface StreamOutcome {
  usage: { inputTokens: number; outputTokens: number } | null;
  modelReported: string | null;
  requestId: string | null;
  /** Null when the stream ended without its final event: the text is partial. */
  stopReason: StopReason | null;
}

/** How Baton drives one provider's SDK. */
export interface ProviderDriver {
  stream(call: StreamCall): Promise<StreamOutcome>;
  /** Loads the SDK, once: `stream` loads it itself when nothing did before. */
  load(): Promise<unknown>;
  /** Whether the SDK itself retries connection failures that strike before the stream opens. */
  retriesConnections: boolean;
  /** How long to wait for the stream to open, when the SDK has no per-try timeout of its own. */
  openDeadlineMs?(timeoutMs: number, sdkRetries: number): number;
}

/** The header that tells the emulator and proxies which phase a request belongs to. */
export const PHASE_HEADER = 'x-baton-phase';

/** A try's request options in the form both Stainless-generated SDKs (openai, @anthropic-ai/sdk) take. */
export function stainlessRequestOptions({ signal, timeoutMs, sdkRetries, request }: StreamCall) {
  return {
    signal,
    timeout: timeoutMs,
    maxRetries: sdkRetries,
    headers: { [PHASE_HEADER]: request.phase },
  };
}
