import {
  contentHash,
  emulatorForTests,
  handoffBlock,
  reviewAnswer,
  sampleFinding,
} from '@baton/testing';
import { chmodSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { plainCommands, type Commands } from '@baton/errors';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PhaseWorkspace, testMap } from '../phase/__fixtures__/phase-workspace';
import { NotAGitRepositoryError, RelayDirtyTreeError, UnknownPhaseError } from '../errors';
import { parseHandoff, renderFeature, renderHandoff } from '../feature';
import { commitPhaseTrailers } from '../provenance';
import { conductRelay, type RelayOptions } from './relay';
import { featureStatus, renderStatus } from './status';

// The commands as a host spells them (the Nx plugin's, in packages/nx/src/errors.ts).
const nxCommands: Commands = {
  ...plainCommands,
  runPhase: (project = '<project>', phase = '<phase>', flags) =>
    `\`nx run ${project}:${phase}${flags ? ` ${flags}` : ''}\``,
  runRelay: (project, flags) => `\`nx run ${project}:relay${flags ? ` ${flags}` : ''}\``,
};

const emulator = emulatorForTests();

const architectureReply =
  '## Plan\n\n- One aggregation query per request.\n\n' +
  handoffBlock({
    completed: 'Architecture: one aggregation query, three routes',
    keyContext: ['Query budget: one GROUP BY per request'],
    files: [{ path: 'src/index.ts', structureOnly: true }],
    openDecisions: ['Whether exports stream or buffer'],
    criteria: { met: [1], open: [2] },
  });
const dataReply =
  '=== baton:message\nAggregate user activity\n=== baton:end\n' +
  '=== baton:write packages/analytics/src/aggregate.ts\nexport const aggregate = (rows: number[]) => rows.length;\n=== baton:end\n' +
  handoffBlock({
    completed: 'Aggregation written',
    keyContext: ['Entry point: aggregate(rows)'],
    files: [{ path: 'src/aggregate.ts', structureOnly: false }],
    openDecisions: [],
    criteria: { met: [2], open: [] },
  });
const reviewReply = '## Findings\n\n- `src/aggregate.ts`: rows are not validated.\n';
const testsReply =
  '=== baton:write packages/analytics/src/aggregate.test.ts\nexport const checked = true;\n=== baton:end\n';

describe('conductRelay', () => {
  let ws: PhaseWorkspace;
  let output: string;
  const relay = (extra: Partial<RelayOptions> = {}) =>
    conductRelay({
      workspaceRoot: ws.root,
      project: '@ws/analytics',
      projectRoot: ws.projectRoot,
      map: ws.map(),
      commands: nxCommands,
      env: emulator.env,
      out: { write: (text) => (output += text) },
      ...extra,
    });
  const phasesAsked = () => emulator.requests.map((request) => request.phase);
  const handoffs = 'packages/analytics/handoffs';

  beforeEach(() => {
    ws = new PhaseWorkspace();
    ws.write(
      `${handoffs}/FEATURE.md`,
      renderFeature({
        title: 'User analytics dashboard',
        vision: 'Activity metrics for the admin dashboard.',
        criteria: ['Queries answer in under 2s', 'Metrics aggregate in the database'],
      }),
    );
    ws.commitAll('Add acceptance criteria');
    // The first handoff as `nx g handoff` leaves it: written, not committed.
    ws.write(
      `${handoffs}/001-start-to-architecture.md`,
      renderHandoff({
        number: 1,
        feature: 'analytics',
        from: { phase: 'start', model: 'human' },
        to: { phase: 'architecture', model: 'gpt' },
        base: ws.git('rev-parse', '--short', 'HEAD'),
        created: '2026-11-29T10:00:00Z',
        featureTitle: 'User analytics dashboard',
        completed: "The feature's goal (handoffs/FEATURE.md)",
        nextPhase: 'architecture',
        keyContext: ['Performance: <2s query response'],
        files: [],
      }),
    );
    output = '';
    emulator.requests.length = 0;
    emulator.setScript({
      replies: [
        { phase: 'architecture', text: architectureReply },
        { phase: 'data-processing', text: dataReply },
        { phase: 'security-review', text: reviewReply },
        { phase: 'tests', text: testsReply },
      ],
    });
  });
  afterEach(() => ws.dispose());

  it('runs the next phase, commits its report with the trailers, drafts the next handoff and stops at the gate', async () => {
    const outcome = await relay();

    expect(outcome).toEqual({
      kind: 'gate',
      phase: 'architecture',
      reason: 'gate',
      next: 'data-processing',
    });
    expect(phasesAsked()).toEqual(['architecture']);
    expect(ws.git('branch', '--show-current')).toBe('feature/analytics-gpt-architecture');
    expect(ws.git('status', '--porcelain')).toBe('');
    expect(ws.git('log', '--format=%s', 'main..HEAD').split('\n')).toEqual([
      'Hand analytics to data-processing',
      'Record the architecture report for analytics',
      'Hand analytics to architecture',
    ]);
    expect(await commitPhaseTrailers(ws.root, 'HEAD~1')).toEqual({
      phase: 'architecture',
      model: 'openai/gpt-4.1-2025-04-14',
      handoff: `${handoffs}/001-start-to-architecture.md`,
    });
    expect(ws.read(`${handoffs}/reports/001-architecture.md`)).not.toContain('baton:handoff');

    const next = parseHandoff(
      ws.read(`${handoffs}/002-architecture-to-data-processing.md`),
      '002-architecture-to-data-processing.md',
    );
    expect(next.completed).toBe('Architecture: one aggregation query, three routes');
    expect(next.keyContext).toEqual([
      'Performance: <2s query response',
      'Query budget: one GROUP BY per request',
    ]);
    expect(next.files).toEqual([
      { path: 'src/index.ts', structureOnly: true },
      { path: 'handoffs/reports/001-architecture.md', structureOnly: false },
    ]);
    expect(next.notes).toContain('- Whether exports stream or buffer');
    expect(next.drafted).toEqual({
      by: 'gpt',
      model: ['completed', 'keyContext.1', 'files.0', 'notes'],
    });
    expect(ws.ledger()[0]).toMatchObject({ criteria: { met: [1], open: [2] } });

    expect(output).toContain('── architecture is done: gpt (openai/gpt-4.1-2025-04-14)');
    expect(output).toContain('Criteria:  1 of 2 met');
    expect(output).toContain('Go on:                     nx run @ws/analytics:relay');
    expect(output).toContain(
      `Edit the next handoff:     ${handoffs}/002-architecture-to-data-processing.md`,
    );
    expect(output).toContain(
      'Rerun with another model:  nx run @ws/analytics:architecture --model claude',
    );
  });

  it('resumes after a gate without asking again, and keeps a person’s edit of the drafted handoff as theirs', async () => {
    await relay();
    const path = `${handoffs}/002-architecture-to-data-processing.md`;
    ws.write(
      path,
      ws
        .read(path)
        .replace('Query budget: one GROUP BY per request', 'Query budget: two queries at most'),
    );

    const outcome = await relay();

    expect(outcome).toMatchObject({ kind: 'gate', phase: 'data-processing' });
    expect(phasesAsked()).toEqual(['architecture', 'data-processing']);
    expect(ws.git('branch', '--show-current')).toBe('feature/analytics-gemini-data-processing');
    const edited = parseHandoff(ws.read(path), path);
    expect(edited.keyContext[1]).toBe('Query budget: two queries at most');
    expect(edited.drafted!.model).toEqual(['completed', 'files.0', 'notes']);
    expect(ws.git('log', '--format=%s', '-4').split('\n')).toEqual([
      'Hand analytics to security-review',
      'Record the data-processing run of analytics in the ledger',
      'Aggregate user activity',
      'Edit the handoff to data-processing',
    ]);
    expect(output).toContain('Did:       committed');
    expect(output).toContain('packages/analytics/src/aggregate.ts');
    expect(output).toContain('Criteria:  2 of 2 met');
  });

  it('--no-gates runs every remaining phase, and a required review still stops it', async () => {
    const outcome = await relay({ gates: false });
    expect(outcome).toEqual({ kind: 'done', phase: 'tests' });
    expect(phasesAsked()).toEqual(['architecture', 'data-processing', 'security-review', 'tests']);
    expect(output).toContain('The relay is done');
    const status = await featureStatus(
      ws.root,
      { feature: 'analytics', project: '@ws/analytics', projectRoot: ws.projectRoot },
      ws.map(),
    );
    expect(status.next).toBeNull();
    expect(status.phases.map((phase) => phase.state)).toEqual(['done', 'done', 'done', 'done']);
    expect(status.phases[2]!.findings).toEqual(['`src/aggregate.ts`: rows are not validated.']);

    const reviewed = new PhaseWorkspace({
      ...testMap,
      phases: {
        ...testMap.phases,
        architecture: { model: 'gpt', produces: 'report', review: 'required' },
      },
    });
    try {
      reviewed.write(
        `${handoffs}/001-start-to-architecture.md`,
        ws.read(`${handoffs}/001-start-to-architecture.md`),
      );
      const stopped = await conductRelay({
        workspaceRoot: reviewed.root,
        project: '@ws/analytics',
        projectRoot: reviewed.projectRoot,
        map: reviewed.map(),
        env: emulator.env,
        gates: false,
      });
      expect(stopped).toMatchObject({
        kind: 'gate',
        phase: 'architecture',
        reason: 'review-required',
      });
    } finally {
      reviewed.dispose();
    }
  });

  it('--through stops after the phase named', async () => {
    expect(await relay({ through: 'data-processing' })).toMatchObject({
      kind: 'gate',
      phase: 'data-processing',
      reason: 'through',
    });
    expect(phasesAsked()).toEqual(['architecture', 'data-processing']);

    // A person looks around on main between gates: the relay goes on from its furthest branch.
    ws.git('switch', '-q', 'main');
    expect(await relay()).toMatchObject({ kind: 'gate', phase: 'security-review' });
    expect(output).toContain(
      'Switched to feature/analytics-gemini-data-processing, where the relay stopped.',
    );
    expect(phasesAsked()).toEqual(['architecture', 'data-processing', 'security-review']);
  });

  it('with two reviewers, shows each at the gate, lists findings by agreement, and the first that answered drafts the next handoff', async () => {
    const nxJson = JSON.parse(ws.read('nx.json')) as { plugins: [{ options: typeof testMap }] };
    nxJson.plugins[0].options.phases['security-review'] = {
      model: 'claude',
      models: ['claude', 'gpt'],
      produces: 'report',
      diff: true,
    } as never;
    ws.write('nx.json', `${JSON.stringify(nxJson, null, 2)}\n`);
    ws.git('add', 'nx.json');
    ws.git('commit', '-q', '--no-verify', '-m', 'Review security with Claude and GPT');
    const finding = sampleFinding({
      file: 'packages/analytics/src/aggregate.ts',
      lines: { start: 1, end: 1 },
      kind: 'input-validation',
      explanation: 'Rows are not validated.',
      fix: 'Check the rows.',
    });
    const review = (findings: object[], keyContext: string) =>
      reviewAnswer('Reviewed.', findings) +
      handoffBlock({
        completed: 'Security review',
        keyContext: [keyContext],
        files: [{ path: 'src/aggregate.ts', structureOnly: false }],
        openDecisions: [],
      });
    emulator.setScript({
      replies: [
        { phase: 'architecture', text: architectureReply },
        { phase: 'data-processing', text: dataReply },
        {
          phase: 'security-review',
          provider: 'anthropic',
          text: review(
            [finding, { ...finding, kind: 'injection', severity: 'low' }],
            'From Claude: validate rows',
          ),
        },
        {
          phase: 'security-review',
          provider: 'openai',
          text: review([finding], 'From GPT: validate rows'),
        },
      ],
    });
    await relay({ through: 'data-processing' });
    output = '';
    expect(await relay()).toMatchObject({ kind: 'gate', phase: 'security-review' });

    const gate = output.slice(output.indexOf('── security-review is done:'));
    expect(gate).toMatch(
      /^── security-review is done: claude \(anthropic\/[^)]+\), gpt \(openai\/[^)]+\)/,
    );
    expect(gate).toMatch(/Cost: +\$\d\.\d{4} \(claude \$\d\.\d{4}, gpt \$\d\.\d{4}; /);
    expect(gate).toContain('Findings:  2 findings');
    expect(gate).toContain(
      '- 2/2 agree (claude, gpt): high input-validation, packages/analytics/src/aggregate.ts line 1',
    );
    expect(gate).toContain('- 1/2 agree (claude): low injection');
    expect(gate).toContain('drafted by claude, the model that finished security-review');
    const next = ws.read(`${handoffs}/004-security-review-to-tests.md`);
    expect(next).toContain('From Claude: validate rows');
    expect(next).not.toContain('From GPT');
    // Both reviewers' lines are committed with the report.
    expect(
      ws
        .ledger()
        .filter((line) => line['phase'] === 'security-review')
        .map((line) => line['alias']),
    ).toEqual(['claude', 'gpt']);
    expect(ws.git('status', '--porcelain')).toBe('');
  });

  it('says at the gate and in the status which files were sent structure only to fit the context window', async () => {
    // Approximated at 4 characters a token: large.ts (about 7,500 tokens) cannot go whole into a
    // window that keeps 8,192 for the answer and 6,000 for the rest; small.ts can.
    const functions = (marker: string, count: number) =>
      Array.from(
        { length: count },
        (_, i) => `export function ${marker}${i}(): string {\n  return '${'z'.repeat(60)}';\n}\n`,
      ).join('');
    const nxJson = JSON.parse(ws.read('nx.json')) as { plugins: [{ options: typeof testMap }] };
    nxJson.plugins[0].options.models.gpt = {
      provider: 'openai-compatible',
      model: 'llama',
      baseUrl: emulator.env['OPENAI_BASE_URL'],
      apiKeyEnv: 'OPENAI_API_KEY',
      contextWindow: 8_192 + 6_000,
    } as never;
    ws.write('nx.json', `${JSON.stringify(nxJson, null, 2)}\n`);
    ws.write('packages/analytics/src/large.ts', functions('large', 300));
    ws.write('packages/analytics/src/small.ts', functions('small', 20));
    const first = `${handoffs}/001-start-to-architecture.md`;
    ws.write(
      first,
      renderHandoff({
        ...parseHandoff(ws.read(first), first),
        files: [
          { path: 'src/large.ts', structureOnly: false },
          { path: 'src/small.ts', structureOnly: false },
        ],
      }),
    );
    ws.commitAll('Reference large.ts and small.ts, on a model with a small window');

    expect(await relay()).toMatchObject({ kind: 'gate', phase: 'architecture' });
    expect(output).toContain(
      'Fitted:    1 file sent structure only (were whole) to fit the context window:\n' +
        '           - packages/analytics/src/large.ts\n',
    );
    const status = await featureStatus(
      ws.root,
      { feature: 'analytics', project: '@ws/analytics', projectRoot: ws.projectRoot },
      ws.map(),
    );
    expect(status.phases.map((phase) => phase.fitted)).toEqual([
      ['packages/analytics/src/large.ts'],
      [],
      [],
      [],
    ]);
    expect(renderStatus(status)).toContain(
      'Fitted to the context window: architecture sent 1 file structure only.',
    );
  });

  it('after a provider fault, leaves every file as it was, and the next relay pays for nothing twice', async () => {
    await relay();
    emulator.setScript({
      replies: [{ phase: 'data-processing', text: dataReply }],
      faults: [{ phase: 'data-processing', fault: 'unauthorized', times: 'always' }],
    });
    const before = contentHash(ws);
    await expect(relay()).rejects.toThrow(/401|unauthori[sz]ed|key/i);
    expect(contentHash(ws)).toBe(before);
    expect(ws.exists('packages/analytics/src/aggregate.ts')).toBe(false);
    expect(ws.ledger().at(-1)).toMatchObject({ phase: 'data-processing', outcome: 'failure' });
    expect(output).toContain('`nx run @ws/analytics:relay` goes on from data-processing');

    emulator.setScript({ replies: [{ phase: 'data-processing', text: dataReply }] });
    emulator.requests.length = 0;
    await relay();
    expect(phasesAsked()).toEqual(['data-processing']);
  });

  it('after Ctrl-C during a phase, undoes it, and the next relay runs it again', async () => {
    await relay();
    emulator.setScript({
      replies: [{ phase: 'data-processing', text: dataReply }],
      faults: [{ phase: 'data-processing', fault: 'stall', at: 'start' }],
      stallMs: 30_000,
    });
    const before = contentHash(ws);
    const controller = new AbortController();
    const stopped = relay({ signal: controller.signal });
    setTimeout(() => controller.abort(new Error('Interrupted (Ctrl-C)')), 500);
    await expect(stopped).rejects.toThrow();
    expect(contentHash(ws)).toBe(before);
    expect(ws.ledger().at(-1)).toMatchObject({ phase: 'data-processing', outcome: 'failure' });

    emulator.setScript({ replies: [{ phase: 'data-processing', text: dataReply }] });
    emulator.requests.length = 0;
    expect(await relay()).toMatchObject({ kind: 'gate', phase: 'data-processing' });
    expect(phasesAsked()).toEqual(['data-processing']);
  });

  it('after a budget refusal, sends nothing, and goes on once the budget is raised', async () => {
    const nxJson = JSON.parse(ws.read('nx.json')) as { plugins: [{ options: typeof testMap }] };
    const map = nxJson.plugins[0].options;
    map.phases.architecture = {
      ...map.phases.architecture,
      budget: { maxInputTokens: 10 },
    } as never;
    ws.write('nx.json', `${JSON.stringify(nxJson, null, 2)}\n`);
    ws.git('add', 'nx.json');
    ws.git('commit', '-q', '--no-verify', '-m', 'Cap the architecture input');
    await expect(relay()).rejects.toThrow(/maxInputTokens/);
    expect(emulator.requests).toEqual([]);

    map.phases.architecture = { model: 'gpt', produces: 'report' };
    ws.write('nx.json', `${JSON.stringify(nxJson, null, 2)}\n`);
    ws.git('add', 'nx.json');
    ws.git('commit', '-q', '--no-verify', '-m', 'Lift the cap');
    expect(await relay()).toMatchObject({ kind: 'gate', phase: 'architecture' });
    expect(phasesAsked()).toEqual(['architecture']);
  });

  it('refuses a --through that names no phase, its fix naming --through, and asks nothing', async () => {
    const error = await relay({ through: 'deploy' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnknownPhaseError);
    expect((error as Error).message).toContain('(e.g. `--through architecture`)');
    expect(emulator.requests).toEqual([]);
  });

  it('outside a git repository, says so in the relay and the status instead of failing in git', async () => {
    rmSync(join(ws.root, '.git'), { recursive: true, force: true });
    const feature = { feature: 'analytics', project: '@ws/analytics', projectRoot: ws.projectRoot };
    for (const attempt of [relay, () => featureStatus(ws.root, feature, ws.map())]) {
      const error = await attempt().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(NotAGitRepositoryError);
      expect((error as Error).message).toContain('git init && git add -A && git commit');
    }
    expect(emulator.requests).toEqual([]);
  });

  it('refuses a tree with changes that are not Baton’s own, naming them, and changes nothing', async () => {
    ws.write('packages/analytics/src/index.ts', 'export const analytics = false;\n');
    ws.write('notes.txt', 'mine\n');
    const before = ws.treeHash();
    const error = await relay().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RelayDirtyTreeError);
    expect((error as Error).message).toContain('packages/analytics/src/index.ts, notes.txt');
    expect(ws.treeHash()).toBe(before);
    expect(emulator.requests).toEqual([]);
  });

  it('falls back to the git-derived draft when the model’s handoff block fails validation, and says so', async () => {
    emulator.setScript({
      replies: [
        {
          phase: 'architecture',
          text: '## Plan\n\n' + handoffBlock({ completed: 'Done', keyContext: ['no key here'] }),
        },
      ],
    });
    await relay();
    const next = parseHandoff(
      ws.read(`${handoffs}/002-architecture-to-data-processing.md`),
      '002-architecture-to-data-processing.md',
    );
    expect(next.drafted).toBeUndefined();
    expect(next.completed).toMatch(/^architecture/);
    expect(output).toContain(
      'The model\'s handoff was not used (its handoff block is not valid: keyContext.0 must be "Key: value")',
    );
    expect(output).toContain('drafted from git');
  });

  it('sets BATON_PHASE on the commits of a phase, so the commit-msg hook holds them to the trailers', async () => {
    ws.write(
      '.git/hooks/commit-msg',
      '#!/bin/sh\necho "${BATON_PHASE:-person}" >> "$(git rev-parse --git-dir)/phases.log"\n',
    );
    chmodSync(ws.path('.git/hooks/commit-msg'), 0o755);
    await relay({ through: 'data-processing' });
    expect(ws.read('.git/phases.log').trim().split('\n')).toEqual([
      'person',
      'architecture',
      'person',
      'data-processing',
      'data-processing',
      'person',
    ]);
  });
});
