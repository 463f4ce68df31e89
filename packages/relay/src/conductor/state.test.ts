import { tempFolderForTests } from '@baton/testing';
import { describe, expect, it } from 'vitest';
import { reportFindings } from './state';

describe('a report’s findings', () => {
  const workspace = tempFolderForTests('baton-state-');
  const report = [
    '---',
    'phase: security-review',
    '---',
    '',
    '# Security review',
    '',
    '## Findings',
    '',
    '- SQL built by concatenation in query.ts',
    '- No rate limit on export',
    '',
  ].join('\n');

  it('are read alike from a report checked out with CRLF or a byte order mark', () => {
    workspace.write('reports/lf.md', report);
    workspace.write('reports/crlf.md', `\uFEFF${report.replace(/\n/g, '\r\n')}`);
    const findings = reportFindings(workspace.root, 'reports/lf.md');
    expect(findings).toEqual(['SQL built by concatenation in query.ts', 'No rate limit on export']);
    expect(reportFindings(workspace.root, 'reports/crlf.md')).toEqual(findings);
  });
});
