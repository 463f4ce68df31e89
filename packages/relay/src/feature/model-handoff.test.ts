import { tempRepoForTests } from '@baton/testing';
import { describe, expect, it } from 'vitest';
import { criteriaVerdict, readModelHandoff, withoutModelHandoff } from './model-handoff';
import { workspaceFilesOnDisk } from './references';

const block = (body: string) => `## Plan\n\nText.\n\n=== baton:handoff\n${body}\n=== baton:end\n`;

describe('the handoff a model drafts in its reply', () => {
  const repo = tempRepoForTests({
    files: {
      '.gitignore': '.env\n',
      'packages/analytics/src/index.ts': 'export const a = 1;\n',
      'packages/analytics/.env': 'KEY=1\n',
    },
  });
  const read = (reply: string | undefined, criteria = 2) =>
    readModelHandoff(reply, {
      by: 'gpt',
      projectRoot: 'packages/analytics',
      files: workspaceFilesOnDisk(repo.root),
      criteria,
    });

  it('reads a valid block, with its files relative to the project', async () => {
    const reading = await read(
      block(
        JSON.stringify({
          completed: 'Planned',
          keyContext: ['Performance: <2s'],
          files: [{ path: 'packages/analytics/src/index.ts', structureOnly: true }],
          openDecisions: ['Polling or push'],
          criteria: { met: [1], open: [2] },
        }),
      ),
    );
    expect(reading).toEqual({
      kind: 'drafted',
      draft: {
        by: 'gpt',
        completed: 'Planned',
        keyContext: ['Performance: <2s'],
        files: [{ path: 'src/index.ts', structureOnly: true }],
        openDecisions: ['Polling or push'],
      },
    });
  });

  it.each([
    [undefined, /not at hand/],
    ['## Plan\n\nNo block.\n', /has no "=== baton:handoff" block/],
    [block('{ not json'), /is not JSON/],
    [block('{"completed": "a\\nb"}'), /completed must be one line/],
    [block('{"completed": "Done", "extra": 1}'), /Unrecognized key/],
    [
      block('{"completed": "Done", "criteria": {"met": [3]}}'),
      /names criteria 3, but FEATURE.md has 2/,
    ],
    [block('{"completed": "Done", "files": [{"path": "src/gone.ts"}]}'), /names a file it may not/],
    [block('{"completed": "Done", "files": [{"path": ".env"}]}'), /names a file it may not/],
  ])('falls back, saying why, on %j', async (reply, reason) => {
    const reading = await read(reply);
    expect(reading.kind).toBe('fallback');
    expect(reading.kind === 'fallback' && reading.reason).toMatch(reason);
  });

  it('gives the verdict on the criteria, even when the rest of the block fails', () => {
    expect(
      criteriaVerdict(block('{"criteria": {"met": [2, 1, 9], "open": []}, "x": 1}'), 2),
    ).toEqual({
      met: [1, 2],
      open: [],
    });
    expect(criteriaVerdict(block('{"completed": "Done"}'), 2)).toBeNull();
    expect(criteriaVerdict('no block', 2)).toBeNull();
  });

  it('is left out of the report', () => {
    expect(withoutModelHandoff(block('{}'))).toBe('## Plan\n\nText.\n');
    expect(withoutModelHandoff('## Plan\n')).toBe('## Plan\n');
  });
});
