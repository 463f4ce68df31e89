import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { problemsThrown } from '@baton/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidEditsError } from '../errors';
import { applyEdits, editFormatInstruction, parseEdits } from './edits';

const reply = [
  '=== baton:message',
  'Aggregate user metrics by period',
  '',
  'Daily and hourly buckets.',
  '=== baton:end',
  '',
  '=== baton:write packages/analytics/src/metrics.ts',
  'export const periods = ["daily", "hourly"];',
  '',
  'export function bucket(period: string) {',
  '  return period;',
  '}',
  '=== baton:end',
  '=== baton:write packages/analytics/src/empty.ts',
  '=== baton:end',
  '=== baton:delete packages/analytics/src/old.ts',
  '',
].join('\n');

const problemsOf = (text: string) => problemsThrown(() => parseEdits(text), InvalidEditsError);

describe('the edit format', () => {
  it('reads whole-file writes, deletes and the commit message exactly', () => {
    expect(parseEdits(reply.replaceAll('\n', '\r\n'))).toEqual({
      message: 'Aggregate user metrics by period\n\nDaily and hourly buckets.',
      edits: [
        {
          kind: 'write',
          path: 'packages/analytics/src/metrics.ts',
          content:
            'export const periods = ["daily", "hourly"];\n\nexport function bucket(period: string) {\n  return period;\n}\n',
        },
        { kind: 'write', path: 'packages/analytics/src/empty.ts', content: '' },
        { kind: 'delete', path: 'packages/analytics/src/old.ts' },
      ],
    });
  });

  it('the instruction given to the model shows every block the parser reads', () => {
    for (const block of [
      '=== baton:message',
      '=== baton:write <',
      '=== baton:delete <',
      '=== baton:end',
    ]) {
      expect(editFormatInstruction).toContain(block);
    }
  });

  it('refuses prose, fences, unclosed blocks, repeats and empty replies, naming the line', () => {
    expect(problemsOf(`Here are the changes:\n${reply}`)).toEqual([
      'line 1: text outside any block ("Here are the changes:")',
    ]);
    expect(problemsOf('```\n=== baton:delete a.ts\n```\n')).toEqual([
      'line 1: text outside any block ("```")',
      'line 3: text outside any block ("```")',
    ]);
    expect(problemsOf('=== baton:write a.ts\nx\n=== baton:write b.ts\ny\n=== baton:end\n')).toEqual(
      [
        'line 3: "=== baton:write b.ts" inside the block opened on line 1, which was not closed with "=== baton:end"',
      ],
    );
    expect(problemsOf('=== baton:write a.ts\nx\n')).toEqual([
      'line 1: the block "=== baton:write a.ts" is never closed with "=== baton:end"',
    ]);
    expect(problemsOf('=== baton:delete a.ts\n=== baton:delete a.ts\n')).toEqual([
      'line 2: a.ts is edited twice',
    ]);
    expect(problemsOf('=== baton:patch a.ts\n')).toEqual([
      'line 1: "=== baton:patch a.ts" is not a block Baton knows (write, delete, message, end)',
    ]);
    expect(problemsOf('\n\n')).toEqual(['the reply holds no write or delete block']);
    expect(() => parseEdits('junk')).toThrow(/nothing was changed/);
  });
});

describe('applying edits', () => {
  let root: string;
  /** Every file and folder under the root, with a hash of each file's content. */
  const snapshot = () => {
    const hash = createHash('sha256');
    const walk = (dir: string) => {
      for (const name of readdirSync(dir).sort()) {
        const path = join(dir, name);
        hash.update(relative(root, path));
        if (statSync(path).isDirectory()) walk(path);
        else hash.update(readFileSync(path));
      }
    };
    walk(root);
    return hash.digest('hex');
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'baton-edits-'));
    mkdirSync(join(root, 'packages/analytics/src'), { recursive: true });
    writeFileSync(join(root, 'packages/analytics/src/old.ts'), 'export const old = 1;\n');
    writeFileSync(join(root, 'packages/analytics/src/metrics.ts'), 'export const v = 0;\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes, creates folders, formats and deletes, and rolls all of it back', async () => {
    const before = snapshot();
    const applied = await applyEdits(
      root,
      [
        ...parseEdits(reply).edits,
        { kind: 'write', path: 'packages/analytics/src/deep/er/new.ts', content: 'x\n' },
      ],
      async (path, content) => `// formatted ${path}\n${content}`,
    );
    expect(readFileSync(join(root, 'packages/analytics/src/metrics.ts'), 'utf8')).toMatch(
      /^\/\/ formatted packages\/analytics\/src\/metrics.ts\nexport const periods/,
    );
    expect(existsSync(join(root, 'packages/analytics/src/old.ts'))).toBe(false);
    expect(existsSync(join(root, 'packages/analytics/src/deep/er/new.ts'))).toBe(true);
    expect(applied.paths).toHaveLength(4);

    await applied.rollback();
    expect(snapshot()).toBe(before);
  });

  it('changes nothing when one write fails midway, or a delete names a missing file', async () => {
    const before = snapshot();
    await expect(
      applyEdits(root, [
        { kind: 'write', path: 'packages/analytics/src/a/b.ts', content: 'a\n' },
        { kind: 'delete', path: 'packages/analytics/src/old.ts' },
        // A file stands where the folder would go: the third write fails after two succeeded.
        { kind: 'write', path: 'packages/analytics/src/metrics.ts/c.ts', content: 'c\n' },
      ]),
    ).rejects.toThrow(/EEXIST|ENOTDIR/);
    expect(snapshot()).toBe(before);

    await expect(
      applyEdits(root, [
        { kind: 'write', path: 'packages/analytics/src/new.ts', content: 'a\n' },
        { kind: 'delete', path: 'packages/analytics/src/gone.ts' },
      ]),
    ).rejects.toThrow(/gone.ts cannot be deleted: it does not exist/);
    expect(snapshot()).toBe(before);
  });

  it('keeps the line endings and byte order mark of a file it rewrites', async () => {
    const metrics = join(root, 'packages/analytics/src/metrics.ts');
    // A Windows checkout (core.autocrlf) holds CRLF files; an editor may have added a BOM.
    writeFileSync(metrics, '\uFEFFexport const v = 0;\r\nexport const w = 1;\r\n');
    await applyEdits(root, parseEdits(reply.replace(/\n/g, '\r\n')).edits);
    expect(readFileSync(metrics, 'utf8')).toBe(
      '\uFEFFexport const periods = ["daily", "hourly"];\r\n\r\nexport function bucket(period: string) {\r\n  return period;\r\n}\r\n',
    );
    // A new file is written as the model wrote it.
    expect(readFileSync(join(root, 'packages/analytics/src/empty.ts'), 'utf8')).toBe('');
    await applyEdits(root, [
      { kind: 'write', path: 'packages/analytics/src/new.ts', content: 'a\n' },
    ]);
    expect(readFileSync(join(root, 'packages/analytics/src/new.ts'), 'utf8')).toBe('a\n');
  });

  it('writes nothing when formatting one file fails', async () => {
    const before = snapshot();
    await expect(
      applyEdits(root, parseEdits(reply).edits, async (path, content) => {
        if (path.endsWith('empty.ts')) throw new Error('SyntaxError');
        return content;
      }),
    ).rejects.toThrow('SyntaxError');
    expect(snapshot()).toBe(before);
  });
});
