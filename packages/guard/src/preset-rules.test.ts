import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRESET_KEYWORDS, presetReports } from './preset-rules';
import { TextScanner } from './text-scan';

const planted = join(import.meta.dirname, '__fixtures__/corpus/planted');
const scanner = new TextScanner(PRESET_KEYWORDS);
const sorted = (reports: ReturnType<typeof presetReports>) =>
  reports
    .map(({ ruleId, messageId, range }) => ({ ruleId, messageId, range }))
    .sort((a, b) => a.range[0] - b.range[0] || a.ruleId.localeCompare(b.ruleId));

describe('presetReports', () => {
  it.each(
    readdirSync(planted, { recursive: true, encoding: 'utf8' }).filter((file) =>
      statSync(join(planted, file)).isFile(),
    ),
  )('reports the same on the keyword lines of %s as on the whole file', (file) => {
    const text = readFileSync(join(planted, file), 'utf8');
    const ext = extname(file) || '.txt';
    expect(sorted(presetReports(text, file, ext, scanner.scan(text).hits))).toEqual(
      sorted(presetReports(text, file, ext)),
    );
  });
});
