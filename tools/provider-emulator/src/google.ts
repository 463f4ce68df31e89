import { cutJson, refusalAnswer, textOf, type Protocol, type Refusal, type Turn } from './protocol';

const DELIMITER = '\r\n\r\n';

const ERRORS: Record<Refusal, { status: number; code: string; message: string }> = {
  'rate-limit': {
    status: 429,
    code: 'RESOURCE_EXHAUSTED',
    message: 'Resource has been exhausted (e.g. check quota).',
  },
  'server-error': {
    status: 500,
    code: 'INTERNAL',
    message:
      'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting',
  },
  unavailable: {
    status: 503,
    code: 'UNAVAILABLE',
    message: 'The service is currently unavailable.',
  },
  overloaded: {
    status: 503,
    code: 'UNAVAILABLE',
    message: 'The model is overloaded. Please try again later.',
  },
  // Harsher than the real API, which does not echo the key: proves that clients scrub it.
  unauthorized: {
    status: 400,
    code: 'INVALID_ARGUMENT',
    message: 'API key not valid. Please pass a valid API key. ({key})',
  },
  'missing-key': {
    status: 403,
    code: 'PERMISSION_DENIED',
    message:
      "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
  },
  'bad-request': { status: 400, code: 'INVALID_ARGUMENT', message: '{message}' },
};

const PATH =
  /^\/(v1beta|v1|v1alpha)\/models\/([^/:]+):(generateContent|streamGenerateContent|countTokens)$/;

/** The Gemini API (generateContent, streamGenerateContent with ?alt=sse, countTokens) as @google/genai calls it. */
export const google: Protocol = {
  provider: 'google',

  route(method, url) {
    const match = method === 'POST' ? PATH.exec(url.pathname) : null;
    if (!match) return null;
    const [, , model, method_] = match;
    if (method_ === 'countTokens') return { model, action: 'count', stream: false };
    return { model, action: 'generate', stream: method_ === 'streamGenerateContent' };
  },

  apiKey(headers, url) {
    const key = headers['x-goog-api-key'];
    if (typeof key === 'string' && key) return key;
    return url.searchParams.get('key');
  },

  prompt: (body) =>
    [
      textOf(body.systemInstruction?.parts ?? body.systemInstruction),
      ...contentsOf(body).map((content: { parts?: unknown }) => textOf(content.parts)),
    ]
      .filter(Boolean)
      .join('\n'),

  maxOutputTokens: (body) => body.generationConfig?.maxOutputTokens,

  invalid(body) {
    if (contentsOf(body).length === 0)
      return '* GenerateContentRequest.contents: contents is not specified';
    return null;
  },

  requestIdHeaders: (requestId) => ({ 'x-request-id': requestId }),

  refuse: (refusal, detail) =>
    refusalAnswer(ERRORS, refusal, detail, (error, message) => ({
      error: { code: error.status, message, status: error.code },
    })),

  answer: (turn) => chunk(turn, turn.text, true),

  events(turn) {
    const pieces = turn.chunks.length > 0 ? turn.chunks : [''];
    return pieces.map(
      (text, index) =>
        `data: ${JSON.stringify(chunk(turn, text, index === pieces.length - 1))}${DELIMITER}`,
    );
  },

  corrupt: (event) => cutJson(event, DELIMITER),

  tokenCount: (tokens) => ({ totalTokens: tokens }),
};

const contentsOf = (body: Record<string, unknown>): { parts?: unknown }[] =>
  Array.isArray(body.contents) ? body.contents : [];

function chunk(turn: Turn, text: string, last: boolean) {
  return {
    candidates: [
      {
        content: { parts: [{ text }], role: 'model' },
        ...(last ? { finishReason: turn.stoppedAtLimit ? 'MAX_TOKENS' : 'STOP' } : {}),
        index: 0,
      },
    ],
    usageMetadata: last
      ? {
          promptTokenCount: turn.inputTokens,
          candidatesTokenCount: turn.outputTokens,
          totalTokenCount: turn.inputTokens + turn.outputTokens,
          promptTokensDetails: [{ modality: 'TEXT', tokenCount: turn.inputTokens }],
        }
      : { promptTokenCount: turn.inputTokens, totalTokenCount: turn.inputTokens },
    modelVersion: turn.model,
    responseId: turn.id,
  };
}
