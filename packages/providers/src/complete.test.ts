import {
  countTokens,
  FAULT_KINDS,
  startEmulator,
  type Emulator,
  type FaultKind,
} from '@baton/provider-emulator';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { tempFolder } from '@baton/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  complete,
  CompletionAbortedError,
  MissingApiKeyError,
  MissingBaseUrlError,
  ProviderError,
  type CompletionRequest,
  type ModelSpec,
} from './index';

const REPLY =
  'The API has three routes.\nGET /events lists events, POST /events records one,\nand GET /stats aggregates them in under two seconds.';
const SYSTEM = 'You plan software.';
const USER = 'Plan the analytics API.';

const SPECS = {
  openai: { alias: 'gpt', provider: 'openai', model: 'gpt-4.1' },
  anthropic: { alias: 'claude', provider: 'anthropic', model: 'claude-opus-4-1' },
  google: { alias: 'gemini', provider: 'google', model: 'gemini-2.5-pro' },
} as const satisfies Record<string, ModelSpec>;
const PRICES = { openai: [2, 8], anthropic: [15, 75], google: [1.25, 10] } as const;
const SNAPSHOTS = {
  openai: 'gpt-4.1-2025-04-14',
  anthropic: 'claude-opus-4-1-20250805',
  google: 'gemini-2.5-pro',
};
const PROVIDERS = Object.keys(SPECS) as Array<keyof typeof SPECS>;

let emulator: Emulator;
const logFolder = tempFolder('baton-providers-');
let logFile: string;
beforeAll(async () => {
  logFile = join(logFolder.root, 'requests.jsonl');
  emulator = await startEmulator({ logFile, script: { defaultReply: REPLY } });
});
afterAll(async () => {
  await emulator.close();
  logFolder.dispose();
});

/** Each test names its own phase, and the script matches faults by phase: tests run side by side. */
const ask = (phase: string, extra: Partial<CompletionRequest> = {}): CompletionRequest => ({
  phase,
  system: SYSTEM,
  user: USER,
  maxOutputTokens: 1000,
  timeoutMs: 400,
  ...extra,
});
const requestsOf = (phase: string) =>
  emulator.requests.filter((request) => request.phase === phase);
const addFaults: Emulator['addFaults'] = (...faults) => emulator.addFaults(...faults);

describe.concurrent.each(PROVIDERS)('%s', (provider) => {
  const spec = SPECS[provider];

  it('streams a completion with usage, reported model, request id and cost', async () => {
    const phase = `answer-${provider}`;
    const deltas: string[] = [];
    const result = await complete(
      [spec],
      ask(phase, { onDelta: (text, soFar) => deltas.push(`${soFar.attempt}:${text}`) }),
      { env: emulator.env },
    );
    const inputTokens = countTokens(`${SYSTEM}\n${USER}`);
    const outputTokens = countTokens(REPLY);
    const [inputPrice, outputPrice] = PRICES[provider];
    expect(result).toMatchObject({
      text: REPLY,
      usage: { inputTokens, outputTokens },
      alias: spec.alias,
      provider,
      modelRequested: spec.model,
      modelReported: SNAPSHOTS[provider],
      stopReason: 'end',
      fallbackUsed: null,
      attempts: [],
    });
    expect(result.costUsd).toBeCloseTo(
      (inputTokens * inputPrice + outputTokens * outputPrice) / 1e6,
      12,
    );
    expect(result.requestId).toMatch(/^(req_)?[0-9a-f]{24}$/);
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.map((delta) => delta.replace(/^1:/, '')).join('')).toBe(REPLY);

    const [sent] = requestsOf(phase);
    expect(sent).toMatchObject({ provider, model: spec.model, stream: true, status: 200 });
    expect(JSON.stringify(sent.body)).toContain(SYSTEM);
    expect(JSON.stringify(sent.body)).toContain(USER);
    expect(JSON.stringify(sent.body)).toContain('1000');
  });

  it('ends a stream that stalled once onDelta throws, and throws what it threw', async () => {
    const phase = `throws-${provider}`;
    addFaults({ phase, fault: 'stall', times: 'always' });
    const thrown = new Error('the terminal is gone');
    const error = await complete(
      [spec],
      ask(phase, {
        timeoutMs: 60_000,
        onDelta: () => {
          throw thrown;
        },
      }),
      { env: emulator.env },
    ).catch((caught: unknown) => caught);
    expect(error).toBe(thrown);
    expect(requestsOf(phase)).toHaveLength(1);
  });

  it('says so when the model stops at maxOutputTokens', async () => {
    const result = await complete([spec], ask(`limit-${provider}`, { maxOutputTokens: 5 }), {
      env: emulator.env,
    });
    expect(result.stopReason).toBe('max-tokens');
    expect(result.text).toBe(REPLY.slice(0, 20));
  });

  it('names the missing key, the alias and the phase', async () => {
    const env = { ...emulator.env, OPENAI_API_KEY: '', ANTHROPIC_API_KEY: '', GEMINI_API_KEY: '' };
    const error = await complete([spec], ask('architecture'), { env }).catch((caught) => caught);
    expect(error).toBeInstanceOf(MissingApiKeyError);
    const variable = {
      openai: 'OPENAI_API_KEY',
      anthropic: 'ANTHROPIC_API_KEY',
      google: 'GEMINI_API_KEY',
    }[provider];
    expect(error.message).toContain(`export ${variable}=`);
    expect(error.message).toContain(`"${spec.alias}"`);
    expect(error.message).toContain('Phase "architecture"');
    expect(requestsOf('architecture')).toHaveLength(0);
  });

  const recoverable = FAULT_KINDS.filter(
    (fault): fault is Exclude<FaultKind, 'unauthorized'> => fault !== 'unauthorized',
  );
  const midStream = ['reset', 'stall', 'malformed-json', 'truncated'] as const;

  it.each(recoverable)('recovers from one %s with the whole text', async (fault) => {
    const phase = `once-${fault}-${provider}`;
    addFaults({ phase, fault, retryAfterMs: 1 });
    const deltas: Array<{ text: string; attempt: number }> = [];
    const result = await complete(
      [spec],
      ask(phase, { onDelta: (text, { attempt }) => deltas.push({ text, attempt }) }),
      { env: emulator.env },
    );
    expect(result.text).toBe(REPLY);
    expect(result.stopReason).toBe('end');
    expect(requestsOf(phase).map((request) => request.fault)).toEqual([fault, null]);
    if ((midStream as readonly string[]).includes(fault)) {
      // Retried whole by Baton, and said so; the broken try's text is void.
      expect(result.attempts).toEqual([
        { alias: spec.alias, error: expect.stringContaining('stream') },
      ]);
      const last = Math.max(...deltas.map((delta) => delta.attempt));
      expect(last).toBe(2);
      expect(
        deltas
          .filter((delta) => delta.attempt === last)
          .map((delta) => delta.text)
          .join(''),
      ).toBe(REPLY);
    } else {
      // Retried by the SDK itself.
      expect(result.attempts).toEqual([]);
    }
  });

  it.each(midStream)('recovers from one %s before the first event', async (fault) => {
    const phase = `early-${fault}-${provider}`;
    addFaults({ phase, fault, at: 'start' });
    const result = await complete([spec], ask(phase), { env: emulator.env });
    expect(result.text).toBe(REPLY);
    expect(requestsOf(phase).map((request) => request.fault)).toEqual([fault, null]);
    // Before the response, OpenAI's and Anthropic's SDKs retry a dropped or silent connection
    // themselves; @google/genai does not, so Baton does; after it, Baton retries the stream whole.
    const sdkRetried = provider !== 'google' && (fault === 'reset' || fault === 'stall');
    expect(result.attempts).toHaveLength(sdkRetried ? 0 : 1);
  });

  it.each(recoverable)(
    'falls back when %s persists, and says which model answered',
    async (fault) => {
      const phase = `fallback-${fault}-${provider}`;
      const fallback = {
        alias: 'backup',
        provider: 'anthropic',
        model: 'claude-haiku-4-5',
      } as const;
      addFaults({ phase, model: spec.model, fault, times: 'always', retryAfterMs: 1 });
      const result = await complete([spec, fallback], ask(phase), { env: emulator.env });
      expect(result).toMatchObject({
        text: REPLY,
        alias: 'backup',
        fallbackUsed: 'backup',
        modelReported: 'claude-haiku-4-5-20251001',
      });
      expect(result.attempts.length).toBeGreaterThan(0);
      expect(result.attempts.every((attempt) => attempt.alias === spec.alias)).toBe(true);
    },
  );
});

describe.concurrent('when nothing answers', () => {
  it('gives a clear error naming every model tried, and never partial text', async () => {
    const phase = 'always-truncated';
    addFaults({ phase, fault: 'truncated', times: 'always' });
    const deltas: string[] = [];
    const error = await complete(
      [SPECS.openai, SPECS.anthropic],
      ask(phase, { onDelta: (text) => deltas.push(text) }),
      { env: emulator.env },
    ).catch((caught) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.code).toBe('PROVIDER_UNAVAILABLE');
    expect(error.message).toContain('Phase "always-truncated" got no answer');
    expect(error.message).toContain(
      '"gpt" (openai/gpt-4.1): the stream ended before its final event',
    );
    expect(error.message).toContain('"claude" (anthropic/claude-opus-4-1)');
    expect(error.attempts).toHaveLength(6);
    expect(deltas.length).toBeGreaterThan(0);
  });

  it('reports a rate limit that outlasts the SDK retries', async () => {
    const phase = 'always-rate-limited';
    addFaults({ phase, fault: 'rate-limit', times: 'always', retryAfterMs: 1 });
    const error = await complete([SPECS.anthropic], ask(phase), { env: emulator.env }).catch(
      (caught) => caught,
    );
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.message).toMatch(
      /"claude" \(anthropic\/claude-opus-4-1\): 429 .*rate limit.*\(after the SDK's 2 retries\)/,
    );
    // The SDK's own retries: one try and two more, honouring retry-after.
    expect(requestsOf(phase)).toHaveLength(3);
  });

  it('does not hide a refused request behind a fallback', async () => {
    const phase = 'refused';
    addFaults({ phase, model: SPECS.openai.model, fault: 'unauthorized', times: 'always' });
    const error = await complete([SPECS.openai, SPECS.anthropic], ask(phase), {
      env: emulator.env,
    }).catch((caught) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.code).toBe('PROVIDER_REFUSED');
    expect(error.message).toContain('Check that OPENAI_API_KEY holds a valid key');
    expect(requestsOf(phase).map((request) => request.provider)).toEqual(['openai']);
  });

  it('skips a fallback that has no key, and says so', async () => {
    const phase = 'fallback-without-key';
    addFaults({ phase, fault: 'overloaded', times: 'always', retryAfterMs: 1 });
    const env = { ...emulator.env, GEMINI_API_KEY: '' };
    const error = await complete([SPECS.anthropic, SPECS.google], ask(phase), { env }).catch(
      (caught) => caught,
    );
    expect(error.message).toContain(
      '"gemini" (google/gemini-2.5-pro): not tried: GEMINI_API_KEY or GOOGLE_API_KEY is not set',
    );
    expect(error.message).toMatch(/"claude" \(anthropic\/claude-opus-4-1\): 529 Overloaded/);
  });

  it('stops when the caller aborts', async () => {
    const phase = 'aborted';
    addFaults({ phase, fault: 'stall', times: 'always' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await complete(
      [SPECS.google],
      ask(phase, { timeoutMs: 60_000, signal: controller.signal }),
      { env: emulator.env },
    ).catch((caught) => caught);
    expect(error).toBeInstanceOf(CompletionAbortedError);
  });
});

describe.concurrent('keys and base URLs', () => {
  const CANARY = 'sk-baton-canary-7f3e9a1c-do-not-print';
  const canaryEnv = () => ({
    ...emulator.env,
    OPENAI_API_KEY: CANARY,
    ANTHROPIC_API_KEY: CANARY,
    GEMINI_API_KEY: CANARY,
    LOCAL_KEY: CANARY,
  });

  it.each([...PROVIDERS, 'openai-compatible' as const])(
    'never lets a %s key into an error, a result or the request log',
    async (provider) => {
      const phase = `canary-${provider}`;
      const spec: ModelSpec =
        provider === 'openai-compatible'
          ? {
              alias: 'local',
              provider,
              model: 'qwen2.5-coder',
              baseUrl: emulator.env.OPENAI_BASE_URL,
              apiKeyEnv: 'LOCAL_KEY',
            }
          : SPECS[provider];
      addFaults({ phase, fault: 'unauthorized' });
      // The emulator echoes the key in its 401 (harsher than the real APIs): Baton must scrub it.
      const error = await complete([spec], ask(phase), { env: canaryEnv() }).catch(
        (caught) => caught,
      );
      expect(error).toBeInstanceOf(ProviderError);
      // @google/genai's retries drop the response body, echoed key and all; the others keep it.
      if (provider === 'google') expect(error.message).toContain('(400 Bad Request)');
      else expect(error.message).toContain('[redacted]');
      for (const text of [
        error.message,
        error.stack,
        inspect(error, { depth: 10 }),
        JSON.stringify(error),
      ]) {
        expect(text).not.toContain(CANARY);
      }
      const result = await complete([spec], ask(phase), { env: canaryEnv() });
      expect(JSON.stringify(result)).not.toContain(CANARY);
      expect(readFileSync(logFile, 'utf8')).not.toContain(CANARY);
    },
  );

  it("reads the environment it is given, not the process's", async () => {
    const saved = process.env.OPENAI_BASE_URL;
    process.env.OPENAI_BASE_URL = 'http://127.0.0.1:1/v1';
    try {
      const result = await complete([SPECS.openai], ask('given-env'), { env: emulator.env });
      expect(result.text).toBe(REPLY);
    } finally {
      if (saved === undefined) delete process.env.OPENAI_BASE_URL;
      else process.env.OPENAI_BASE_URL = saved;
    }
  });

  it("prefers the model's baseUrl to the provider's variable", async () => {
    const env = { ...emulator.env, ANTHROPIC_BASE_URL: 'http://127.0.0.1:1' };
    const spec = { ...SPECS.anthropic, baseUrl: emulator.url };
    expect((await complete([spec], ask('model-base-url'), { env })).text).toBe(REPLY);
  });

  it('takes GOOGLE_API_KEY when GEMINI_API_KEY is not set', async () => {
    const env = { ...emulator.env, GEMINI_API_KEY: undefined, GOOGLE_API_KEY: 'fake-google-key' };
    expect((await complete([SPECS.google], ask('google-api-key'), { env })).text).toBe(REPLY);
  });

  it('calls an OpenAI-compatible server, with or without a key', async () => {
    const spec: ModelSpec = {
      alias: 'local',
      provider: 'openai-compatible',
      model: 'qwen2.5-coder',
      baseUrl: emulator.env.OPENAI_BASE_URL,
    };
    // The emulator, like OpenAI itself, wants a key: a keyless server gets no Authorization header.
    const keyless = await complete([spec], ask('compatible'), { env: {} }).catch(
      (caught) => caught,
    );
    expect(keyless.message).toContain('name the variable that holds it in models.local.apiKeyEnv');
    const result = await complete([{ ...spec, apiKeyEnv: 'LOCAL_KEY' }], ask('compatible'), {
      env: { LOCAL_KEY: 'fake-local-key' },
    });
    expect(result).toMatchObject({ text: REPLY, costUsd: null, modelReported: 'qwen2.5-coder' });
    expect(requestsOf('compatible').at(-1)?.body).toMatchObject({ max_tokens: 1000 });
  });

  it('wants a baseUrl for an OpenAI-compatible model', async () => {
    const spec: ModelSpec = {
      alias: 'local',
      provider: 'openai-compatible',
      model: 'qwen2.5-coder',
    };
    await expect(complete([spec], ask('architecture'), { env: {} })).rejects.toThrow(
      MissingBaseUrlError,
    );
  });
});
