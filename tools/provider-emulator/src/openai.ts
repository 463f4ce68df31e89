import { cutJson, refusalAnswer, textOf, type Protocol, type Refusal, type Turn } from './protocol';

const sse = (data: unknown) => `data: ${JSON.stringify(data)}\n\n`;

const ERRORS: Record<
  Refusal,
  { status: number; type: string; code: string | null; message: string }
> = {
  'rate-limit': {
    status: 429,
    type: 'requests',
    code: 'rate_limit_exceeded',
    message: 'Rate limit reached for requests. Please try again later.',
  },
  'server-error': {
    status: 500,
    type: 'server_error',
    code: null,
    message: 'The server had an error while processing your request. Sorry about that!',
  },
  unavailable: {
    status: 503,
    type: 'server_error',
    code: null,
    message: 'Service unavailable.',
  },
  overloaded: {
    status: 503,
    type: 'server_error',
    code: null,
    message: 'The engine is currently overloaded, please try again later.',
  },
  // The real API echoes a masked key; this one echoes it whole, to prove that clients scrub it.
  unauthorized: {
    status: 401,
    type: 'invalid_request_error',
    code: 'invalid_api_key',
    message: 'Incorrect API key provided: {key}.',
  },
  'missing-key': {
    status: 401,
    type: 'invalid_request_error',
    code: null,
    message: "You didn't provide an API key.",
  },
  'bad-request': { status: 400, type: 'invalid_request_error', code: null, message: '{message}' },
};

/** OpenAI Chat Completions, which OpenAI-compatible servers (Ollama, vLLM, LM Studio) speak too. */
export const openai: Protocol = {
  provider: 'openai',

  route(method, url, body) {
    if (method !== 'POST' || !url.pathname.endsWith('/chat/completions')) return null;
    return { model: String(body.model ?? ''), action: 'generate', stream: body.stream === true };
  },

  apiKey(headers) {
    const match = /^Bearer (.+)$/.exec(headers.authorization ?? '');
    return match ? match[1] : null;
  },

  prompt: (body) =>
    (Array.isArray(body.messages) ? body.messages : [])
      .map((message: { content?: unknown }) => textOf(message.content))
      .join('\n'),

  maxOutputTokens: (body) => body.max_completion_tokens ?? body.max_tokens ?? undefined,

  invalid(body) {
    if (!body.model) return 'you must provide a model parameter';
    if (!Array.isArray(body.messages) || body.messages.length === 0)
      return "'messages' must contain at least one message";
    return null;
  },

  requestIdHeaders: (requestId) => ({ 'x-request-id': requestId }),

  refuse: (refusal, detail) =>
    refusalAnswer(ERRORS, refusal, detail, (error, message) => ({
      error: { message, type: error.type, param: null, code: error.code },
    })),

  answer: (turn) => ({
    id: turn.id,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: turn.model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: turn.text, refusal: null, annotations: [] },
        logprobs: null,
        finish_reason: turn.stoppedAtLimit ? 'length' : 'stop',
      },
    ],
    usage: usage(turn),
    service_tier: 'default',
    system_fingerprint: 'fp_emulator',
  }),

  events(turn) {
    const chunk = (choices: unknown[], extra: object = {}) =>
      sse({
        id: turn.id,
        object: 'chat.completion.chunk',
        created: Math.floor(Date.now() / 1000),
        model: turn.model,
        service_tier: 'default',
        system_fingerprint: 'fp_emulator',
        choices,
        ...(turn.includeUsage ? { usage: null } : {}),
        ...extra,
      });
    const delta = (content: object, finish: string | null = null) => ({
      index: 0,
      delta: content,
      logprobs: null,
      finish_reason: finish,
    });
    return [
      chunk([delta({ role: 'assistant', content: '', refusal: null })]),
      ...turn.chunks.map((text) => chunk([delta({ content: text })])),
      chunk([delta({}, turn.stoppedAtLimit ? 'length' : 'stop')]),
      ...(turn.includeUsage ? [chunk([], { usage: usage(turn) })] : []),
      'data: [DONE]\n\n',
    ];
  },

  corrupt: (event) => cutJson(event, '\n\n'),

  tokenCount: (tokens) => ({ object: 'response.input_tokens', input_tokens: tokens }),
};

function usage(turn: Turn) {
  return {
    prompt_tokens: turn.inputTokens,
    completion_tokens: turn.outputTokens,
    total_tokens: turn.inputTokens + turn.outputTokens,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0 },
  };
}
