import Anthropic from '@anthropic-ai/sdk';
import { GoogleGenAI } from '@google/genai';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import OpenAI from 'openai';
import { tempFolder } from '@baton/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { DEFAULT_REPLY, startEmulator, type Emulator } from './index';

let emulator: Emulator;
const logFolder = tempFolder('baton-emulator-');
let logFile: string;

beforeAll(async () => {
  logFile = join(logFolder.root, 'requests.jsonl');
  emulator = await startEmulator({ logFile });
});
afterAll(async () => {
  await emulator.close();
  logFolder.dispose();
});
beforeEach(() => {
  emulator.setScript({});
  emulator.requests.length = 0;
});

const phase = { 'x-baton-phase': 'architecture' };
const openai = () =>
  new OpenAI({
    baseURL: emulator.env.OPENAI_BASE_URL,
    apiKey: emulator.env.OPENAI_API_KEY,
    maxRetries: 0,
  });
const anthropic = () =>
  new Anthropic({
    baseURL: emulator.env.ANTHROPIC_BASE_URL,
    apiKey: emulator.env.ANTHROPIC_API_KEY,
    maxRetries: 0,
    // Quiet about the malformed events the tests send on purpose.
    logLevel: 'off',
  });
const google = () =>
  new GoogleGenAI({ apiKey: emulator.env.GEMINI_API_KEY, httpOptions: { baseUrl: emulator.url } });

describe('OpenAI chat completions', () => {
  it('answers a plain request with the snapshot model, usage and a request id', async () => {
    const { data, request_id } = await openai()
      .chat.completions.create(
        { model: 'gpt-4.1', messages: [{ role: 'user', content: 'Plan the API.' }] },
        { headers: phase },
      )
      .withResponse();
    expect(data.choices[0].message.content).toBe(DEFAULT_REPLY);
    expect(data.model).toBe('gpt-4.1-2025-04-14');
    expect(data.usage).toMatchObject({
      prompt_tokens: 4,
      completion_tokens: Math.ceil(DEFAULT_REPLY.length / 4),
    });
    expect(request_id).toMatch(/^req_/);
  });

  it('streams deltas and puts usage in a final chunk when asked to', async () => {
    const stream = await openai().chat.completions.create({
      model: 'gpt-4.1',
      messages: [{ role: 'user', content: 'Plan the API.' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    let finish: string | null = null;
    let usage: OpenAI.CompletionUsage | null | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
      usage = chunk.usage ?? usage;
    }
    expect(text).toBe(DEFAULT_REPLY);
    expect(finish).toBe('stop');
    expect(usage?.completion_tokens).toBe(Math.ceil(DEFAULT_REPLY.length / 4));
  });

  it('stops at max_completion_tokens with finish_reason length', async () => {
    const { choices } = await openai().chat.completions.create({
      model: 'gpt-4.1',
      messages: [{ role: 'user', content: 'x' }],
      max_completion_tokens: 3,
    });
    expect(choices[0]).toMatchObject({
      finish_reason: 'length',
      message: { content: DEFAULT_REPLY.slice(0, 12) },
    });
  });
});

describe('Anthropic messages', () => {
  it('streams the event sequence the SDK expects and reports request-id', async () => {
    const { data, request_id } = await anthropic()
      .messages.create(
        {
          model: 'claude-opus-4-1',
          max_tokens: 1000,
          system: 'Review for security.',
          messages: [{ role: 'user', content: 'Here is the diff.' }],
          stream: true,
        },
        { headers: phase },
      )
      .withResponse();
    const types: string[] = [];
    let text = '';
    for await (const event of data) {
      types.push(event.type);
      if (event.type === 'content_block_delta' && event.delta.type === 'text_delta')
        text += event.delta.text;
    }
    expect(text).toBe(DEFAULT_REPLY);
    expect(types[0]).toBe('message_start');
    expect(types.slice(-2)).toEqual(['message_delta', 'message_stop']);
    expect(request_id).toMatch(/^req_/);
  });

  it('answers a plain request and counts tokens', async () => {
    const message = await anthropic().messages.create({
      model: 'claude-opus-4-1',
      max_tokens: 1000,
      messages: [{ role: 'user', content: 'Hello there' }],
    });
    expect(message).toMatchObject({
      model: 'claude-opus-4-1-20250805',
      stop_reason: 'end_turn',
      usage: { input_tokens: 3 },
    });
    const count = await anthropic().messages.countTokens({
      model: 'claude-opus-4-1',
      messages: [{ role: 'user', content: 'Hello there' }],
    });
    expect(count.input_tokens).toBe(3);
  });
});

describe('Gemini', () => {
  it('streams over SSE with usage and modelVersion in the last chunk', async () => {
    const stream = await google().models.generateContentStream({
      model: 'gemini-2.5-pro',
      contents: 'Write the loader.',
      config: { systemInstruction: 'You write data code.', httpOptions: { headers: phase } },
    });
    let text = '';
    let last:
      Awaited<ReturnType<ReturnType<typeof google>['models']['generateContent']>> | undefined;
    for await (const chunk of stream) {
      text += chunk.text ?? '';
      last = chunk;
    }
    expect(text).toBe(DEFAULT_REPLY);
    expect(last?.candidates?.[0].finishReason).toBe('STOP');
    expect(last?.usageMetadata?.candidatesTokenCount).toBe(Math.ceil(DEFAULT_REPLY.length / 4));
    expect(last?.modelVersion).toBe('gemini-2.5-pro');
    expect(emulator.requests[0]).toMatchObject({
      provider: 'google',
      model: 'gemini-2.5-pro',
      phase: 'architecture',
    });
    expect(emulator.requests[0].path).toContain(':streamGenerateContent?alt=sse');
  });

  it('answers generateContent and countTokens', async () => {
    const response = await google().models.generateContent({
      model: 'gemini-2.5-flash',
      contents: 'Hi',
    });
    expect(response.text).toBe(DEFAULT_REPLY);
    const count = await google().models.countTokens({
      model: 'gemini-2.5-flash',
      contents: 'Hello there',
    });
    expect(count.totalTokens).toBe(3);
  });
});

describe('the script', () => {
  it('answers per phase and model, and falls back to the default reply', async () => {
    emulator.setScript({
      defaultReply: 'default',
      replies: [
        { phase: 'data-processing', text: 'an edit' },
        { model: 'gpt-4o', text: 'from 4o' },
      ],
    });
    const ask = async (model: string, headers: Record<string, string>) =>
      (
        await openai().chat.completions.create(
          { model, messages: [{ role: 'user', content: 'x' }] },
          { headers },
        )
      ).choices[0].message.content;
    expect(await ask('gpt-4.1', { 'x-baton-phase': 'data-processing' })).toBe('an edit');
    expect(await ask('gpt-4o', phase)).toBe('from 4o');
    expect(await ask('gpt-4.1', phase)).toBe('default');
  });

  it('serves a fault the number of times asked, then answers', async () => {
    emulator.setScript({ faults: [{ provider: 'anthropic', fault: 'overloaded', times: 2 }] });
    const ask = () =>
      anthropic().messages.create({
        model: 'claude-opus-4-1',
        max_tokens: 10,
        messages: [{ role: 'user', content: 'x' }],
      });
    await expect(ask()).rejects.toMatchObject({ status: 529 });
    await expect(ask()).rejects.toMatchObject({ status: 529 });
    await expect(ask()).resolves.toMatchObject({ stop_reason: 'max_tokens' });
    expect(emulator.requests.map((request) => request.fault)).toEqual([
      'overloaded',
      'overloaded',
      null,
    ]);
  });

  it('sends retry-after with a rate limit', async () => {
    emulator.setScript({ faults: [{ fault: 'rate-limit', retryAfterMs: 1500 }] });
    const response = await fetch(`${emulator.env.OPENAI_BASE_URL}/chat/completions`, {
      method: 'POST',
      headers: { authorization: 'Bearer x', 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'x' }] }),
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(response.headers.get('retry-after-ms')).toBe('1500');
  });

  it('breaks a stream midway: reset, malformed JSON, truncated', async () => {
    const streamed = async () => {
      const stream = await anthropic().messages.create({
        model: 'claude-opus-4-1',
        max_tokens: 1000,
        messages: [{ role: 'user', content: 'x' }],
        stream: true,
      });
      const types: string[] = [];
      for await (const event of stream) types.push(event.type);
      return types;
    };
    emulator.setScript({ faults: [{ fault: 'reset' }] });
    await expect(streamed()).rejects.toThrow();
    emulator.setScript({ faults: [{ fault: 'malformed-json' }] });
    await expect(streamed()).rejects.toThrow(SyntaxError);
    emulator.setScript({ faults: [{ fault: 'truncated' }] });
    const types = await streamed();
    expect(types).toContain('message_start');
    expect(types).not.toContain('message_stop');
  });

  it('stalls until the client gives up', async () => {
    emulator.setScript({ faults: [{ fault: 'stall' }] });
    await expect(
      openai().chat.completions.create(
        { model: 'gpt-4.1', messages: [{ role: 'user', content: 'x' }] },
        { timeout: 200 },
      ),
    ).rejects.toThrow(/timed out/i);
  });

  it('refuses a request without a key, as the real APIs do', async () => {
    const post = (path: string, body: object) =>
      fetch(emulator.url + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then((response) => response.status);
    const messages = [{ role: 'user', content: 'x' }];
    expect(await post('/v1/chat/completions', { model: 'gpt-4.1', messages })).toBe(401);
    expect(await post('/v1/messages', { model: 'claude-opus-4-1', max_tokens: 5, messages })).toBe(
      401,
    );
    expect(
      await post('/v1beta/models/gemini-2.5-pro:generateContent', {
        contents: [{ parts: [{ text: 'x' }] }],
      }),
    ).toBe(403);
  });
});

describe('the request log', () => {
  it('logs every request as a JSON line without the key', async () => {
    await openai().chat.completions.create(
      { model: 'gpt-4.1', messages: [{ role: 'user', content: 'Plan the API.' }] },
      { headers: phase },
    );
    const lines = readFileSync(logFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.at(-1)).toMatchObject({
      provider: 'openai',
      path: '/v1/chat/completions',
      model: 'gpt-4.1',
      phase: 'architecture',
      status: 200,
      body: { messages: [{ role: 'user', content: 'Plan the API.' }] },
    });
    expect(readFileSync(logFile, 'utf8')).not.toContain(emulator.env.OPENAI_API_KEY);
  });
});

describe('the command line', () => {
  it('prints its URL and the env lines, and serves the script it is given', async () => {
    const dir = tempFolder('baton-emulator-cli-');
    onTestFinished(() => dir.dispose());
    dir.write('script.json', JSON.stringify({ defaultReply: 'from the script' }));
    const cli = execFile(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'cli.ts'), '--script', dir.path('script.json')],
      { cwd: __dirname },
    );
    try {
      const output = await new Promise<string>((resolve, reject) => {
        let seen = '';
        cli.stdout?.on('data', (chunk: Buffer) => {
          seen += chunk.toString();
          if (seen.includes('GEMINI_API_KEY')) resolve(seen);
        });
        cli.once('exit', (code) => reject(new Error(`exited ${code}: ${seen}`)));
      });
      expect(output).toContain('not a real model');
      const baseUrl = /export OPENAI_BASE_URL=(\S+)/.exec(output)?.[1];
      expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
      const client = new OpenAI({ baseURL: baseUrl, apiKey: 'sk-emulator-fake', maxRetries: 0 });
      const answer = await client.chat.completions.create({
        model: 'gpt-4.1',
        messages: [{ role: 'user', content: 'x' }],
      });
      expect(answer.choices[0].message.content).toBe('from the script');
    } finally {
      cli.kill('SIGTERM');
    }
  });

  it('refuses an invalid script with a clear error', async () => {
    const dir = tempFolder('baton-emulator-cli-');
    onTestFinished(() => dir.dispose());
    dir.write('script.json', JSON.stringify({ faults: [{ fault: 'meteor' }] }));
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', join(__dirname, 'cli.ts'), '--script', dir.path('script.json')],
        (error, _stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stderr }),
      );
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('script.json is not valid');
    expect(result.stderr).toContain('faults[0].fault');
  });
});
