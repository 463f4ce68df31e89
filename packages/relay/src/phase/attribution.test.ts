import { emulatorForTests, metricsReply } from '@baton/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { PhaseWorkspace, testMap } from './__fixtures__/phase-workspace';
import { commitPhaseTrailers, commitTrace, lineHash } from '../provenance';

const emulator = emulatorForTests();

describe("a changes phase's attribution", () => {
  let ws: PhaseWorkspace;
  afterEach(() => ws.dispose());

  const commitAsGemini = async (map: object) => {
    ws = new PhaseWorkspace(map);
    ws.handoff(
      2,
      { phase: 'architecture', model: 'gpt' },
      { phase: 'data-processing', model: 'gemini' },
    );
    ws.git('switch', '-q', '-c', 'feature/analytics-gemini-data-processing');
    emulator.setScript({
      replies: [metricsReply("export const granularities = ['daily', 'hourly'];")],
    });
    const result = await ws.runPhase('data-processing', emulator.env);
    if (result.kind !== 'changes') throw new Error(result.kind);
    return result.commit;
  };

  it('writes an Agent Trace record of the commit in its note', async () => {
    const commit = await commitAsGemini(testMap);
    const record = await commitTrace(ws.root, commit);
    expect(record).toMatchObject({
      vcs: { type: 'git', revision: commit },
      files: [
        {
          path: 'packages/analytics/src/metrics.ts',
          conversations: [
            {
              contributor: { type: 'ai', model_id: 'google/gemini-2.5-pro' },
              ranges: [
                {
                  start_line: 1,
                  end_line: 1,
                  content_hash: lineHash("export const granularities = ['daily', 'hourly'];"),
                },
              ],
            },
          ],
        },
      ],
      metadata: { 'dev.baton': { phase: 'data-processing' } },
    });
    // Without a convention, only Baton's own trailers.
    expect(ws.git('log', '-1', '--format=%(trailers:only)')).not.toMatch(
      /Assisted-by|Co-authored-by/,
    );
  });

  it("adds the map's trailer convention beside Baton's own trailers", async () => {
    await commitAsGemini({ ...testMap, trailers: 'assisted-by' });
    expect(ws.git('log', '-1', '--format=%(trailers:key=Assisted-by)').trim()).toBe(
      'Assisted-by: Baton:google/gemini-2.5-pro',
    );
    expect(await commitPhaseTrailers(ws.root)).toMatchObject({ model: 'google/gemini-2.5-pro' });
    ws.dispose();

    await commitAsGemini({ ...testMap, trailers: 'co-authored-by' });
    expect(ws.git('log', '-1', '--format=%(trailers:key=Co-authored-by)').trim()).toBe(
      'Co-authored-by: google/gemini-2.5-pro (Baton) <google@baton.invalid>',
    );
    expect(await commitPhaseTrailers(ws.root)).toMatchObject({ phase: 'data-processing' });
  });
});
