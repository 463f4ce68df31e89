import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { trailerArgs, type LedgerEntry, type PhaseTrailers } from '@baton/relay';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, type Chromium } from '../browser/chromium';
import { workspaceForTests, type Workspace } from '@baton/testing/workspace';

const artifacts = join(import.meta.dirname, 'artifacts');
const project = 'packages/analytics';
const integer = new Intl.NumberFormat('en-US');

/** The seed's relay of the analytics dashboard, as a workspace holds it after four phases. */
function buildAnalyticsRelay(ws: Workspace): { ledger: LedgerEntry[]; hostileFinding: string } {
  const handoff = (
    number: string,
    from: [string, string],
    to: [string, string],
    created: string,
    completed: string,
  ) =>
    ws.write(
      `${project}/handoffs/${number}-${from[0]}-to-${to[0]}.md`,
      [
        '---',
        'feature: analytics',
        `from: { phase: ${from[0]}, model: ${from[1]} }`,
        `to: { phase: ${to[0]}, model: ${to[1]} }`,
        // Quoted: a hash such as 8171e86 would otherwise read as a number.
        `base: "${ws.git('rev-parse', '--short', 'HEAD')}"`,
        `created: ${created}`,
        '---',
        `## Handoff: ${from[1]} → ${to[1]}`,
        '**Feature**: User analytics dashboard',
        `**Completed**: ${completed}`,
        `**Next Phase**: ${to[0]}`,
        '**Key Context**:',
        '- Performance requirements: <2s query response time',
        '- Expected data volume: 10M+ records',
        '**Files to Reference**:',
        '- schema.sql',
        '- src/query.ts (structure only)',
        '',
      ].join('\n'),
    );
  const phaseCommit = (message: string, trailers: PhaseTrailers) => {
    ws.git('add', '-A');
    ws.git('commit', '-q', '--no-verify', '-m', message, ...trailerArgs(trailers));
    return ws.git('rev-parse', 'HEAD');
  };

  ws.write(
    `${project}/package.json`,
    '{ "name": "@ws/analytics", "version": "0.0.1", "private": true }\n',
  );
  ws.write(
    `${project}/schema.sql`,
    'create table events (\n  id bigint primary key, user_id bigint, name text, at timestamptz\n);\n',
  );
  ws.write(
    `${project}/handoffs/FEATURE.md`,
    '# User analytics dashboard\n\nA dashboard of user events: daily actives, funnels and retention, answering in under 2s.\n',
  );
  handoff(
    '001',
    ['start', 'human'],
    ['architecture', 'gpt'],
    '2026-11-26T10:00:00Z',
    "The feature's goal",
  );
  ws.commitAll('Start the analytics feature');

  ws.git('switch', '-q', '-c', 'feature/analytics-gpt-architecture');
  ws.write(
    `${project}/handoffs/reports/001-architecture.md`,
    '---\nphase: architecture\nmodel: { requested: gpt-4.1, reported: gpt-4.1-2025-04-14 }\nusage: { inputTokens: 1850, outputTokens: 920 }\ncostUsd: 0.01106\n---\n' +
      '## Architecture\n- One `events` table, partitioned by day.\n- A query service with a 2s budget.\n',
  );
  handoff(
    '002',
    ['architecture', 'gpt'],
    ['data-processing', 'gemini'],
    '2026-11-26T10:06:00Z',
    'Architecture, API',
  );
  ws.commitAll('Record the architecture report');

  ws.git('switch', '-q', '-c', 'feature/analytics-gemini-data-processing');
  ws.write(
    `${project}/src/query.ts`,
    [
      "import type { Event } from './event';",
      'export function dailyActives(events: Event[]): number {',
      '  const users = new Set(events.map((event) => event.userId));',
      '  return users.size;',
      '}',
      'export const queryBudgetMs = 2000;',
      '',
    ].join('\n'),
  );
  const gemini = {
    phase: 'data-processing',
    model: 'google/gemini-2.5-pro',
    handoff: `${project}/handoffs/002-architecture-to-data-processing.md`,
  };
  const dataCommit = phaseCommit('Write the daily actives query', gemini);

  ws.git('switch', '-q', '-c', 'feature/analytics-claude-security-review');
  const hostileFinding =
    'Medium: user names reach logs unescaped, e.g. </script><script>window.__pwned = 1</script> ' +
    'or <img src=x onerror="window.__pwned = 2">.';
  ws.write(
    `${project}/handoffs/reports/003-security-review.md`,
    `---\nphase: security-review\nmodel: { requested: claude-sonnet-4-5, reported: gpt-4.1-2025-04-14 }\nfallback: gpt\n---\n## Findings\n- ${hostileFinding}\n- Low: no rate limit on /events.\n`,
  );
  handoff(
    '003',
    ['data-processing', 'gemini'],
    ['security-review', 'claude'],
    '2026-11-26T10:25:00Z',
    'Daily actives',
  );
  handoff(
    '004',
    ['security-review', 'claude'],
    ['tests', 'claude'],
    '2026-11-26T10:35:00Z',
    'Security review',
  );
  ws.commitAll('Record the security review');

  ws.git('switch', '-q', '-c', 'feature/analytics-claude-tests');
  ws.write(
    `${project}/src/query.test.ts`,
    "import { dailyActives } from './query';\nit('counts each user once', () => {\n  expect(dailyActives([])).toBe(0);\n});\n",
  );
  const claude = {
    phase: 'tests',
    model: 'anthropic/claude-sonnet-4-5-20250929',
    handoff: `${project}/handoffs/004-security-review-to-tests.md`,
  };
  const testsCommit = phaseCommit('Test the daily actives query', claude);

  // A human touches one model-written line, and leaves one line uncommitted.
  const query = ws.read(`${project}/src/query.ts`).replace('2000', '1500');
  ws.write(`${project}/src/query.ts`, query);
  ws.commitAll('Tighten the query budget');
  ws.write(`${project}/src/query.ts`, `${query}// TODO: cache per day\n`);

  const base = {
    feature: 'analytics',
    project: '@ws/analytics',
    fallbackUsed: null,
    outcome: 'success',
  } as const;
  const ledger: LedgerEntry[] = [
    {
      ...base,
      time: '2026-11-26T10:05:00.000Z',
      phase: 'architecture',
      produces: 'report',
      provider: 'openai',
      alias: 'gpt',
      modelRequested: 'gpt-4.1',
      modelReported: 'gpt-4.1-2025-04-14',
      inputTokens: 1850,
      outputTokens: 920,
      costUsd: 0.01106,
      durationMs: 18_400,
      handoff: `${project}/handoffs/001-start-to-architecture.md`,
      report: `${project}/handoffs/reports/001-architecture.md`,
      branch: 'feature/analytics-gpt-architecture',
      requestId: 'req_arch_1',
    },
    {
      ...base,
      time: '2026-11-26T10:20:00.000Z',
      phase: 'data-processing',
      produces: 'changes',
      provider: 'google',
      alias: 'gemini',
      modelRequested: 'gemini-2.5-pro',
      modelReported: 'gemini-2.5-pro',
      inputTokens: 4200,
      outputTokens: 2600,
      costUsd: 0.03125,
      durationMs: 31_000,
      handoff: `${project}/handoffs/002-architecture-to-data-processing.md`,
      commit: dataCommit,
      branch: 'feature/analytics-gemini-data-processing',
    },
    {
      ...base,
      time: '2026-11-26T10:30:00.000Z',
      phase: 'security-review',
      produces: 'report',
      provider: 'anthropic',
      alias: 'claude',
      modelRequested: 'claude-sonnet-4-5',
      modelReported: null,
      inputTokens: 0,
      outputTokens: 0,
      costUsd: 0,
      durationMs: 9_000,
      outcome: 'failure',
      error: 'anthropic answered 529 (overloaded) after 2 retries </script>',
      errorCode: 'PROVIDER_UNAVAILABLE',
      handoff: `${project}/handoffs/003-data-processing-to-security-review.md`,
    },
    {
      ...base,
      time: '2026-11-26T10:31:00.000Z',
      phase: 'security-review',
      produces: 'report',
      provider: 'openai',
      alias: 'gpt',
      modelRequested: 'gpt-4.1',
      modelReported: 'gpt-4.1-2025-04-14',
      fallbackUsed: 'gpt',
      inputTokens: 5100,
      outputTokens: 1300,
      costUsd: 0.0206,
      durationMs: 22_000,
      handoff: `${project}/handoffs/003-data-processing-to-security-review.md`,
      report: `${project}/handoffs/reports/003-security-review.md`,
      branch: 'feature/analytics-claude-security-review',
    },
    {
      ...base,
      time: '2026-11-26T10:45:00.000Z',
      phase: 'tests',
      produces: 'changes',
      provider: 'anthropic',
      alias: 'claude',
      modelRequested: 'claude-sonnet-4-5',
      modelReported: 'claude-sonnet-4-5-20250929',
      inputTokens: 3900,
      outputTokens: 2100,
      costUsd: 0.0432,
      durationMs: 27_500,
      handoff: `${project}/handoffs/004-security-review-to-tests.md`,
      commit: testsCommit,
      branch: 'feature/analytics-claude-tests',
    },
  ];
  mkdirSync(ws.path(`${project}/handoffs`), { recursive: true });
  ws.write(
    `${project}/handoffs/ledger.jsonl`,
    ledger.map((entry) => `${JSON.stringify(entry)}\n`).join(''),
  );
  return { ledger, hostileFinding };
}

/** Expected figures, summed here by hand from the ledger lines (not with the code under test). */
function totals(entries: LedgerEntry[], key: (entry: LedgerEntry) => string) {
  const rows = new Map<
    string,
    { runs: number; inputTokens: number; outputTokens: number; cost: number }
  >();
  for (const entry of entries) {
    const row = rows.get(key(entry)) ?? { runs: 0, inputTokens: 0, outputTokens: 0, cost: 0 };
    row.runs += 1;
    row.inputTokens += entry.inputTokens;
    row.outputTokens += entry.outputTokens;
    row.cost += entry.costUsd ?? 0;
    rows.set(key(entry), row);
  }
  return rows;
}

describe('baton report, ledger and blame on a relayed feature', () => {
  const ws = workspaceForTests(inject('workspaceTemplate'));
  let browser: Chromium | undefined;
  afterAll(async () => browser?.close());

  it('writes one self-contained page whose figures match the ledger, rendered in Chromium', async () => {
    const { ledger, hostileFinding } = buildAnalyticsRelay(ws);

    const result = ws.baton(['report']);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toContain('Wrote .baton/report/index.html: analytics; 5 runs, $0.1061.');
    const html = ws.read('.baton/report/index.html');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/i);
    expect(html).not.toContain('</script><script>window.__pwned');

    browser = await launchChromium();
    const page = await browser.context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
    page.on('request', (request) => requests.push(request.url()));
    const url = pathToFileURL(ws.path('.baton/report/index.html')).href;
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('#chart-phase-tokens').waitFor();

    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();

    const cost = ledger.reduce((sum, entry) => sum + (entry.costUsd ?? 0), 0);
    const figure = (name: string) => page.locator(`[data-figure="${name}"]`).textContent();
    expect(await figure('runs')).toBe('5');
    expect(await figure('inputTokens')).toBe(
      integer.format(ledger.reduce((sum, e) => sum + e.inputTokens, 0)),
    );
    expect(await figure('outputTokens')).toBe(
      integer.format(ledger.reduce((sum, e) => sum + e.outputTokens, 0)),
    );
    expect(await figure('cost')).toBe(`$${cost.toFixed(4)}`);
    expect(await figure('failures')).toBe('1');
    expect(await figure('fallbacks')).toBe('1');

    const byPhase = totals(ledger, (entry) => entry.phase);
    const byModel = totals(
      ledger,
      (entry) => `${entry.provider}/${entry.modelReported ?? entry.modelRequested}`,
    );
    for (const [table, rows] of [
      ['table-phase', byPhase],
      ['table-model', byModel],
    ] as const) {
      expect(await page.locator(`#${table} tbody tr`).count()).toBe(rows.size);
      for (const [key, row] of rows) {
        const cells = page.locator(`#${table} tr[data-key="${key}"]`);
        expect(await cells.locator('[data-field="runs"]').textContent()).toBe(String(row.runs));
        expect(await cells.locator('[data-field="inputTokens"]').textContent()).toBe(
          integer.format(row.inputTokens),
        );
        expect(await cells.locator('[data-field="outputTokens"]').textContent()).toBe(
          integer.format(row.outputTokens),
        );
        expect(await cells.locator('[data-field="cost"]').textContent()).toBe(
          `$${row.cost.toFixed(4)}`,
        );
      }
    }

    // The charts draw the same figures the tables show.
    const chartData = (id: string) =>
      page.evaluate((canvasId) => {
        const chart = (
          globalThis as unknown as {
            Chart: {
              getChart(id: string): {
                data: { labels: string[]; datasets: Array<{ data: number[] }> };
              };
            };
          }
        ).Chart.getChart(canvasId)!;
        return { labels: chart.data.labels, datasets: chart.data.datasets.map((set) => set.data) };
      }, id);
    expect(await chartData('chart-phase-tokens')).toEqual({
      labels: [...byPhase.keys()],
      datasets: [
        [...byPhase.values()].map((row) => row.inputTokens),
        [...byPhase.values()].map((row) => row.outputTokens),
      ],
    });
    const modelCost = await chartData('chart-model-cost');
    expect(modelCost.labels).toEqual([...byModel.keys()]);
    modelCost.datasets[0]!.forEach((value, index) =>
      expect(value).toBeCloseTo([...byModel.values()][index]!.cost, 10),
    );

    // Who wrote the feature's lines: handoffs/ aside, by the last commit to touch each line.
    const feature = page.locator('section.feature[data-feature="analytics"]');
    const lines = async (author: string) =>
      feature.locator(`table.lines tr[data-key="${author}"] [data-field="lines"]`).textContent();
    expect(await feature.locator('table.lines tbody tr').count()).toBe(4);
    expect(await lines('google/gemini-2.5-pro')).toBe('5');
    expect(await lines('anthropic/claude-sonnet-4-5-20250929')).toBe('4');
    expect(await lines('human')).toBe('5');
    expect(await lines('uncommitted')).toBe('1');
    expect((await chartData('chart-lines-0')).datasets[0]!.reduce((a, b) => a + b, 0)).toBe(15);

    // The relay's timeline: four handoffs and five runs in time order, with their branches.
    const timeline = await feature.locator('ol.timeline > li').allTextContents();
    expect(timeline).toHaveLength(9);
    expect(timeline[0]).toContain('Handoff start → architecture');
    expect(timeline[1]).toContain('Run architecture on openai/gpt-4.1-2025-04-14 (gpt) success');
    expect(timeline[5]).toContain('failure');
    expect(timeline[6]).toContain('answered by fallback gpt');
    expect(await feature.locator('ul.branches li').allTextContents()).toEqual([
      'feature/analytics-claude-security-review',
      'feature/analytics-claude-tests',
      'feature/analytics-gemini-data-processing',
      'feature/analytics-gpt-architecture',
    ]);

    // Findings are shown as the model wrote them, as text: nothing in them runs or renders.
    const finding = feature.locator('article.finding[data-phase="security-review"]');
    expect(await finding.locator('.text').textContent()).toContain(hostileFinding);
    expect(await feature.locator('article.finding img, article.finding script').count()).toBe(0);
    expect(await finding.locator('dl.details').textContent()).toContain('fallbackgpt');

    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'report.png'), fullPage: true });
    await page.close();
  });

  it('tables the same runs with baton ledger and attributes lines with baton blame', () => {
    buildAnalyticsRelay(ws);

    const ledger = ws.baton(['ledger']);
    expect(ledger.code, ledger.output).toBe(0);
    const rows = ledger.stdout.trimEnd().split('\n');
    expect(rows).toHaveLength(7);
    expect(rows[4]!.split(/\s{2,}/)).toEqual([
      'analytics',
      'security-review',
      'openai/gpt-4.1-2025-04-14',
      '1',
      '5,100',
      '1,300',
      '$0.0206',
      '0',
      '1',
    ]);
    expect(rows[6]!.split(/\s{2,}/)).toEqual([
      'total',
      '5',
      '15,050',
      '6,920',
      '$0.1061',
      '1',
      '1',
    ]);

    const blame = ws.baton(['blame', 'src/query.ts', '--format', 'json'], { cwd: project });
    expect(blame.code, blame.output).toBe(0);
    const who = JSON.parse(blame.stdout).lines.map(
      (line: { author: { kind: string; model?: string; phase?: string } }) =>
        line.author.kind === 'phase'
          ? `${line.author.model} ${line.author.phase}`
          : line.author.kind,
    );
    expect(who).toEqual([
      ...Array(5).fill('google/gemini-2.5-pro data-processing'),
      'human',
      'uncommitted',
    ]);
  });

  it('says there are no runs yet on a workspace with no features, and blames nothing untracked', () => {
    const report = ws.baton(['report']);
    expect(report.code, report.output).toBe(0);
    expect(report.stdout).toMatch(
      /^No runs yet: no project of this workspace holds handoffs\/FEATURE\.md/,
    );
    expect(ws.exists('.baton')).toBe(false);

    const ledger = ws.baton(['ledger']);
    expect(ledger.code, ledger.output).toBe(0);
    expect(ledger.stdout).toMatch(/^No runs yet/);

    ws.write('notes.md', 'draft\n');
    const blame = ws.baton(['blame', 'notes.md']);
    expect(blame.code).toBe(1);
    expect(blame.stdout).toBe('');
    expect(blame.stderr).toContain('notes.md is not tracked by git');
    expect(blame.stderr).toContain('git add notes.md && git commit');
  });
});
