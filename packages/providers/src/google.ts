import { clientFor, importOnFirstCall } from './clients';
import type { ProviderDriver } from './stream';
import { PHASE_HEADER } from './stream';
import type { StopReason } from './types';

const STOP_REASONS: Record<string, StopReason> = {
  STOP: 'end',
  MAX_TOKENS: 'max-tokens',
  SAFETY: 'refusal',
  RECITATION: 'refusal',
  BLOCKLIST: 'refusal',
  PROHIBITED_CONTENT: 'refusal',
  SPII: 'refusal',
  IMAGE_SAFETY: 'refusal',
};

/** The first wait of @google/genai's retries (p-retry's default), doubled after each try. */
const SDK_FIRST_BACKOFF_MS = 1000;

// Its CommonJS build: through `import()` its ES modules take a third longer to load.
const sdk = importOnFirstCall(
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a deferred, synchronous load
  async () => require('@google/genai') as typeof import('@google/genai'),
);

/** The Gemini API through @google/genai, streamed over SSE. */
export const googleDriver: ProviderDriver = {
  load: sdk,
  // Its retries cover HTTP statuses only: a refused or dropped connection fails at once.
  retriesConnections: false,

  // Its timeout spans the whole call, stream included, so Baton watches the opening itself: the
  // timeout, plus the waits between the SDK's tries (a try that fails fast takes next to nothing).
  openDeadlineMs: (timeoutMs, sdkRetries) =>
    timeoutMs + SDK_FIRST_BACKOFF_MS * (2 ** sdkRetries - 1),

  async stream({ spec, connection, request, signal, sdkRetries, alive, onText }) {
    const { GoogleGenAI } = await sdk();
    const client = clientFor(
      `google ${sdkRetries}`,
      connection,
      () =>
        new GoogleGenAI({
          apiKey: connection.apiKey ?? undefined,
          vertexai: false,
          httpOptions: { baseUrl: connection.baseUrl, retryOptions: { attempts: sdkRetries + 1 } },
        }),
    );
    const stream = await client.models.generateContentStream({
      model: spec.model,
      contents: request.user,
      config: {
        ...(request.system ? { systemInstruction: request.system } : {}),
        maxOutputTokens: request.maxOutputTokens,
        abortSignal: signal,
        httpOptions: { headers: { [PHASE_HEADER]: request.phase } },
      },
    });
    alive();

    let modelReported: string | null = null;
    let requestId: string | null = null;
    let stopReason: StopReason | null = null;
    let usage: { inputTokens: number; outputTokens: number } | null = null;
    for await (const chunk of stream) {
      alive();
      modelReported = chunk.modelVersion ?? modelReported;
      requestId = chunk.responseId ?? requestId;
      const candidate = chunk.candidates?.[0];
      for (const part of candidate?.content?.parts ?? []) {
        if (part.text && !part.thought) onText(part.text);
      }
      if (candidate?.finishReason) stopReason = STOP_REASONS[candidate.finishReason] ?? 'other';
      if (chunk.promptFeedback?.blockReason) stopReason = 'refusal';
      const metadata = chunk.usageMetadata;
      // Each chunk carries the counts so far; the last one's are the totals.
      if (metadata) {
        usage = {
          inputTokens: metadata.promptTokenCount ?? 0,
          outputTokens: (metadata.candidatesTokenCount ?? 0) + (metadata.thoughtsTokenCount ?? 0),
        };
      }
    }
    return { usage, modelReported, requestId, stopReason };
  },
};
