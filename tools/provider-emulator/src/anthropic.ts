import { cutJson, refusalAnswer, textOf, type Protocol, type Refusal, type Turn } from './protocol';

const event = (type: string, data: object) =>
  `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;

const ERRORS: Record<Refusal, { status: number; type: string; message: string }> = {
  'rate-limit': {
    status: 429,
    type: 'rate_limit_error',
    message: 'Number of request tokens has exceeded your per-minute rate limit.',
  },
  'server-error': { status: 500, type: 'api_error', message: 'Internal server error' },
  unavailable: { status: 503, type: 'api_error', message: 'Service unavailable' },
  overloaded: { status: 529, type: 'overloaded_error', message: 'Overloaded' },
  // Harsher than the real API, which does not echo the key: proves that clients scrub it.
  unauthorized: { status: 401, type: 'authentication_error', message: 'invalid x-api-key: {key}' },
  'missing-key': {
    status: 401,
    type: 'authentication_error',
    message: 'x-api-key header is required',
  },
  'bad-request': { status: 400, type: 'invalid_request_error', message: '{message}' },
};

/** Anthropic Messages, streamed as message_start / content_block_delta / message_delta / message_stop. */
export const anthropic: Protocol = {
  provider: 'anthropic',

  route(method, url, body) {
    if (method !== 'POST') return null;
    const model = String(body.model ?? '');
    if (url.pathname === '/v1/messages') {
      return { model, action: 'generate', stream: body.stream === true };
    }
    if (url.pathname === '/v1/messages/count_tokens')
      return { model, action: 'count', stream: false };
    return null;
  },

  apiKey(headers) {
    const key = headers['x-api-key'];
    if (typeof key === 'string' && key) return key;
    const bearer = /^Bearer (.+)$/.exec(headers.authorization ?? '');
    return bearer ? bearer[1] : null;
  },

  prompt: (body) =>
    [
      textOf(body.system),
      ...(Array.isArray(body.messages) ? body.messages : []).map((message: { content?: unknown }) =>
        textOf(message.content),
      ),
    ]
      .filter(Boolean)
      .join('\n'),

  maxOutputTokens: (body) => body.max_tokens,

  invalid(body, route) {
    if (!body.model) return 'model: Field required';
    if (route.action === 'generate' && typeof body.max_tokens !== 'number')
      return 'max_tokens: Field required';
    if (!Array.isArray(body.messages) || body.messages.length === 0)
      return 'messages: at least one message is required';
    return null;
  },

  requestIdHeaders: (requestId) => ({ 'request-id': requestId, 'x-request-id': requestId }),

  refuse: (refusal, detail) =>
    refusalAnswer(ERRORS, refusal, detail, (error, message) => ({
      type: 'error',
      error: { type: error.type, message },
    })),

  answer: (turn) => ({
    ...message(turn),
    content: [{ type: 'text', text: turn.text }],
    stop_reason: stopReason(turn),
    usage: usage(turn, turn.outputTokens),
  }),

  events: (turn) => [
    event('message_start', {
      message: { ...message(turn), content: [], stop_reason: null, usage: usage(turn, 1) },
    }),
    event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
    event('ping', {}),
    ...turn.chunks.map((text) =>
      event('content_block_delta', { index: 0, delta: { type: 'text_delta', text } }),
    ),
    event('content_block_stop', { index: 0 }),
    event('message_delta', {
      delta: { stop_reason: stopReason(turn), stop_sequence: null },
      usage: { output_tokens: turn.outputTokens },
    }),
    event('message_stop', {}),
  ],

  corrupt: (framed) => cutJson(framed, '\n\n'),

  tokenCount: (tokens) => ({ input_tokens: tokens }),
};

const message = (turn: Turn) => ({
  id: turn.id,
  type: 'message',
  role: 'assistant',
  model: turn.model,
  stop_sequence: null,
});

const stopReason = (turn: Turn) => (turn.stoppedAtLimit ? 'max_tokens' : 'end_turn');

const usage = (turn: Turn, outputTokens: number) => ({
  input_tokens: turn.inputTokens,
  cache_creation_input_tokens: 0,
  cache_read_input_tokens: 0,
  output_tokens: outputTokens,
  service_tier: 'standard',
});
