import type { HandoffDocument, LedgerEntry } from '@baton/relay';

/** The trailers of the documented data-processing phase: Gemini working from handoff 002. */
export const geminiPhase = {
  phase: 'data-processing',
  model: 'google/gemini-2.5-pro',
  handoff: 'packages/analytics/handoffs/002-architecture-to-data-processing.md',
};

/** The trailers of the documented tests phase: Claude working from handoff 004. */
export const claudePhase = (model: string) => ({
  phase: 'tests',
  model,
  handoff: 'packages/analytics/handoffs/004-security-review-to-tests.md',
});

/** One successful architecture run in the ledger; a test overrides what it asserts on. */
export function sampleRun(overrides: Partial<LedgerEntry> = {}): LedgerEntry {
  return {
    time: '2026-11-26T10:00:00.000Z',
    feature: 'analytics',
    project: '@acme/analytics',
    phase: 'architecture',
    produces: 'report',
    provider: 'openai',
    alias: 'gpt',
    modelRequested: 'gpt-4.1',
    modelReported: 'gpt-4.1',
    fallbackUsed: null,
    inputTokens: 1000,
    outputTokens: 500,
    costUsd: 0.006,
    durationMs: 4000,
    outcome: 'success',
    handoff: 'packages/analytics/handoffs/001-start-to-architecture.md',
    ...overrides,
  };
}

/** The documented example handoff, byte for byte, as a user writes it by hand. */
export const productHandoff = `---
feature: analytics
from: { phase: architecture, model: gpt }
to: { phase: data-processing, model: gemini }
base: 3f2c1e0
created: 2026-11-26T10:00:00Z
---
## Handoff: gpt → gemini
**Feature**: User analytics dashboard
**Completed**: Architecture design, API structure
**Next Phase**: data-processing
**Key Context**:
- Performance requirements: <2s query response time
- Expected data volume: 10M+ records
**Files to Reference**:
- schema.sql
- api-routes.ts (structure only)
`;

/**
 * The body of the dashboard's first handoff, to data-processing, as `nx g handoff --to
 * data-processing --completed 'Architecture design, API structure'` writes it: a blank line after
 * each heading and each list, the key context and the files one a line.
 */
export function firstHandoffBody(keyContext: readonly string[], files: readonly string[]): string {
  const list = (items: readonly string[]) =>
    items.length === 0 ? [] : [...items.map((item) => `- ${item}`), ''];
  return [
    '',
    '## Handoff: human → gemini',
    '',
    '**Feature**: User analytics dashboard',
    '**Completed**: Architecture design, API structure',
    '**Next Phase**: data-processing',
    '**Key Context**:',
    '',
    ...list(keyContext),
    '**Files to Reference**:',
    '',
    ...list(files),
  ].join('\n');
}

/** The documented example handoff as Baton reads it; a test overrides what it writes differently. */
export function sampleHandoff(overrides: Partial<HandoffDocument> = {}): HandoffDocument {
  return {
    number: 2,
    feature: 'analytics',
    from: { phase: 'architecture', model: 'gpt' },
    to: { phase: 'data-processing', model: 'gemini' },
    base: '3f2c1e0',
    created: '2026-11-26T10:00:00Z',
    featureTitle: 'User analytics dashboard',
    completed: 'Architecture design, API structure',
    nextPhase: 'data-processing',
    keyContext: [
      'Performance requirements: <2s query response time',
      'Expected data volume: 10M+ records',
    ],
    files: [
      { path: 'schema.sql', structureOnly: false },
      { path: 'api-routes.ts', structureOnly: true },
    ],
    ...overrides,
  };
}

/** The collaboration map the tests run: the default map's phases, each model priced as in the list. */
export const sampleMap = {
  models: {
    gpt: { provider: 'openai', model: 'gpt-4.1' },
    claude: { provider: 'anthropic', model: 'claude-sonnet-4-5' },
    gemini: { provider: 'google', model: 'gemini-2.5-pro' },
  },
  phases: {
    architecture: { model: 'gpt', produces: 'report' },
    'data-processing': { model: 'gemini', produces: 'changes' },
    'security-review': { model: 'claude', produces: 'report', fallback: ['gpt'], diff: true },
    tests: { model: 'claude', produces: 'changes', budget: { maxCostUsd: 0.5 } },
  },
  order: ['architecture', 'data-processing', 'security-review', 'tests'],
};

/** A `changes` reply's edit that writes `file` whole, in the edit format the phase asks models for. */
export const writeEdit = (file: string, content: string) =>
  `=== baton:write ${file}\n${content}\n=== baton:end`;

/** The block a phase's reply ends with: the model's draft of the next handoff. */
export const handoffBlock = (draft: object) =>
  `=== baton:handoff\n${JSON.stringify(draft)}\n=== baton:end\n`;

/** A scripted data-processing reply that writes `content` as the analytics project's `src/metrics.ts`. */
export function metricsReply(content: string) {
  return {
    phase: 'data-processing',
    text: writeEdit('packages/analytics/src/metrics.ts', content),
  };
}

/** A reviewer's finding in the structure Baton asks for; a test overrides what it reports differently. */
export function sampleFinding(overrides: object = {}) {
  return {
    file: 'packages/analytics/src/query.ts',
    lines: { start: 2, end: 2 },
    kind: 'injection',
    severity: 'high',
    explanation: 'The range goes into SQL unescaped.',
    fix: 'Bind it as a parameter.',
    ...overrides,
  };
}

/** A reviewer's answer: its prose, then its findings in the fenced JSON block Baton asks for. */
export const reviewAnswer = (prose: string, findings: object[]) =>
  `${prose}\n\n\`\`\`json\n${JSON.stringify({ findings })}\n\`\`\`\n`;
