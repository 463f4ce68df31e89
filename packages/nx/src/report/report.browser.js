/* global Chart, document */
// Builds the report from the JSON block; every text from the workspace goes in as text, never as HTML.
'use strict';

(function renderReport() {
  const report = JSON.parse(document.getElementById('relay-data').textContent);
  const integer = new Intl.NumberFormat('en-US');
  const palette = ['#3559c7', '#e07a1f', '#2f9e6e', '#b5367a', '#7a5cc7', '#c7a435', '#3aa0b8'];
  const humanColor = '#9aa3b2';

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
    for (const child of children) if (child !== null && child !== undefined) node.append(child);
    return node;
  }

  function cost(row) {
    const known = row.costUsd === null ? '' : `$${row.costUsd.toFixed(4)}`;
    if (row.unpricedRuns === 0) return known || '$0.0000';
    return known ? `${known} + ${row.unpricedRuns} unpriced` : `${row.unpricedRuns} unpriced`;
  }

  function figure(name, label, value) {
    return el(
      'div',
      { class: 'figure' },
      el('span', { class: 'value', 'data-figure': name }, value),
      el('span', { class: 'muted' }, label),
    );
  }

  function summaryTable(id, dimension, rows) {
    const head = el(
      'tr',
      {},
      el('th', {}, dimension),
      ...['runs', 'tokens in', 'tokens out', 'cost', 'failures', 'fallbacks'].map((title) =>
        el('th', { class: 'number' }, title),
      ),
    );
    const body = rows.map((row) =>
      el(
        'tr',
        { 'data-key': row.keys[dimension] },
        el('td', {}, row.keys[dimension]),
        el('td', { class: 'number', 'data-field': 'runs' }, integer.format(row.runs)),
        el('td', { class: 'number', 'data-field': 'inputTokens' }, integer.format(row.inputTokens)),
        el(
          'td',
          { class: 'number', 'data-field': 'outputTokens' },
          integer.format(row.outputTokens),
        ),
        el('td', { class: 'number', 'data-field': 'cost' }, cost(row)),
        el('td', { class: 'number', 'data-field': 'failures' }, integer.format(row.failures)),
        el('td', { class: 'number', 'data-field': 'fallbacks' }, integer.format(row.fallbacks)),
      ),
    );
    return el('table', { id }, el('thead', {}, head), el('tbody', {}, ...body));
  }

  function chart(id, round) {
    const canvas = el('canvas', { id, role: 'img' });
    return { box: el('div', { class: round ? 'chart round' : 'chart' }, canvas), canvas };
  }

  const charts = [];
  function barCharts(dimension, rows) {
    const labels = rows.map((row) => row.keys[dimension]);
    const tokens = chart(`chart-${dimension}-tokens`);
    const money = chart(`chart-${dimension}-cost`);
    charts.push(() => {
      new Chart(tokens.canvas, {
        type: 'bar',
        data: {
          labels,
          datasets: [
            {
              label: 'tokens in',
              data: rows.map((row) => row.inputTokens),
              backgroundColor: palette[0],
            },
            {
              label: 'tokens out',
              data: rows.map((row) => row.outputTokens),
              backgroundColor: palette[1],
            },
          ],
        },
        options: {
          animation: false,
          maintainAspectRatio: false,
          plugins: { title: { display: true, text: `Tokens by ${dimension}` } },
          scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } },
        },
      });
      new Chart(money.canvas, {
        type: 'bar',
        data: {
          labels,
          datasets: [
            {
              label: 'cost (USD, priced runs)',
              data: rows.map((row) => row.costUsd ?? 0),
              backgroundColor: palette[2],
            },
          ],
        },
        options: {
          animation: false,
          maintainAspectRatio: false,
          plugins: { title: { display: true, text: `Cost by ${dimension} (USD)` } },
          scales: { y: { beginAtZero: true } },
        },
      });
    });
    return el('div', { class: 'charts' }, tokens.box, money.box);
  }

  function timelineItem(event) {
    if (event.kind === 'handoff') {
      return el(
        'li',
        { class: 'handoff' },
        el('strong', {}, `Handoff ${event.from.phase} → ${event.to.phase}`),
        ` (${event.from.model} → ${event.to.model}) `,
        el('span', { class: 'muted' }, `${event.time} · base ${event.base} · `),
        el('code', {}, event.file),
        event.completed ? el('div', { class: 'muted' }, `Completed: ${event.completed}`) : null,
      );
    }
    const fallback = event.fallbackUsed ? ` · answered by fallback ${event.fallbackUsed}` : '';
    return el(
      'li',
      { class: event.outcome === 'failure' ? 'run failure' : 'run' },
      el('strong', {}, `Run ${event.phase}`),
      ` on ${event.model}${event.alias ? ` (${event.alias})` : ''} `,
      el('span', { class: 'outcome' }, event.outcome),
      el(
        'span',
        { class: 'muted' },
        ` · ${event.time} · ${integer.format(event.inputTokens)} in / ${integer.format(event.outputTokens)} out · ` +
          `${event.costUsd === null ? 'unpriced' : `$${event.costUsd.toFixed(4)}`} · ${(event.durationMs / 1000).toFixed(1)} s${fallback}`,
      ),
      event.branch ? el('div', {}, 'branch ', el('code', {}, event.branch)) : null,
      event.commit ? el('div', {}, 'commit ', el('code', {}, event.commit.slice(0, 12))) : null,
      event.report ? el('div', {}, 'report ', el('code', {}, event.report)) : null,
      event.error ? el('div', { class: 'outcome' }, event.error) : null,
    );
  }

  function lineSection(feature, index) {
    const total = feature.lines.reduce((sum, share) => sum + share.lines, 0);
    if (total === 0) return el('p', { class: 'muted' }, 'No tracked lines yet.');
    const round = chart(`chart-lines-${index}`, true);
    const colors = feature.lines.map((share, at) =>
      share.author === 'human' || share.author === 'uncommitted'
        ? humanColor
        : palette[at % palette.length],
    );
    charts.push(() => {
      new Chart(round.canvas, {
        type: 'doughnut',
        data: {
          labels: feature.lines.map((share) => share.author),
          datasets: [{ data: feature.lines.map((share) => share.lines), backgroundColor: colors }],
        },
        options: {
          animation: false,
          maintainAspectRatio: false,
          plugins: { legend: { position: 'right' } },
        },
      });
    });
    const table = el(
      'table',
      { class: 'lines' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', {}, 'written by'),
          el('th', { class: 'number' }, 'lines'),
          el('th', { class: 'number' }, 'share'),
        ),
      ),
      el(
        'tbody',
        {},
        ...feature.lines.map((share) =>
          el(
            'tr',
            { 'data-key': share.author },
            el('td', {}, share.author),
            el('td', { class: 'number', 'data-field': 'lines' }, integer.format(share.lines)),
            el('td', { class: 'number' }, `${((share.lines / total) * 100).toFixed(1)}%`),
          ),
        ),
      ),
    );
    return el('div', { class: 'charts' }, round.box, table);
  }

  function reportSection(phaseReport) {
    return el(
      'article',
      { class: 'finding', 'data-phase': phaseReport.phase },
      el('h3', {}, `${phaseReport.phase} `, el('code', { class: 'muted' }, phaseReport.file)),
      phaseReport.details.length
        ? el(
            'dl',
            { class: 'details' },
            ...phaseReport.details.flatMap(([key, value]) => [
              el('dt', {}, key),
              el('dd', {}, value),
            ]),
          )
        : null,
      phaseReport.review ? reviewTables(phaseReport.review) : null,
      el('div', { class: 'text' }, phaseReport.text),
    );
  }

  /** A review by several reviewers: what each cost, then the findings, most agreed first. */
  function reviewTables(review) {
    const row = (...cells) => el('tr', {}, ...cells.map((cell) => el('td', {}, String(cell))));
    const head = (...cells) => el('tr', {}, ...cells.map((cell) => el('th', {}, cell)));
    return el(
      'div',
      { class: 'review' },
      el(
        'table',
        { class: 'reviewers' },
        head('reviewer', 'model', 'outcome', 'findings', 'cost'),
        ...review.reviewers.map((reviewer) =>
          row(
            reviewer.alias,
            `${reviewer.provider}/${reviewer.modelReported ?? reviewer.modelRequested}`,
            reviewer.outcome === 'success' ? 'answered' : `failed: ${reviewer.error ?? ''}`,
            reviewer.findings ?? '-',
            reviewer.costUsd === null ? 'unknown' : `$${reviewer.costUsd.toFixed(4)}`,
          ),
        ),
      ),
      el(
        'table',
        { class: 'findings' },
        head('agreement', 'severity', 'kind', 'file', 'lines', 'found by'),
        ...review.findings.map((finding) =>
          row(
            finding.agreement,
            finding.severity,
            finding.kind,
            finding.file,
            `${finding.lines.start}-${finding.lines.end}`,
            finding.foundBy.join(', '),
          ),
        ),
      ),
    );
  }

  function featureSection(feature, index) {
    return el(
      'section',
      { class: 'feature', 'data-feature': feature.feature },
      el('h2', {}, feature.title ? `${feature.feature}: ${feature.title}` : feature.feature),
      el('p', { class: 'muted' }, 'project ', el('code', {}, feature.root)),
      feature.vision ? el('div', { class: 'text vision' }, feature.vision) : null,
      el('h3', {}, 'Relay'),
      feature.timeline.length
        ? el('ol', { class: 'timeline' }, ...feature.timeline.map(timelineItem))
        : el('p', { class: 'muted' }, 'No handoffs or runs yet.'),
      el('h3', {}, 'Branches'),
      feature.branches.length
        ? el(
            'ul',
            { class: 'branches' },
            ...feature.branches.map((branch) => el('li', {}, el('code', {}, branch))),
          )
        : el('p', { class: 'muted' }, 'No phase branches yet.'),
      el('h3', {}, 'Who wrote the lines'),
      el(
        'p',
        { class: 'muted' },
        'Tracked text files of the project, handoffs/ aside, by the commit that last touched each line.',
      ),
      lineSection(feature, index),
      el('h3', {}, 'Findings of the report phases'),
      feature.reports.length
        ? el('div', {}, ...feature.reports.map(reportSection))
        : el('p', { class: 'muted' }, 'No reports yet.'),
    );
  }

  const main = el(
    'main',
    {},
    el('h1', {}, 'Baton relay report'),
    el(
      'p',
      { class: 'muted' },
      `Generated ${report.generatedAt} · ${report.features.length} feature${report.features.length === 1 ? '' : 's'}`,
    ),
    el(
      'div',
      { class: 'figures' },
      figure('runs', 'phase runs', integer.format(report.total.runs)),
      figure('inputTokens', 'tokens in', integer.format(report.total.inputTokens)),
      figure('outputTokens', 'tokens out', integer.format(report.total.outputTokens)),
      figure('cost', 'cost', cost(report.total)),
      figure('failures', 'failures', integer.format(report.total.failures)),
      figure('fallbacks', 'fallbacks', integer.format(report.total.fallbacks)),
    ),
  );
  if (report.total.runs === 0) {
    main.append(
      el(
        'p',
        { class: 'muted' },
        'No runs yet: run a phase (nx run <project>:<phase>) and its tokens and cost show here.',
      ),
    );
  } else {
    main.append(
      el('h2', {}, 'Tokens and cost by phase'),
      barCharts('phase', report.byPhase),
      summaryTable('table-phase', 'phase', report.byPhase),
      el('h2', {}, 'Tokens and cost by model'),
      barCharts('model', report.byModel),
      summaryTable('table-model', 'model', report.byModel),
    );
  }
  report.features.forEach((feature, index) => main.append(featureSection(feature, index)));
  document.body.append(main);
  for (const draw of charts) draw();
})();
