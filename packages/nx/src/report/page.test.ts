import { createHash } from 'node:crypto';
import { summarizeLedger, type RelayReport } from '@baton/relay';
import { describe, expect, it } from 'vitest';
import { jsonForScript, renderReportPage } from './page';

const [zero] = summarizeLedger([], []);

const hostile = 'ok </script><script>alert(1)</script> <!-- \u2028 & done';
const report: RelayReport = {
  generatedAt: '2026-11-26T11:00:00.000Z',
  byPhase: [],
  byModel: [],
  total: zero,
  features: [
    {
      feature: 'analytics',
      root: 'packages/analytics',
      title: 'User analytics dashboard',
      vision: hostile,
      timeline: [],
      branches: [],
      byPhase: [],
      byModel: [],
      total: zero,
      lines: [],
      reports: [{ file: 'r.md', phase: 'security-review', details: [], text: hostile }],
    },
  ],
};

describe('the report page', () => {
  it('embeds the data as JSON that no text can break out of, and reads back unchanged', () => {
    const json = jsonForScript(report);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(report);
  });

  it('is one page with every script and style inline, allowed by hash and nothing else', () => {
    const html = renderReportPage(report);
    expect(html.match(/<script>/g)).toHaveLength(2);
    expect(html).not.toMatch(/<script[^>]* src=|<link /);
    expect(html).not.toContain('</script><script>alert(1)');
    expect(html).toContain('Chart.js v4');

    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
    expect(policy).toMatch(
      /^default-src 'none'; script-src 'sha256-[^']+' 'sha256-[^']+'; style-src 'sha256-[^']+'; img-src data:$/,
    );
    const inlineScripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
      (match) => match[1]!,
    );
    for (const source of inlineScripts) {
      expect(policy).toContain(`'sha256-${createHash('sha256').update(source).digest('base64')}'`);
    }
  });
});
