// @baton/providers' figures: how calls end under each injected fault, and what complete() costs
// over calling the SDK directly, both against the loopback provider emulator.
import Anthropic from '@anthropic-ai/sdk';
import { GoogleGenAI } from '@google/genai';
import OpenAI from 'openai';
import {
  complete,
  ProviderError,
  SDK_MAX_RETRIES,
  type CompletionRequest,
  type ModelSpec,
} from '../packages/providers/src/index';
import {
  FAULT_KINDS,
  startEmulator,
  type Emulator,
  type ScriptedFault,
} from '../tools/provider-emulator/src/index';
import { aimed, ratio, sideBySide, type BenchRow } from './bench';

const REPLY =
  'The data layer reads events in batches of ten thousand, aggregates them per hour, and writes the rollups.';

const MODELS = {
  openai: [
    { alias: 'gpt', provider: 'openai', model: 'gpt-4.1' },
    { alias: 'gpt-mini', provider: 'openai', model: 'gpt-4.1-mini' },
  ],
  anthropic: [
    { alias: 'claude', provider: 'anthropic', model: 'claude-opus-4-1' },
    { alias: 'haiku', provider: 'anthropic', model: 'claude-haiku-4-5' },
  ],
  google: [
    { alias: 'gemini', provider: 'google', model: 'gemini-2.5-pro' },
    { alias: 'flash', provider: 'google', model: 'gemini-2.5-flash' },
  ],
} as const satisfies Record<string, readonly [ModelSpec, ModelSpec]>;
type Provider = keyof typeof MODELS;
const PROVIDERS = Object.keys(MODELS) as Provider[];

/**
 * Each fault class meets each provider in these scenarios: the assigned model fails `times` times
 * in a row (beyond the SDK's retries and Baton's whole-stream retries when 'always'), with and
 * without a fallback model in the chain.
 */
const SCENARIOS = [1, 2, 'always'].flatMap((times) =>
  [true, false].map((fallback) => ({ times: times as ScriptedFault['times'], fallback })),
);

/** Every fault class midway through a stream, and the two that also strike before the response. */
const FAULTS: Array<{ label: string; fault: ScriptedFault['fault']; at?: 'start' }> = [
  ...FAULT_KINDS.map((fault) => ({ label: fault, fault })),
  { label: 'reset before the response', fault: 'reset', at: 'start' },
  { label: 'stall before the response', fault: 'stall', at: 'start' },
];

const OVERHEAD_ROUNDS = 200;

export async function run(): Promise<BenchRow[]> {
  const emulator = await startEmulator({ script: { defaultReply: REPLY } });
  try {
    return [...(await faultTable(emulator)), ...(await overhead(emulator))];
  } finally {
    await emulator.close();
  }
}

async function faultTable(emulator: Emulator): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  let corruptedTotal = 0;
  let calls = 0;
  for (const { label, fault, at } of FAULTS) {
    for (const provider of PROVIDERS) {
      const [assigned, fallback] = MODELS[provider];
      const count = { retried: 0, fallback: 0, clearError: 0, corrupted: 0, otherError: 0 };
      for (const [index, scenario] of SCENARIOS.entries()) {
        const phase = `${label}-${provider}-${index}`;
        emulator.addFaults({
          phase,
          model: assigned.model,
          fault,
          times: scenario.times,
          retryAfterMs: 1,
          at,
        });
        const chain = scenario.fallback ? [assigned, fallback] : [assigned];
        calls += 1;
        try {
          const result = await complete(chain, ask(phase), { env: emulator.env });
          if (result.text !== REPLY || result.stopReason !== 'end') count.corrupted += 1;
          else if (result.fallbackUsed) count.fallback += 1;
          else count.retried += 1;
        } catch (error) {
          if (error instanceof ProviderError && error.message.includes(`Phase "${phase}"`)) {
            count.clearError += 1;
          } else {
            count.otherError += 1;
          }
        }
      }
      corruptedTotal += count.corrupted + count.otherError;
      const recovered = count.retried + count.fallback;
      rows.push({
        benchmark: 'providers: faults',
        subject: `${label} × ${provider}`,
        baseline: `${SCENARIOS.length} calls`,
        figure: `${recovered} recovered, ${count.clearError} clear errors, ${count.corrupted} corrupted`,
        notes:
          `after retry ${count.retried}, after fallback ${count.fallback}` +
          (count.otherError ? `, UNCLEAR ERRORS ${count.otherError}` : ''),
      });
    }
  }
  rows.push({
    benchmark: 'providers: faults',
    subject: 'all faults × providers',
    baseline: `${calls} calls`,
    figure: `${corruptedTotal} corrupted or unclear`,
    notes: `each fault ${SCENARIOS.map((s) => `${s.times}×${s.fallback ? '+fallback' : ''}`).join(', ')}; SDK retries ${SDK_MAX_RETRIES}`,
  });
  return rows;
}

const ask = (phase: string): CompletionRequest => ({
  phase,
  system: 'You write data-processing code.',
  user: 'Write the hourly rollup.',
  maxOutputTokens: 1000,
  timeoutMs: 250,
});

/** The same streamed request, made with each SDK directly as its README shows. */
function directCall(emulator: Emulator, provider: Provider): () => Promise<string> {
  const { model } = MODELS[provider][0];
  const { system, user, maxOutputTokens, phase } = ask('overhead');
  const headers = { 'x-baton-phase': phase };
  if (provider === 'openai') {
    const client = new OpenAI({
      baseURL: emulator.env.OPENAI_BASE_URL,
      apiKey: emulator.env.OPENAI_API_KEY,
    });
    return async () => {
      const stream = await client.chat.completions.create(
        {
          model,
          messages: [
            { role: 'system', content: system },
            { role: 'user', content: user },
          ],
          max_completion_tokens: maxOutputTokens,
          stream: true,
          stream_options: { include_usage: true },
        },
        { headers },
      );
      let text = '';
      for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
      return text;
    };
  }
  if (provider === 'anthropic') {
    const client = new Anthropic({
      baseURL: emulator.env.ANTHROPIC_BASE_URL,
      apiKey: emulator.env.ANTHROPIC_API_KEY,
    });
    return async () => {
      const stream = await client.messages.create(
        {
          model,
          max_tokens: maxOutputTokens,
          system,
          messages: [{ role: 'user', content: user }],
          stream: true,
        },
        { headers },
      );
      let text = '';
      for await (const event of stream) {
        if (event.type === 'content_block_delta' && event.delta.type === 'text_delta')
          text += event.delta.text;
      }
      return text;
    };
  }
  const client = new GoogleGenAI({
    apiKey: emulator.env.GEMINI_API_KEY,
    httpOptions: { baseUrl: emulator.url },
  });
  return async () => {
    const stream = await client.models.generateContentStream({
      model,
      contents: user,
      config: { systemInstruction: system, maxOutputTokens, httpOptions: { headers } },
    });
    let text = '';
    for await (const chunk of stream) text += chunk.text ?? '';
    return text;
  };
}

/** A short reply shows complete()'s fixed cost; a page of review (still short for a phase) a typical call's. */
const REPLY_SIZES = [
  { label: 'a 100 B reply', text: REPLY },
  { label: 'a 3 kB reply', text: Array.from({ length: 28 }, () => REPLY).join(' ') },
];

async function overhead(emulator: Emulator): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of REPLY_SIZES) {
    emulator.setScript({ defaultReply: size.text });
    for (const provider of PROVIDERS) {
      const direct = directCall(emulator, provider);
      const viaBaton = async () =>
        (await complete([MODELS[provider][0]], ask('overhead'), { env: emulator.env })).text;
      for (const call of [direct, viaBaton]) {
        if ((await call()) !== size.text)
          throw new Error(`the ${provider} warm-up call did not return the reply`);
      }
      const measured = await sideBySide(OVERHEAD_ROUNDS, viaBaton, direct);
      rows.push({
        benchmark: 'providers: overhead',
        subject: `complete() × ${provider}, ${size.label}`,
        baseline: `${provider} SDK directly`,
        ...(size === REPLY_SIZES[0] ? aimed(1.03, measured) : { figure: ratio(measured.ratio) }),
        notes: `median of ${OVERHEAD_ROUNDS} streamed calls: ${measured.subjectMs.toFixed(2)} ms vs ${measured.baselineMs.toFixed(2)} ms, ${((measured.subjectMs - measured.baselineMs) * 1000).toFixed(0)} µs per call`,
      });
    }
  }
  return rows;
}
