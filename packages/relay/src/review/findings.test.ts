import { describe, expect, it } from 'vitest';
import { mergeFindings, parseFindings, type Finding } from './findings';

const finding = (overrides: Partial<Finding>): Finding => ({
  file: 'src/db.ts',
  lines: { start: 10, end: 12 },
  kind: 'injection',
  severity: 'high',
  explanation: 'The id is concatenated into SQL.',
  fix: 'Use a bound parameter.',
  ...overrides,
});

const answer = (findings: unknown) =>
  `## Review\n\nSome prose.\n\n\`\`\`json\n${JSON.stringify({ findings }, null, 2)}\n\`\`\`\n`;

describe('parseFindings', () => {
  it('reads the last json block of an answer', () => {
    const one = finding({ file: './src/db.ts' });
    expect(parseFindings(`\`\`\`json\n{"findings": []}\n\`\`\`\n${answer([one])}`)).toEqual([
      { ...one, file: 'src/db.ts' },
    ]);
    expect(parseFindings(answer([]))).toEqual([]);
  });

  it('says what is wrong with an answer out of the structure', () => {
    expect(() => parseFindings('No issues found.')).toThrow(
      'the answer has no ```json block of findings',
    );
    expect(() => parseFindings('```json\n{"findings": [\n```')).toThrow(/is not JSON/);
    expect(() => parseFindings(answer([finding({ kind: 'xss' as Finding['kind'] })]))).toThrow(
      /not the findings structure \(findings\.0\.kind: /,
    );
    expect(() => parseFindings(answer([finding({ lines: { start: 5, end: 2 } })]))).toThrow(
      'end must not come before start',
    );
  });
});

describe('mergeFindings', () => {
  it('merges one risk in one file found by several reviewers, most agreed first', () => {
    const merged = mergeFindings([
      {
        reviewer: 'claude',
        findings: [
          finding({ lines: { start: 10, end: 11 }, severity: 'medium' }),
          finding({ file: 'src/api.ts', kind: 'access-control', lines: { start: 3, end: 3 } }),
        ],
      },
      {
        reviewer: 'gpt',
        findings: [
          finding({
            lines: { start: 11, end: 14 },
            severity: 'critical',
            explanation: 'SQL injection.',
          }),
          // Same lines, another kind of risk: a finding of its own.
          finding({ kind: 'error-handling', severity: 'low' }),
          // Same kind, lines that do not overlap: another place.
          finding({ lines: { start: 40, end: 41 } }),
        ],
      },
    ]);
    expect(
      merged.map((item) => [item.file, item.lines, item.kind, item.severity, item.foundBy]),
    ).toEqual([
      ['src/db.ts', { start: 10, end: 14 }, 'injection', 'critical', ['claude', 'gpt']],
      ['src/api.ts', { start: 3, end: 3 }, 'access-control', 'high', ['claude']],
      ['src/db.ts', { start: 40, end: 41 }, 'injection', 'high', ['gpt']],
      ['src/db.ts', { start: 10, end: 12 }, 'error-handling', 'low', ['gpt']],
    ]);
    expect(merged[0]!.reports.map((report) => [report.reviewer, report.explanation])).toEqual([
      ['claude', 'The id is concatenated into SQL.'],
      ['gpt', 'SQL injection.'],
    ]);
  });

  it('joins two groups that a third finding overlaps, counting each reviewer once', () => {
    const merged = mergeFindings([
      {
        reviewer: 'claude',
        findings: [
          finding({ lines: { start: 1, end: 2 } }),
          finding({ lines: { start: 8, end: 9 } }),
        ],
      },
      { reviewer: 'gemini', findings: [finding({ lines: { start: 2, end: 8 } })] },
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.lines).toEqual({ start: 1, end: 9 });
    expect(merged[0]!.foundBy).toEqual(['claude', 'gemini']);
    expect(merged[0]!.reports).toHaveLength(3);
  });
});
