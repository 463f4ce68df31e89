export type ProviderName = 'openai' | 'anthropic' | 'google' | 'openai-compatible';

/** A model entry of the collaboration map, with its alias. */
export interface ModelSpec {
  alias: string;
  provider: ProviderName;
  model: string;
  /** Overrides the provider's base URL (required for openai-compatible servers). */
  baseUrl?: string;
  /** The environment variable holding the key of an openai-compatible server, if it needs one. */
  apiKeyEnv?: string;
  /** USD per million tokens; overrides the price list. */
  pricing?: { inputPerMillion: number; outputPerMillion: number };
  /** Tokens the model holds, input and output together; overrides the price list's. */
  contextWindow?: number;
}

export interface CompletionRequest {
  /** Sent as the `x-baton-phase` header, and named in errors. */
  phase: string;
  system: string;
  user: string;
  maxOutputTokens: number;
  /** How long the provider may stay silent (before answering, or between two stream events). */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Each whole try as it starts: which model is asked, and how long it may stay silent. */
  onAttempt?: (attempt: { alias: string; attempt: number; timeoutMs: number }) => void;
  /**
   * Each piece of text as it streams in. When a stream breaks and is retried whole (or a fallback
   * model takes over), `attempt` goes up and the text of earlier attempts is void.
   */
  onDelta?: (
    text: string,
    soFar: { outputTokens: number; elapsedMs: number; attempt: number },
  ) => void;
}

/**
 * Why the model stopped: `end` (it finished), `max-tokens` (it hit maxOutputTokens: the text is
 * what it wrote so far), `refusal` (a safety filter stopped it) or `other`.
 */
export type StopReason = 'end' | 'max-tokens' | 'refusal' | 'other';

export interface CompletionResult {
  text: string;
  /** As the API reported them; `estimated` when an OpenAI-compatible server reported none. */
  usage: { inputTokens: number; outputTokens: number; estimated?: boolean };
  /** The alias of the model that answered. */
  alias: string;
  provider: ProviderName;
  modelRequested: string;
  /** The model the API says answered (e.g. a dated snapshot). */
  modelReported: string;
  requestId: string | null;
  /** The whole call, retries and fallbacks included. */
  durationMs: number;
  costUsd: number | null;
  stopReason: StopReason;
  /** The alias of the fallback model that answered, or null when the assigned model did. */
  fallbackUsed: string | null;
  /** Every try that failed before this answer: a broken stream retried whole, a model given up on. */
  attempts: Array<{ alias: string; error: string }>;
}
