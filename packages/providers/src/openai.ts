import { clientFor, importOnFirstCall } from './clients';
import type { ProviderDriver } from './stream';
import { stainlessRequestOptions } from './stream';
import type { StopReason } from './types';

const STOP_REASONS: Record<string, StopReason> = {
  stop: 'end',
  length: 'max-tokens',
  content_filter: 'refusal',
};

// Its CommonJS build: through `import()` its ES modules take a third longer to load.
const sdk = importOnFirstCall(
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a deferred, synchronous load
  async () => require('openai') as typeof import('openai'),
);

/** OpenAI Chat Completions, for OpenAI and for OpenAI-compatible servers (Ollama, vLLM, LM Studio, OpenRouter). */
export const openaiDriver: ProviderDriver = {
  load: sdk,
  retriesConnections: true,

  async stream(call) {
    const { spec, connection, request, alive, onText } = call;
    const { default: OpenAIClient } = await sdk();
    const compatible = spec.provider === 'openai-compatible';
    const client = clientFor('openai', connection, () => {
      return new OpenAIClient({
        baseURL: connection.baseUrl,
        // The SDK insists on a key; a server that needs none gets no Authorization header at all.
        apiKey: connection.apiKey ?? 'none',
        organization: null,
        project: null,
        logLevel: 'off',
        defaultHeaders: connection.apiKey ? {} : { Authorization: null },
      });
    });
    const messages = [
      ...(request.system ? [{ role: 'system' as const, content: request.system }] : []),
      { role: 'user' as const, content: request.user },
    ];
    const { data: stream, request_id } = await client.chat.completions
      .create(
        {
          model: spec.model,
          messages,
          stream: true,
          stream_options: { include_usage: true },
          // Servers that copy the API often know only the older name of the limit.
          ...(compatible
            ? { max_tokens: request.maxOutputTokens }
            : { max_completion_tokens: request.maxOutputTokens }),
        },
        stainlessRequestOptions(call),
      )
      .withResponse();
    alive(() => stream.controller.abort());

    let modelReported: string | null = null;
    let stopReason: StopReason | null = null;
    let usage: { inputTokens: number; outputTokens: number } | null = null;
    for await (const chunk of stream) {
      alive();
      modelReported ??= chunk.model || null;
      const choice = chunk.choices[0];
      if (choice?.delta?.content) onText(choice.delta.content);
      if (choice?.finish_reason) stopReason = STOP_REASONS[choice.finish_reason] ?? 'other';
      if (chunk.usage) {
        usage = {
          inputTokens: chunk.usage.prompt_tokens,
          outputTokens: chunk.usage.completion_tokens,
        };
      }
    }
    return { usage, modelReported, requestId: request_id, stopReason };
  },
};
