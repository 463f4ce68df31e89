import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RelayReport } from '@baton/relay';

/** The report's own script and style, beside this file in src/ and (copied by the build) in dist/. */
const pageScriptFile = join(__dirname, 'report.browser.js');
const pageStyleFile = join(__dirname, 'report.css');

/**
 * Chart.js's UMD build, inlined so the page needs no network. chart.js (maintained, canvas, no
 * dependencies in its UMD build) does not export this file, so it is found beside its main entry.
 */
function chartJsSource(): string {
  return readFileSync(join(dirname(require.resolve('chart.js')), 'chart.umd.min.js'), 'utf8');
}

/**
 * JSON that is safe inside `<script type="application/json">`: `<`, `>`, `&` and the two JS line
 * separators are escaped, so no text from a model can close the element or open another.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function inline(tag: 'script' | 'style', source: string): string {
  if (new RegExp(`</${tag}`, 'i').test(source)) {
    throw new Error(`An inlined ${tag} contains </${tag}> and would break the report page.`);
  }
  return `<${tag}>${source}</${tag}>`;
}

const hash = (source: string) => `'sha256-${createHash('sha256').update(source).digest('base64')}'`;

/**
 * One self-contained HTML page: data as JSON, Chart.js, the page's script and style, all inline.
 * The Content-Security-Policy allows only these exact scripts and style, and no request at all.
 */
export function renderReportPage(report: RelayReport): string {
  const scripts = [chartJsSource(), readFileSync(pageScriptFile, 'utf8')];
  const style = readFileSync(pageStyleFile, 'utf8');
  const policy = [
    "default-src 'none'",
    `script-src ${scripts.map(hash).join(' ')}`,
    `style-src ${hash(style)}`,
    'img-src data:',
  ].join('; ');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Baton relay report</title>',
    inline('style', style),
    '</head>',
    '<body>',
    `<script type="application/json" id="relay-data">${jsonForScript(report)}</script>`,
    ...scripts.map((source) => inline('script', source)),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
