import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentHash, emulatorForTests, handoffBlock } from '@baton/testing';
import { createWorkspace, type Workspace } from '@baton/testing/workspace';
import { handoffs, nx, registerTestMap } from './phase-workspace';

const plan = '## Plan\n\n- Count events per day in one query.\n';
const dataReply =
  '=== baton:message\nCount events per day\n=== baton:end\n' +
  '=== baton:write packages/analytics/src/count.ts\nexport function countEvents(rows: readonly number[]): number {\n  return rows.length;\n}\n=== baton:end\n' +
  handoffBlock({
    completed: 'Data processing: countEvents in src/count.ts',
    keyContext: ['Entry point: countEvents(rows)'],
    files: [{ path: 'src/count.ts', structureOnly: false }],
    openDecisions: ['Whether to count per hour too'],
    criteria: { met: [1], open: [2] },
  });
const review = '## Findings\n\n- `src/count.ts`: rows are not validated.\n';
const testsReply =
  '=== baton:message\nTest countEvents\n=== baton:end\n' +
  "=== baton:write packages/analytics/src/count.spec.ts\nimport { countEvents } from './count';\n\nexport const counted = countEvents([1, 2]);\n=== baton:end\n";

describe('nx run <feature>:relay', () => {
  const emulator = emulatorForTests();
  const asked = () => emulator.requests.map((request) => request.phase);

  describe('in a workspace with the hooks', () => {
    let ws: Workspace;
    const relay = (...args: string[]) => nx(ws, ['run', 'analytics:relay', ...args], emulator.env);

    beforeAll(() => {
      ws = createWorkspace(inject('workspaceTemplate'));
      const ran = ws.nx(['g', '@baton/nx:init']);
      if (ran.code !== 0) throw new Error(`nx g @baton/nx:init failed:\n${ran.output}`);
      registerTestMap(ws);
      ws.commitAll('Add Baton');
      ws.addLibrary('analytics');
    });
    afterAll(() => ws.dispose());

    it('writes the criteria, stops at the first gate, and falls back to the git draft when the model’s handoff fails validation', async () => {
      const started = ws.generate('handoff', {
        project: 'analytics',
        goal: 'Event counts: per day, for the dashboard',
        criteria: ['Counts per day', 'Rows are validated'],
      });
      expect(started.code, started.output).toBe(0);
      expect(ws.read(`${handoffs}/FEATURE.md`)).toContain(
        '## Acceptance criteria\n\n1. Counts per day\n2. Rows are validated',
      );

      emulator.setScript({
        replies: [
          {
            phase: 'architecture',
            text: `${plan}\n${handoffBlock({ completed: 'Plan', files: [{ path: 'src/missing.ts' }] })}`,
          },
        ],
      });
      const first = await relay();
      expect(first.code, first.output).toBe(0);
      expect(asked()).toEqual(['architecture']);
      expect(first.stdout).toContain('── architecture is done: gpt');
      expect(first.stdout).toContain(
        "The model's handoff was not used (its handoff block names a file it may not",
      );
      expect(first.stdout).toContain('Go on:                     nx run @ws/analytics:relay');
      expect(first.stdout).toContain('Criteria:  0 of 2 met');
      const next = ws.read(`${handoffs}/002-architecture-to-data-processing.md`);
      expect(next).not.toContain('drafted:');
      expect(ws.git('branch', '--show-current')).toBe('feature/analytics-gpt-architecture');
      expect(ws.git('status', '--porcelain')).toBe('');
    });

    it('after a provider fault leaves every file as it was, and the next relay asks no phase twice', async () => {
      emulator.setScript({
        replies: [{ phase: 'data-processing', text: dataReply }],
        faults: [{ phase: 'data-processing', fault: 'unauthorized', times: 'always' }],
      });
      const before = contentHash(ws);
      const failed = await relay();
      expect(failed.code).not.toBe(0);
      expect(failed.output).toContain('`nx run @ws/analytics:relay` goes on from data-processing');
      expect(contentHash(ws)).toBe(before);

      emulator.setScript({ replies: [{ phase: 'data-processing', text: dataReply }] });
      emulator.requests.length = 0;
      const resumed = await relay();
      expect(resumed.code, resumed.output).toBe(0);
      expect(asked()).toEqual(['data-processing']);
      // The hooks ran on the phase's commits (BATON_PHASE set) and let them through with their trailers.
      expect(ws.git('log', '-1', '--format=%(trailers:only,unfold)', 'HEAD~1')).toContain(
        'AI-Phase: data-processing',
      );
      expect(ws.git('show', '--name-only', '--format=', 'HEAD~2')).toContain(
        'packages/analytics/src/count.ts',
      );
      expect(ws.read(`${handoffs}/003-data-processing-to-security-review.md`)).toContain(
        'drafted:\n  by: gemini',
      );
      expect(resumed.stdout).toContain('Criteria:  1 of 2 met');
    });

    it('baton status says where the feature stands', () => {
      const status = ws.baton(['status', 'analytics', '--format', 'json']);
      expect(status.code, status.output).toBe(0);
      const json = JSON.parse(status.stdout) as {
        next: string;
        phases: Array<{ state: string }>;
        criteria: Array<{ metBy: string[] }>;
      };
      expect(json.next).toBe('security-review');
      expect(json.phases.map((phase) => phase.state)).toEqual(['done', 'done', 'next', 'waiting']);
      expect(json.criteria.map((item) => item.metBy)).toEqual([['data-processing'], []]);
      expect(ws.baton(['status']).stdout).toContain(
        'Next: security-review. Run `nx run @ws/analytics:relay`.',
      );
    });

    it('--no-gates runs the remaining phases to the end', async () => {
      emulator.setScript({
        replies: [
          { phase: 'security-review', text: review },
          { phase: 'tests', text: testsReply },
        ],
      });
      emulator.requests.length = 0;
      const rest = await relay('--no-gates');
      expect(rest.code, rest.output).toBe(0);
      expect(asked()).toEqual(['security-review', 'tests']);
      expect(rest.stdout).toContain('The relay is done');
      const again = await relay();
      expect(again.code, again.output).toBe(0);
      expect(again.stdout).toContain('every phase has run');
      expect(asked()).toEqual(['security-review', 'tests']);
    });
  });

  it('refuses a dirty tree other than Baton’s own files, naming them, and changes nothing', async () => {
    const ws = createWorkspace(inject('workspaceTemplate'));
    try {
      registerTestMap(ws);
      ws.addLibrary('analytics');
      ws.write(`${handoffs}/FEATURE.md`, '# Event counts\n\nPer day.\n');
      ws.commitAll('Start the feature');
      ws.write('packages/analytics/src/index.ts', 'export const analytics = false;\n');
      const before = ws.treeHash();
      emulator.requests.length = 0;
      const refused = await nx(ws, ['run', 'analytics:relay'], emulator.env);
      expect(refused.code).not.toBe(0);
      expect(refused.output).toContain(
        'these files have uncommitted changes: packages/analytics/src/index.ts',
      );
      expect(ws.treeHash()).toBe(before);
      expect(emulator.requests).toEqual([]);
    } finally {
      ws.dispose();
    }
  });
});
