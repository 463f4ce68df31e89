import { appendFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { anthropic } from './anthropic';
import { google } from './google';
import { openai } from './openai';
import type { Protocol, RequestBody, Route } from './protocol';
import {
  DEFAULT_STALL_MS,
  ScriptInPlay,
  type EmulatedProvider,
  type EmulatorScript,
  type FaultKind,
  type ScriptedFault,
} from './script';
import { makeTurn } from './turn';

const PROTOCOLS: Protocol[] = [openai, anthropic, google];

/** Keys the emulator hands out: plainly fake, so that nobody mistakes them for real ones. */
export const EMULATOR_KEYS = {
  OPENAI_API_KEY: 'sk-emulator-fake-openai-key',
  ANTHROPIC_API_KEY: 'sk-ant-emulator-fake-anthropic-key',
  GEMINI_API_KEY: 'emulator-fake-gemini-key',
} as const;

/** A rate limit without `retryAfterMs` in the script asks the client to wait this long. */
const DEFAULT_RATE_LIMIT_RETRY_AFTER_MS = 1000;

/** How long a connection reset mid-stream waits, so that the client has read what came before. */
const RESET_AFTER_MS = 20;

export interface EmulatorOptions {
  /** 0 or left out: a free port. */
  port?: number;
  script?: EmulatorScript;
  /** Appends every request to this file, one JSON object a line. */
  logFile?: string;
}

/** One request the emulator received (its API key is never recorded). */
export interface EmulatorRequest {
  time: string;
  provider: EmulatedProvider | null;
  method: string;
  path: string;
  model: string | null;
  /** The `x-baton-phase` header. */
  phase: string | null;
  stream: boolean;
  status: number;
  fault: FaultKind | null;
  body: unknown;
}

export interface Emulator {
  /** http://127.0.0.1:<port> */
  url: string;
  port: number;
  /** The base URLs that point the SDKs here, and fake keys: spread into a phase's environment. */
  env: Record<string, string>;
  requests: EmulatorRequest[];
  /** Replaces the script, and starts every fault's count afresh. */
  setScript(script: EmulatorScript): void;
  /** Adds faults to the script in play, leaving the counts of the others as they are. */
  addFaults(...faults: ScriptedFault[]): void;
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  let script = new ScriptInPlay(options.script ?? {});
  const requests: EmulatorRequest[] = [];

  const record = (entry: EmulatorRequest) => {
    requests.push(entry);
    if (options.logFile) appendFileSync(options.logFile, JSON.stringify(entry) + '\n');
  };

  const server = createServer((req, res) => {
    readBody(req)
      .then((raw) => answer(req, res, raw))
      .catch((error: unknown) => {
        if (!res.headersSent) sendJson(res, 500, { error: { message: String(error) } });
        else res.destroy();
      });
  });

  const answer = async (req: IncomingMessage, res: ServerResponse, raw: string) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const phaseHeader = req.headers['x-baton-phase'];
    const entry: EmulatorRequest = {
      time: new Date().toISOString(),
      provider: null,
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      model: null,
      phase: typeof phaseHeader === 'string' ? phaseHeader : null,
      stream: false,
      status: 0,
      fault: null,
      body: null,
    };
    let body: RequestBody;
    try {
      body = raw ? JSON.parse(raw) : {};
      entry.body = body;
    } catch {
      entry.body = raw;
      entry.status = 400;
      record(entry);
      return sendJson(res, 400, { error: { message: 'The request body is not valid JSON.' } });
    }

    const found = findRoute(req.method ?? 'GET', url, body);
    if (!found) {
      entry.status = 404;
      record(entry);
      return sendJson(res, 404, {
        error: { message: `No emulated API at ${req.method} ${url.pathname}` },
      });
    }
    const { protocol, route } = found;
    Object.assign(entry, { provider: protocol.provider, model: route.model, stream: route.stream });

    const apiKey = protocol.apiKey(req.headers, url);
    const refuse = (refusal: Parameters<Protocol['refuse']>[0], headers = {}, message?: string) => {
      const error = protocol.refuse(refusal, { apiKey, message });
      entry.status = error.status;
      record(entry);
      sendJson(res, error.status, error.body, headers);
    };
    if (!apiKey) return refuse('missing-key');
    const invalid = protocol.invalid(body, route);
    if (invalid) return refuse('bad-request', {}, invalid);

    const key = { provider: protocol.provider, model: route.model, phase: entry.phase };
    const fault = script.takeFault(key);
    entry.fault = fault?.fault ?? null;
    if (fault && isRefusal(fault.fault)) {
      return refuse(fault.fault, retryAfterHeaders(fault, protocol.provider));
    }

    const turn = makeTurn({
      provider: protocol.provider,
      model: script.reportedModel(route.model),
      reply: script.replyFor(key),
      prompt: protocol.prompt(body),
      maxOutputTokens: protocol.maxOutputTokens(body),
      includeUsage: body.stream_options?.include_usage === true,
    });
    const headers = { ...protocol.requestIdHeaders(turn.requestId), 'x-baton-emulator': 'true' };
    entry.status = 200;
    record(entry);
    const stallMs = script.script.stallMs ?? DEFAULT_STALL_MS;

    const early = fault?.at === 'start';
    if (route.stream && !(early && (fault?.fault === 'reset' || fault?.fault === 'stall'))) {
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        ...headers,
      });
      return streamEvents(res, protocol, protocol.events(turn), fault?.fault ?? null, {
        early,
        chunkDelayMs: script.script.chunkDelayMs ?? 0,
        stallMs,
      });
    }
    const reply = JSON.stringify(
      route.action === 'count' ? protocol.tokenCount(turn.inputTokens) : protocol.answer(turn),
    );
    switch (fault?.fault) {
      case 'reset':
        return req.socket.resetAndDestroy();
      case 'stall':
        return holdSilent(res, stallMs);
      case 'malformed-json':
        res.writeHead(200, { 'content-type': 'application/json', ...headers });
        return res.end(reply.slice(0, Math.ceil(reply.length / 2)));
      case 'truncated':
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(reply),
          ...headers,
        });
        res.write(reply.slice(0, Math.ceil(reply.length / 2)));
        return res.destroy();
      default:
        res.writeHead(200, { 'content-type': 'application/json', ...headers });
        return res.end(reply);
    }
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    port,
    env: {
      OPENAI_BASE_URL: `${url}/v1`,
      ANTHROPIC_BASE_URL: url,
      GOOGLE_GEMINI_BASE_URL: url,
      ...EMULATOR_KEYS,
    },
    requests,
    setScript(next) {
      script = new ScriptInPlay(next);
    },
    addFaults(...faults) {
      script.addFaults(faults);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function findRoute(method: string, url: URL, body: RequestBody) {
  for (const protocol of PROTOCOLS) {
    const route: Route | null = protocol.route(method, url, body);
    if (route) return { protocol, route };
  }
  return null;
}

const STREAM_FAULTS: readonly FaultKind[] = ['reset', 'stall', 'malformed-json', 'truncated'];

const isRefusal = (
  fault: FaultKind,
): fault is Exclude<FaultKind, 'reset' | 'stall' | 'malformed-json' | 'truncated'> =>
  !STREAM_FAULTS.includes(fault);

function retryAfterHeaders(
  fault: ScriptedFault,
  provider: EmulatedProvider,
): Record<string, string> {
  const ms =
    fault.retryAfterMs ??
    (fault.fault === 'rate-limit' ? DEFAULT_RATE_LIMIT_RETRY_AFTER_MS : undefined);
  if (ms === undefined) return {};
  const seconds = String(Math.ceil(ms / 1000));
  // OpenAI and Anthropic also send the finer retry-after-ms, which their SDKs prefer.
  return provider === 'google'
    ? { 'retry-after': seconds }
    : { 'retry-after': seconds, 'retry-after-ms': String(ms) };
}

/**
 * Sends a stream; a stream fault strikes midway, after at least one event and before the last,
 * or `early`, on the first event.
 */
async function streamEvents(
  res: ServerResponse,
  protocol: Protocol,
  events: string[],
  fault: FaultKind | null,
  timing: { early: boolean; chunkDelayMs: number; stallMs: number },
) {
  const midway = Math.min(Math.max(1, Math.floor(events.length / 2)), events.length - 1);
  const cut = fault ? (timing.early ? 0 : midway) : events.length;
  const sent =
    fault === 'malformed-json' ? events.with(cut, protocol.corrupt(events[cut])) : events;
  const upTo = fault === 'malformed-json' ? sent.length : cut;
  for (let i = 0; i < upTo; i++) {
    if (timing.chunkDelayMs > 0) await sleep(timing.chunkDelayMs);
    if (res.destroyed) return;
    res.write(sent[i]);
  }
  switch (fault) {
    case 'truncated':
      return res.end(sent[cut].slice(0, Math.ceil(sent[cut].length / 2)));
    case 'reset':
      await sleep(RESET_AFTER_MS);
      return res.socket?.resetAndDestroy();
    case 'stall':
      return holdSilent(res, timing.stallMs);
    default:
      return res.end();
  }
}

/** Keeps the connection open and silent until the client gives up, or drops it after stallMs. */
function holdSilent(res: ServerResponse, stallMs: number) {
  const timer = setTimeout(() => res.destroy(), stallMs);
  timer.unref();
  res.on('close', () => clearTimeout(timer));
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, {
    'content-type': 'application/json',
    'x-baton-emulator': 'true',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
