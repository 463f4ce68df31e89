import { problemsThrown } from '@baton/testing';
import { describe, expect, it } from 'vitest';
import { CollaborationMapError, UnknownModelError, UnknownPhaseError } from '../errors';
import {
  defaultCollaborationMap,
  modelEntry,
  nextPhase,
  parseCollaborationMap,
  phaseModel,
  phaseReviewers,
  previousPhase,
  type CollaborationMap,
} from './map';

/** The documented example map, as a user would paste it into nx.json. */
const productExample = JSON.parse(`{
  "models": {
    "gpt": { "provider": "openai", "model": "gpt-4.1" },
    "claude": { "provider": "anthropic", "model": "claude-sonnet-4-5" },
    "gemini": { "provider": "google", "model": "gemini-2.5-pro" },
    "local": { "provider": "openai-compatible", "model": "qwen2.5-coder", "baseUrl": "http://127.0.0.1:11434/v1" }
  },
  "phases": {
    "architecture": { "model": "gpt", "produces": "report" },
    "data-processing": { "model": "gemini", "produces": "changes" },
    "security-review": { "model": "claude", "produces": "report", "fallback": ["gpt"] },
    "tests": { "model": "claude", "produces": "changes", "budget": { "maxCostUsd": 0.5 } }
  },
  "order": ["architecture", "data-processing", "security-review", "tests"]
}`) as CollaborationMap;

const withPhases = (phases: object) => ({
  ...productExample,
  phases: { ...productExample.phases, ...phases },
});
const withModels = (models: object) => ({
  ...productExample,
  models: { ...productExample.models, ...models },
});
/** The example's security review by Claude, with `entry` on top. */
const claudeReview = (entry: object) => ({ model: 'claude', produces: 'report', ...entry });
const problemsOf = (options: unknown) =>
  problemsThrown(() => parseCollaborationMap(options, 'nx.json'), CollaborationMapError);

describe('parseCollaborationMap', () => {
  it('accepts the documented example map as written', () => {
    expect(parseCollaborationMap(productExample)).toEqual(productExample);
  });

  it('is the default map when the options are empty or absent', () => {
    expect(parseCollaborationMap(undefined)).toEqual(defaultCollaborationMap);
    expect(parseCollaborationMap({})).toEqual(defaultCollaborationMap);
  });

  it('the default map is the documented example plus instructions and a diff for the review', () => {
    const { phases, ...rest } = defaultCollaborationMap;
    const { phases: examplePhases, ...exampleRest } = productExample;
    // The one departure: Claude's default moves off claude-sonnet-4-5, at end-of-life on 2026-11-30.
    expect(rest).toEqual({
      ...exampleRest,
      models: {
        ...exampleRest.models,
        claude: { provider: 'anthropic', model: 'claude-sonnet-4-6' },
      },
    });
    for (const [phase, entry] of Object.entries(phases)) {
      const { instructions, diff, ...plain } = entry;
      expect(plain).toEqual(examplePhases[phase as keyof typeof examplePhases]);
      expect(instructions?.length).toBeGreaterThan(20);
      expect(diff).toBe(phase === 'security-review' ? true : undefined);
    }
  });

  it('takes order from the phases as written when it is left out', () => {
    const map = parseCollaborationMap({
      phases: {
        plan: { model: 'gpt', produces: 'report' },
        build: { model: 'gemini', produces: 'changes' },
      },
    });
    expect(map.order).toEqual(['plan', 'build']);
    expect(map.models).toEqual(defaultCollaborationMap.models);
  });

  it('names the path, what was found and the aliases for an unknown model', () => {
    const problems = problemsOf(withPhases({ tests: { model: 'claud', produces: 'changes' } }));
    expect(problems).toEqual([
      'phases.tests.model is "claud", which is not a model alias; aliases: gpt, claude, gemini, local',
    ]);
  });

  it('says which fallback alias is unknown', () => {
    const problems = problemsOf(
      withPhases({
        'security-review': claudeReview({ fallback: ['gpt', 'llama'] }),
      }),
    );
    expect(problems[0]).toBe(
      'phases.security-review.fallback[1] is "llama", which is not a model alias; aliases: gpt, claude, gemini, local',
    );
  });

  it('takes several reviewers for a report phase, the assigned model first', () => {
    const map = parseCollaborationMap(
      withPhases({
        'security-review': claudeReview({ models: ['claude', 'gpt', 'gemini'], required: 'all' }),
      }),
    );
    expect(phaseReviewers(map.phases['security-review']!)).toEqual(['claude', 'gpt', 'gemini']);
    expect(phaseReviewers(map.phases['architecture']!)).toEqual(['gpt']);
  });

  it('says what is wrong with a list of reviewers', () => {
    const problems = problemsOf(
      withPhases({
        'security-review': claudeReview({ models: ['gpt', 'llama', 'gpt'], fallback: ['gpt'] }),
        tests: { model: 'claude', models: ['gpt'], produces: 'changes' },
        architecture: { model: 'gpt', produces: 'report', required: 'all' },
      }),
    );
    expect(problems).toEqual([
      'phases.architecture.required is set, but the phase has one reviewer; add "models" beside "model", or remove "required"',
      'phases.security-review.fallback is set with "models": each reviewer answers for itself; remove "fallback", or list the model in "models"',
      'phases.security-review.models[1] is "llama", which is not a model alias; aliases: gpt, claude, gemini, local',
      'phases.security-review.models[2] repeats "gpt"; each reviewer appears once',
      'phases.tests.models is set, but only a "report" phase can have several reviewers; remove "models" or set "produces": "report"',
    ]);
    expect(
      problemsOf(withPhases({ tests: { model: 'claude', produces: 'changes', models: [] } }))[0],
    ).toMatch(/^phases\.tests\.models is \[\]/);
  });

  it('refuses a typo of a key, listing the keys allowed there', () => {
    const problems = problemsOf(
      withPhases({ tests: { model: 'claude', produces: 'changes', bugdet: {} } }),
    );
    expect(problems).toEqual([
      'phases.tests has unknown key "bugdet"; allowed: model, produces, fallback, models, required, instructions, diff, budget, review',
    ]);
    expect(problemsOf({ ...productExample, model: {} })[0]).toBe(
      'the map has unknown key "model"; allowed: models, phases, order, trailers',
    );
  });

  it('lists the allowed values of an enum and the type expected', () => {
    expect(problemsOf(withModels({ gpt: { provider: 'azure', model: 'x' } }))).toEqual([
      'models.gpt.provider is "azure"; allowed: "openai", "anthropic", "google", "openai-compatible"',
    ]);
    expect(
      problemsOf(
        withPhases({
          tests: { model: 'claude', produces: 'changes', budget: { maxCostUsd: '1' } },
        }),
      ),
    ).toEqual(['phases.tests.budget.maxCostUsd is "1", but must be a number']);
    expect(problemsOf({ ...productExample, models: ['gpt'] })).toContain(
      'models is ["gpt"], but must be an object',
    );
    expect(problemsOf(withPhases({ tests: { model: 'claude' } }))).toEqual([
      'phases.tests.produces is missing; allowed: "report", "changes"',
    ]);
  });

  it('needs every phase in order exactly once', () => {
    const problems = problemsOf({
      ...productExample,
      order: ['architecture', 'architecture', 'deploy', 'tests'],
    });
    expect(problems).toEqual([
      'order[1] repeats "architecture"; each phase must appear exactly once',
      'order[2] is "deploy", which is not a phase; phases: architecture, data-processing, security-review, tests',
      'order leaves out "data-processing", "security-review"; it must list every phase exactly once: architecture, data-processing, security-review, tests',
    ]);
  });

  it('needs a base URL for an openai-compatible model', () => {
    expect(
      problemsOf(withModels({ local: { provider: 'openai-compatible', model: 'qwen' } })),
    ).toEqual([
      'models.local.baseUrl is missing: provider "openai-compatible" needs the server\'s URL, e.g. "http://127.0.0.1:11434/v1"',
    ]);
  });

  it('refuses phase names that cannot name a branch, and the reserved "start"', () => {
    const problems = problemsOf({
      phases: {
        'Data Processing': { model: 'gpt', produces: 'report' },
        start: { model: 'gpt', produces: 'report' },
      },
      order: ['Data Processing', 'start'],
    });
    expect(problems.join('\n')).toContain(
      'phases has the key "Data Processing", which must be lower-case words',
    );
    expect(problems.join('\n')).toContain(
      'phases has the key "start", which is reserved for the feature\'s first handoff',
    );
  });

  it('puts the source, every problem and the fix in one message', () => {
    expect(() => parseCollaborationMap({ order: 'architecture' }, 'nx.json (plugins)')).toThrow(
      'The collaboration map in nx.json (plugins) is not valid: order is "architecture", but must be an array. Fix the options of the collaboration map',
    );
  });
});

describe('phase lookups', () => {
  const map = defaultCollaborationMap;

  it('gives a phase its model with the alias', () => {
    expect(phaseModel(map, 'security-review')).toEqual({
      alias: 'claude',
      provider: 'anthropic',
      model: 'claude-sonnet-4-6',
    });
  });

  it('lists the phases for an unknown one', () => {
    expect(() => phaseModel(map, 'deploy')).toThrow(UnknownPhaseError);
    expect(() => phaseModel(map, 'deploy')).toThrow(
      '"deploy" is not a phase of the collaboration map; its phases are: architecture, data-processing, security-review, tests.',
    );
    expect(() => phaseModel(map, 'toString')).toThrow(UnknownPhaseError);
  });

  it('lists the aliases for an unknown model', () => {
    expect(() => modelEntry(map, 'llama')).toThrow(UnknownModelError);
    expect(() => modelEntry(map, 'llama')).toThrow('its aliases are: gpt, claude, gemini, local');
  });

  it('walks the order', () => {
    expect(nextPhase(map, 'start')).toBe('architecture');
    expect(nextPhase(map, 'architecture')).toBe('data-processing');
    expect(nextPhase(map, 'tests')).toBeNull();
    expect(previousPhase(map, 'architecture')).toBeNull();
    expect(previousPhase(map, 'security-review')).toBe('data-processing');
  });
});
