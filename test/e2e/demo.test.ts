import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolder } from '@baton/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runDemo, type DemoResult } from '../../tools/demo/relay';
import { e2eEnv } from '../../tools/workspace/template';

const project = 'packages/analytics';
const branches = [
  'feature/analytics-gpt-architecture',
  'feature/analytics-gemini-data-processing',
  'feature/analytics-claude-security-review',
  'feature/analytics-claude-tests',
];

describe('npm run demo, with no keys set', () => {
  let demo: DemoResult;
  let output = '';
  const parent = tempFolder('baton-demo-test-');
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: demo.workspace, encoding: 'utf8' }).trim();
  const read = (path: string) => readFileSync(join(demo.workspace, path), 'utf8');

  beforeAll(async () => {
    try {
      demo = await runDemo({
        template: inject('workspaceTemplate'),
        out: { write: (text) => void (output += text) },
        env: e2eEnv(),
        parent: parent.root,
      });
    } catch (error) {
      throw new Error(`${(error as Error).message}\n\nThe demo printed:\n${output.slice(-6000)}`);
    }
  });
  afterAll(() => parent.dispose());

  it('says plainly, at the start and at the end, that the answers are scripted', () => {
    expect(demo.mode).toBe('scripted');
    const start = output.indexOf(
      'SCRIPTED ANSWERS: OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY are not set',
    );
    const firstCommand = output.indexOf('$ npx nx g @baton/nx:init');
    const merge = output.indexOf('$ git merge --no-ff feature/analytics-claude-tests');
    const end = output.lastIndexOf('The answers above were SCRIPTED');
    expect(start).toBeGreaterThanOrEqual(0);
    expect(start).toBeLessThan(firstCommand);
    expect(end).toBeGreaterThan(merge);
  });

  it('narrates each command before it runs, as a user would type it: one relay command, then gate by gate', () => {
    expect(output).toContain(
      "$ npx nx g handoff --project analytics --goal 'User analytics dashboard:",
    );
    expect(output).toContain(
      "--criteria 'Metrics, trends and export answer in under 2s over 10M+ events'",
    );
    const oneCommand = output.indexOf('$ npx nx run analytics:relay --no-gates');
    const gateByGate = output.indexOf('THE RELAY GATE BY GATE');
    expect(oneCommand).toBeGreaterThanOrEqual(0);
    expect(gateByGate).toBeGreaterThan(oneCommand);
    const byHand = output.slice(gateByGate);
    expect(byHand.split('$ npx nx run analytics:relay\n')).toHaveLength(5);
    expect(byHand).toContain(`$ $EDITOR ${project}/handoffs/004-security-review-to-tests.md`);
    expect(output).not.toContain('$ npx nx g phase-branch');
    for (const phase of ['architecture', 'data-processing', 'security-review']) {
      expect(byHand).toContain(`── ${phase} is done:`);
    }
    expect(byHand).toContain('Go on:                     nx run analytics:relay');
    expect(byHand).toContain('The relay is done');
  });

  it('keeps the handoff the model drafted, and the line the person added at a gate as theirs', () => {
    const tests = read(`${project}/handoffs/004-security-review-to-tests.md`);
    expect(tests).toContain('drafted:\n  by: claude');
    expect(tests).toContain('- Test runner: node:test and node:assert, no new dependencies');
    expect(git('log', '--format=%s', 'feature/analytics-claude-tests')).toContain(
      'Edit the handoff to tests',
    );
  });

  it('gives each model its own branch, each started from the previous phase', () => {
    expect(
      git('branch', '--list', 'feature/*', '--format=%(refname:short)').split('\n').sort(),
    ).toEqual([...branches].sort());
    for (const [previous, next] of branches
      .slice(0, -1)
      .map((name, i) => [name, branches[i + 1]!])) {
      expect(() => git('merge-base', '--is-ancestor', previous!, next!)).not.toThrow();
    }
  });

  it('writes the handoffs and the two report phases’ reports, with the model that answered', () => {
    for (const file of [
      'FEATURE.md',
      '001-start-to-architecture.md',
      '002-architecture-to-data-processing.md',
      '003-data-processing-to-security-review.md',
      '004-security-review-to-tests.md',
    ]) {
      expect(existsSync(join(demo.workspace, project, 'handoffs', file)), file).toBe(true);
    }
    const handoff = read(`${project}/handoffs/002-architecture-to-data-processing.md`);
    expect(handoff).toContain('## Handoff: gpt → gemini');
    expect(handoff).toContain('- src/api-routes.ts (structure only)');
    expect(handoff).toContain('- Expected data volume: 10M+ records');
    expect(handoff).toContain('drafted:\n  by: gpt');

    const architecture = read(`${project}/handoffs/reports/001-architecture.md`);
    expect(architecture).toContain('reported: gpt-4.1-2025-04-14');
    expect(architecture).toContain('# Architecture: user analytics dashboard');
    const review = read(`${project}/handoffs/reports/003-security-review.md`);
    // Claude and GPT reviewed at once; the report is written from both, by agreement.
    expect(review).toContain('modelReported: claude-sonnet-4-6');
    expect(review).toContain('modelReported: gpt-4.1-2025-04-14');
    expect(review).toContain('**High: unvalidated date range**');
    expect(review).toContain('# security-review: 5 findings from 2 reviewers');
    expect(review).toContain('## Found by 2 of 2 reviewers');
    expect(review).toMatch(
      /### 1\. high · input-validation · `packages\/analytics\/src\/api-routes\.ts` lines 84-92/,
    );
    expect(review).toContain('Found by claude, gpt (2 of 2 agree).');
    expect(review).toContain('## Found by 1 of 2 reviewers');
  });

  it('names the second reviewer in one line of the map, and shows both at the gate', () => {
    expect(output).toContain('$ $EDITOR nx.json');
    const diff = output.slice(output.indexOf('$ git diff -- nx.json'));
    expect(diff).toMatch(/^-\s+"fallback": \["gpt"\],$/m);
    expect(diff).toMatch(/^\+\s+"models": \["claude", "gpt"\],$/m);
    const byHand = output.slice(output.indexOf('THE RELAY GATE BY GATE'));
    const gate = byHand.slice(byHand.indexOf('── security-review is done:'));
    expect(gate).toMatch(
      /^── security-review is done: claude \(anthropic\/claude-sonnet-4-6\), gpt \(openai\/gpt-4\.1-2025-04-14\)/,
    );
    expect(gate).toMatch(/Cost: +\$0\.\d{4} \(claude \$0\.\d{4}, gpt \$0\.\d{4}; /);
    expect(gate).toContain('Findings:  5 findings');
    expect(gate).toMatch(
      /- 2\/2 agree \(claude, gpt\): high input-validation, packages\/analytics\/src\/api-routes\.ts lines 84-92/,
    );
    expect(gate).toMatch(/- 1\/2 agree \(claude\): medium access-control/);
    // Claude, the map's first reviewer, drafted the handoff to the tests from its answer.
    expect(gate).toContain('drafted by claude, the model that finished security-review');
  });

  it("commits the models' code on their branches with the AI trailers", () => {
    const trailers = (branch: string) =>
      git('log', '-1', '--format=%(trailers:only,unfold)', branch).split('\n').filter(Boolean);
    expect(trailers('feature/analytics-gemini-data-processing^')).toEqual([
      'AI-Phase: data-processing',
      'AI-Model: google/gemini-2.5-pro',
      `AI-Handoff: ${project}/handoffs/002-architecture-to-data-processing.md`,
    ]);
    expect(trailers('feature/analytics-claude-tests^')).toEqual([
      'AI-Phase: tests',
      'AI-Model: anthropic/claude-sonnet-4-6',
      `AI-Handoff: ${project}/handoffs/004-security-review-to-tests.md`,
    ]);
    expect(
      git('show', '--name-only', '--format=', 'feature/analytics-claude-tests^').split('\n'),
    ).toContain(`${project}/src/validate-date-range.test.ts`);
    expect(read(`${project}/src/aggregate.ts`)).toContain(
      'export async function aggregateUserMetrics(',
    );
  });

  it('merges the last phase branch into main through the pre-merge gate', () => {
    expect(git('log', '-1', '--format=%s', 'main')).toBe('Merge the analytics dashboard');
    expect(git('log', '-1', '--format=%P', 'main').split(' ')).toHaveLength(2);
    expect(git('rev-parse', 'main^2')).toBe(git('rev-parse', 'feature/analytics-claude-tests'));
    expect(git('branch', '--show-current')).toBe('main');
    // The pre-merge-commit hook's `baton check` printed its verdict during the merge.
    const merge = output.slice(output.indexOf('$ git merge --no-ff'));
    expect(merge).toMatch(/baton check passed/);
  });

  it('leaves main compiling, with the tests Claude wrote passing', () => {
    const run = output.slice(output.indexOf('$ npx nx run analytics:test'));
    expect(run).toContain('tsc --build tsconfig.spec.json && node --test');
    expect(run).toMatch(/ℹ pass 14\n/);
    expect(run).toContain('ℹ fail 0');
  });

  it('sent each phase to the model the map assigns, with its context, once per relay', () => {
    const calls = demo.requests.map((request) => [
      request.phase,
      request.provider,
      request.model,
      request.status,
    ]);
    // The two reviewers are asked at once: either may be logged first.
    const inOrder = (relay: typeof calls) => [
      ...relay.slice(0, 2),
      ...relay.slice(2, 4).sort(),
      ...relay.slice(4),
    ];
    const relay = [
      ['architecture', 'openai', 'gpt-4.1', 200],
      ['data-processing', 'google', 'gemini-2.5-pro', 200],
      ['security-review', 'anthropic', 'claude-sonnet-4-6', 200],
      ['security-review', 'openai', 'gpt-4.1', 200],
      ['tests', 'anthropic', 'claude-sonnet-4-6', 200],
    ];
    expect(calls).toHaveLength(10);
    expect(inOrder(calls.slice(0, 5))).toEqual(relay);
    expect(inOrder(calls.slice(5))).toEqual(relay);
    const sent = demo.requests.slice(5).map((request) => JSON.stringify(request.body));
    expect(sent[1]).toContain('Expected data volume: 10M+ records');
    expect(sent[1]).toContain('src/api-routes.ts (structure only');
    // Each reviewer reads what Gemini wrote, as a diff.
    for (const index of [2, 3]) {
      expect(
        sent[index]!.includes('+export async function aggregateUserMetrics('),
        "the security review's requests carry the diff of Gemini's commit",
      ).toBe(true);
    }
    expect(sent[4]).toContain('Test runner: node:test and node:assert, no new dependencies');
    expect(readFileSync(demo.requestLog!, 'utf8').trim().split('\n')).toHaveLength(10);
  });

  it('ends with the ledger and the commands to look around', () => {
    const ledger = read(`${project}/handoffs/ledger.jsonl`)
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { phase: string; alias: string; outcome: string });
    expect(ledger.map((line) => [line.phase, line.alias, line.outcome])).toEqual([
      ['architecture', 'gpt', 'success'],
      ['data-processing', 'gemini', 'success'],
      ['security-review', 'claude', 'success'],
      ['security-review', 'gpt', 'success'],
      ['tests', 'claude', 'success'],
    ]);
    const end = output.slice(output.lastIndexOf('$ npx baton ledger'));
    expect(end).toMatch(/analytics\s+data-processing\s+google\/gemini-2\.5-pro\s+1\s/);
    // Both reviewers' costs.
    expect(end).toMatch(
      /analytics\s+security-review\s+anthropic\/claude-sonnet-4-6\s+1\s.*\$0\.\d{4}/,
    );
    expect(end).toMatch(
      /analytics\s+security-review\s+openai\/gpt-4\.1-2025-04-14\s+1\s.*\$0\.\d{4}/,
    );
    expect(end).toContain(`cd ${demo.workspace}`);
    expect(end).toContain('npx baton blame');
    expect(end).toContain('npx baton report');
  });
});
