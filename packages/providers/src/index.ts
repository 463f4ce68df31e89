export {
  complete,
  DEFAULT_TIMEOUT_MS,
  loadSdks,
  SDK_MAX_RETRIES,
  STREAM_ATTEMPTS,
  type CompleteOptions,
} from './complete';
export { connectionFor, keyEnvsOf, type Connection } from './connection';
export { contextWindowOf, DEFAULT_CONTEXT_WINDOW, type ContextWindow } from './context-window';
export { estimateCost, pricingOf, type Pricing } from './cost';
export {
  CompletionAbortedError,
  EmptyModelChainError,
  MissingApiKeyError,
  MissingBaseUrlError,
  ProviderError,
  ProvidersError,
  type FailedAttempt,
} from './errors';
export { PHASE_HEADER } from './stream';
export { estimateTokens, tokenCeiling, type TokenEstimate } from './tokens';
export type {
  CompletionRequest,
  CompletionResult,
  ModelSpec,
  ProviderName,
  StopReason,
} from './types';
