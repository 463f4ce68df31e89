import { z } from 'zod';

export type EmulatedProvider = 'openai' | 'anthropic' | 'google';

export const FAULT_KINDS = [
  'rate-limit',
  'server-error',
  'unavailable',
  'overloaded',
  'unauthorized',
  'reset',
  'stall',
  'malformed-json',
  'truncated',
] as const;

/**
 * What goes wrong with a request: `rate-limit` 429 with retry-after, `server-error` 500,
 * `unavailable` 503, `overloaded` (Anthropic 529, a 503 "overloaded" elsewhere), `unauthorized`
 * 401 echoing the key as some real APIs do; and, midway through a stream (or instead of a plain
 * answer), `reset` (connection reset), `stall` (goes silent), `malformed-json`, `truncated` (ends early).
 * A fault `at: 'start'` strikes a stream before its first event instead (a reset or a stall: before
 * the response headers).
 */
export type FaultKind = (typeof FAULT_KINDS)[number];

const match = {
  provider: z.enum(['openai', 'anthropic', 'google']).optional(),
  model: z.string().optional(),
  phase: z.string().optional(),
};

const scriptSchema = z.strictObject({
  defaultReply: z.string().optional(),
  replies: z.array(z.strictObject({ ...match, text: z.string() })).optional(),
  faults: z
    .array(
      z.strictObject({
        ...match,
        fault: z.enum(FAULT_KINDS),
        times: z.union([z.number().int().positive(), z.literal('always')]).optional(),
        retryAfterMs: z.number().nonnegative().optional(),
        at: z.enum(['start', 'midway']).optional(),
      }),
    )
    .optional(),
  reportedModels: z.record(z.string(), z.string()).optional(),
  chunkDelayMs: z.number().nonnegative().optional(),
  stallMs: z.number().positive().optional(),
});

/**
 * What the emulator answers. Replies and faults are matched on the request's provider, model
 * and `x-baton-phase` header (a field left out matches anything); the first match wins, and a
 * matching fault is served before any reply, `times` times (default once).
 */
export type EmulatorScript = z.infer<typeof scriptSchema>;
export type ScriptedReply = NonNullable<EmulatorScript['replies']>[number];
export type ScriptedFault = NonNullable<EmulatorScript['faults']>[number];

export interface RequestKey {
  provider: EmulatedProvider;
  model: string;
  phase: string | null;
}

export const DEFAULT_REPLY =
  'This reply comes from the Baton provider emulator, a loopback test double, not from a real model.';

/** How long a `stall` keeps the connection silent before dropping it, unless the script says. */
export const DEFAULT_STALL_MS = 60_000;

/** Snapshot names the real APIs report for the aliases users ask for. */
const SNAPSHOTS: Record<string, string> = {
  'gpt-4.1': 'gpt-4.1-2025-04-14',
  'gpt-4.1-mini': 'gpt-4.1-mini-2025-04-14',
  'gpt-4o': 'gpt-4o-2024-08-06',
  'gpt-4o-mini': 'gpt-4o-mini-2024-07-18',
  'gpt-5': 'gpt-5-2025-08-07',
  'claude-sonnet-4-5': 'claude-sonnet-4-5-20250929',
  'claude-opus-4-1': 'claude-opus-4-1-20250805',
  'claude-haiku-4-5': 'claude-haiku-4-5-20251001',
  'claude-sonnet-4-0': 'claude-sonnet-4-20250514',
};

export function parseScript(value: unknown, source: string): EmulatorScript {
  const parsed = scriptSchema.safeParse(value);
  if (!parsed.success) {
    throw new Error(`The emulator script ${source} is not valid: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

const matches = (rule: z.infer<z.ZodObject<typeof match>>, key: RequestKey) =>
  (rule.provider === undefined || rule.provider === key.provider) &&
  (rule.model === undefined || rule.model === key.model) &&
  (rule.phase === undefined || rule.phase === key.phase);

/** A script in play: counts down each fault as it is served. */
export class ScriptInPlay {
  private readonly served = new Map<ScriptedFault, number>();
  readonly script: EmulatorScript;

  constructor(script: EmulatorScript) {
    this.script = { ...script };
  }

  addFaults(faults: ScriptedFault[]) {
    this.script.faults = [...(this.script.faults ?? []), ...faults];
  }

  takeFault(key: RequestKey): ScriptedFault | null {
    for (const fault of this.script.faults ?? []) {
      if (!matches(fault, key)) continue;
      const served = this.served.get(fault) ?? 0;
      const times = fault.times ?? 1;
      if (times !== 'always' && served >= times) continue;
      this.served.set(fault, served + 1);
      return fault;
    }
    return null;
  }

  replyFor(key: RequestKey): string {
    const reply = (this.script.replies ?? []).find((candidate) => matches(candidate, key));
    return reply?.text ?? this.script.defaultReply ?? DEFAULT_REPLY;
  }

  reportedModel(model: string): string {
    return this.script.reportedModels?.[model] ?? SNAPSHOTS[model] ?? model;
  }
}
