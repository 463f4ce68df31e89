import { clientFor, importOnFirstCall } from './clients';
import type { ProviderDriver } from './stream';
import { stainlessRequestOptions } from './stream';
import type { StopReason } from './types';

const STOP_REASONS: Record<string, StopReason> = {
  end_turn: 'end',
  stop_sequence: 'end',
  max_tokens: 'max-tokens',
  model_context_window_exceeded: 'max-tokens',
  refusal: 'refusal',
};

// Its CommonJS build: through `import()` its ES modules take a third longer to load.
const sdk = importOnFirstCall(
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a deferred, synchronous load
  async () => require('@anthropic-ai/sdk') as typeof import('@anthropic-ai/sdk'),
);

/** Anthropic Messages, streamed. */
export const anthropicDriver: ProviderDriver = {
  load: sdk,
  retriesConnections: true,

  async stream(call) {
    const { spec, connection, request, alive, onText } = call;
    const { default: AnthropicClient } = await sdk();
    const client = clientFor(
      'anthropic',
      connection,
      () =>
        new AnthropicClient({
          baseURL: connection.baseUrl,
          apiKey: connection.apiKey,
          // Otherwise the SDK reads ANTHROPIC_AUTH_TOKEN from process.env behind the caller's env.
          authToken: null,
          logLevel: 'off',
        }),
    );
    const { data: stream, request_id } = await client.messages
      .create(
        {
          model: spec.model,
          max_tokens: request.maxOutputTokens,
          ...(request.system ? { system: request.system } : {}),
          messages: [{ role: 'user', content: request.user }],
          stream: true,
        },
        stainlessRequestOptions(call),
      )
      .withResponse();
    alive(() => stream.controller.abort());

    let modelReported: string | null = null;
    let stopReason: StopReason | null = null;
    let inputTokens = 0;
    let outputTokens = 0;
    let finished = false;
    for await (const event of stream) {
      alive();
      switch (event.type) {
        case 'message_start': {
          const { usage } = event.message;
          modelReported = event.message.model;
          inputTokens =
            usage.input_tokens +
            (usage.cache_creation_input_tokens ?? 0) +
            (usage.cache_read_input_tokens ?? 0);
          outputTokens = usage.output_tokens;
          break;
        }
        case 'content_block_delta':
          if (event.delta.type === 'text_delta') onText(event.delta.text);
          break;
        case 'message_delta':
          outputTokens = event.usage.output_tokens;
          if (event.delta.stop_reason)
            stopReason = STOP_REASONS[event.delta.stop_reason] ?? 'other';
          break;
        case 'message_stop':
          finished = true;
          break;
      }
    }
    return {
      usage: { inputTokens, outputTokens },
      modelReported,
      requestId: request_id ?? null,
      stopReason: finished ? stopReason : null,
    };
  },
};
