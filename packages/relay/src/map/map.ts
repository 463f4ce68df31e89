// zod/mini: the project graph bundles this schema, 60 KB of zod with mini, 190 KB with the classic API.
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { CollaborationMapError } from '../errors';
import { startPhase, type CollaborationMap, type PhaseEntry } from './lookup';

export {
  modelEntry,
  nextPhase,
  phaseEntry,
  phaseModel,
  phaseReviewers,
  previousPhase,
  startPhase,
  type ModelEntry,
  type PhaseBudget,
  type PhaseEntry,
  type ReviewersRequired,
  type CollaborationMap,
  type TrailerStyle,
} from './lookup';

/** The seed's map of strengths (docs/collaboration-map.md). */
export const defaultCollaborationMap: CollaborationMap = {
  models: {
    gpt: { provider: 'openai', model: 'gpt-4.1' },
    // Not the seed's claude-sonnet-4-5, which reaches end-of-life on 2026-11-30.
    claude: { provider: 'anthropic', model: 'claude-sonnet-4-6' },
    gemini: { provider: 'google', model: 'gemini-2.5-pro' },
    local: {
      provider: 'openai-compatible',
      model: 'qwen2.5-coder',
      baseUrl: 'http://127.0.0.1:11434/v1',
    },
  },
  phases: {
    architecture: {
      model: 'gpt',
      produces: 'report',
      instructions:
        'Plan the feature as a whole: the component structure, the data flow, the database schema and the API endpoints, fitted to the existing codebase. Stay within the feature; note open decisions instead of inventing scope.',
    },
    'data-processing': {
      model: 'gemini',
      produces: 'changes',
      instructions:
        'Write the data processing code from the architecture and the schema in the handoff: clean, efficient aggregation and queries that meet the stated performance requirements.',
    },
    'security-review': {
      model: 'claude',
      produces: 'report',
      fallback: ['gpt'],
      diff: true,
      instructions:
        "Review the feature's changes for security and best practices: input validation and sanitisation, access control, injection, secrets. For each finding give the file, the risk and the fix.",
    },
    tests: {
      model: 'claude',
      produces: 'changes',
      budget: { maxCostUsd: 0.5 },
      instructions:
        "Write comprehensive tests for the feature, validation logic and edge cases included, following the conventions of the workspace's existing tests.",
    },
  },
  order: ['architecture', 'data-processing', 'security-review', 'tests'],
};

// Names end up in branch names, target names and file names: keep them to what all three accept.
const phaseNamePattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const aliasPattern = /^[a-z0-9]+([._-][a-z0-9]+)*$/i;
const envNamePattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A closed object: an unknown key (a typo) is an error that lists the keys allowed there. */
function closed<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `has unknown ${plural(issue.keys.length, 'key')} ${quoteList(issue.keys)}; allowed: ${Object.keys(shape).join(', ')}`
        : undefined,
  });
}

const text = z.string().check(z.minLength(1));
const positive = z.number().check(z.positive());
const positiveInteger = z.number().check(z.int(), z.positive());

const modelSchema = closed({
  provider: z.enum(['openai', 'anthropic', 'google', 'openai-compatible']),
  model: text,
  baseUrl: z.optional(z.url({ protocol: /^https?$/ })),
  apiKeyEnv: z.optional(
    z.string().check(
      z.regex(envNamePattern, {
        error: 'must be an environment variable name, e.g. "LOCAL_API_KEY"',
      }),
    ),
  ),
  pricing: z.optional(
    closed({
      inputPerMillion: z.number().check(z.nonnegative()),
      outputPerMillion: z.number().check(z.nonnegative()),
    }),
  ),
  contextWindow: z.optional(positiveInteger),
});

const phaseSchema = closed({
  model: text,
  produces: z.enum(['report', 'changes']),
  fallback: z.optional(z.array(text)),
  models: z.optional(z.array(text).check(z.minLength(1))),
  required: z.optional(z.enum(['one', 'all'])),
  instructions: z.optional(z.string()),
  diff: z.optional(z.boolean()),
  budget: z.optional(
    closed({
      maxCostUsd: z.optional(positive),
      maxInputTokens: z.optional(positiveInteger),
      maxAddedLines: z.optional(positiveInteger),
    }),
  ),
  review: z.optional(z.literal('required')),
});

const mapSchema = closed({
  models: z.record(
    z.string().check(
      z.regex(aliasPattern, {
        error: 'must be a short name of letters, digits, ".", "_" or "-", e.g. "gpt"',
      }),
    ),
    modelSchema,
  ),
  phases: z.record(
    z.string().check(
      z.regex(phaseNamePattern, {
        error: 'must be lower-case words joined by "-", e.g. "data-processing"',
      }),
      z.refine((name) => name !== startPhase, {
        error: `is reserved for the feature's first handoff`,
      }),
    ),
    phaseSchema,
  ),
  order: z.array(z.string()),
  trailers: z.optional(z.enum(['assisted-by', 'co-authored-by'])),
});

// zod/mini loads no messages of its own: the map's problems are worded as the classic API words them.
const messages = en().localeError;

/**
 * Validates a collaboration map as configured (the host reads it: the Nx plugin from its nx.json
 * entry). `source` says where it was configured. Missing top-level keys take the default
 * map's (`order` defaults to the phases in the order they are written); nothing else is defaulted.
 * Throws a {@link CollaborationMapError} listing every problem, each with its key path.
 */
export function parseCollaborationMap(
  options: unknown,
  source = 'the collaboration map',
): CollaborationMap {
  if (options === undefined || options === null) return structuredClone(defaultCollaborationMap);
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new CollaborationMapError(source, [
      `the options are ${describeValue(options)}, but must be an object with "models", "phases" and "order"`,
    ]);
  }
  const given = options as Record<string, unknown>;
  const phases = given['phases'] ?? defaultCollaborationMap.phases;
  const withDefaults = {
    ...given,
    models: given['models'] ?? defaultCollaborationMap.models,
    phases,
    order:
      given['order'] ??
      (given['phases'] === undefined
        ? defaultCollaborationMap.order
        : typeof phases === 'object' && phases !== null
          ? Object.keys(phases)
          : []),
  };
  // jitless: a map is checked once a process, so compiling its fast path would cost more than it saves.
  const parsed = z.safeParse(mapSchema, withDefaults, {
    reportInput: true,
    jitless: true,
    error: messages,
  });
  if (!parsed.success) {
    throw new CollaborationMapError(source, parsed.error.issues.map(describeIssue));
  }
  const map = parsed.data as CollaborationMap;
  const problems = mapProblems(map);
  if (problems.length > 0) throw new CollaborationMapError(source, problems);
  return map;
}

/** The rules that span keys: aliases and phases named elsewhere must exist, `order` is complete. */
function mapProblems(map: CollaborationMap): string[] {
  const problems: string[] = [];
  const aliases = Object.keys(map.models);
  const phases = Object.keys(map.phases);
  const aliasList = aliases.length > 0 ? aliases.join(', ') : '(none: "models" is empty)';
  for (const [alias, entry] of Object.entries(map.models)) {
    if (entry.provider === 'openai-compatible' && entry.baseUrl === undefined) {
      problems.push(
        `models.${alias}.baseUrl is missing: provider "openai-compatible" needs the server's URL, e.g. "http://127.0.0.1:11434/v1"`,
      );
    }
  }
  if (phases.length === 0) problems.push('phases is empty: a map needs at least one phase');
  for (const [phase, entry] of Object.entries(map.phases)) {
    if (!(entry.model in map.models)) {
      problems.push(
        `phases.${phase}.model is "${entry.model}", which is not a model alias; aliases: ${aliasList}`,
      );
    }
    problems.push(...reviewerProblems(phase, entry, aliasList, map));
    entry.fallback?.forEach((alias, index) => {
      if (!(alias in map.models)) {
        problems.push(
          `phases.${phase}.fallback[${index}] is "${alias}", which is not a model alias; aliases: ${aliasList}`,
        );
      }
    });
  }
  const seen = new Set<string>();
  map.order.forEach((phase, index) => {
    if (!(phase in map.phases)) {
      problems.push(
        `order[${index}] is "${phase}", which is not a phase; phases: ${phases.join(', ')}`,
      );
    } else if (seen.has(phase)) {
      problems.push(`order[${index}] repeats "${phase}"; each phase must appear exactly once`);
    }
    seen.add(phase);
  });
  const missing = phases.filter((phase) => !seen.has(phase));
  if (missing.length > 0) {
    problems.push(
      `order leaves out ${quoteList(missing)}; it must list every phase exactly once: ${phases.join(', ')}`,
    );
  }
  return problems;
}

/** The rules of a phase with several reviewers (`models`, `required`). */
function reviewerProblems(
  phase: string,
  entry: PhaseEntry,
  aliasList: string,
  map: CollaborationMap,
): string[] {
  const problems: string[] = [];
  if (entry.models === undefined) {
    if (entry.required !== undefined) {
      problems.push(
        `phases.${phase}.required is set, but the phase has one reviewer; add "models" beside "model", or remove "required"`,
      );
    }
    return problems;
  }
  if (entry.produces !== 'report') {
    problems.push(
      `phases.${phase}.models is set, but only a "report" phase can have several reviewers; remove "models" or set "produces": "report"`,
    );
  }
  if (entry.fallback !== undefined) {
    problems.push(
      `phases.${phase}.fallback is set with "models": each reviewer answers for itself; remove "fallback", or list the model in "models"`,
    );
  }
  // `model` may appear in `models` too, as in `models: ["claude", "gpt"]` beside `model: "claude"`.
  const seen = new Set<string>();
  entry.models.forEach((alias, index) => {
    if (!(alias in map.models)) {
      problems.push(
        `phases.${phase}.models[${index}] is "${alias}", which is not a model alias; aliases: ${aliasList}`,
      );
    } else if (seen.has(alias)) {
      problems.push(
        `phases.${phase}.models[${index}] repeats "${alias}"; each reviewer appears once`,
      );
    }
    seen.add(alias);
  });
  return problems;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${where || 'the map'} ${issue.message}`;
    case 'invalid_type':
      return input === undefined
        ? `${where} is missing (expected ${article(issue.expected)})`
        : `${where} is ${describeValue(input)}, but must be ${article(issue.expected)}`;
    case 'invalid_value':
      return `${where} is ${describeValue(input)}; allowed: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_key':
      return `${formatPath(issue.path.slice(0, -1))} has the key ${describeValue(input)}, which ${issue.issues.map((inner) => inner.message).join('; ')}`;
    default:
      return `${where} is ${describeValue(input)}: ${issue.message.replace(/^Invalid input: /, '')}`;
  }
}

function formatPath(path: PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** zod's name of an expected type, as a user reads JSON: a zod `record` is an object. */
function article(type: string): string {
  const name = type === 'record' ? 'object' : type;
  return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

function quoteList(items: readonly string[]): string {
  return items.map((item) => `"${item}"`).join(', ');
}
