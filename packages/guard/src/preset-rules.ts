// secretlint's recommended preset: a maintained, vendor-tracked rule set for the vendor formats it knows.
// Its rules run here directly rather than in @secretlint/core: core 11.x (the last line for Node 20)
// records a performance mark per rule per file and keeps every one, so each call grows slower.
import { rules as recommendedRules } from '@secretlint/secretlint-rule-preset-recommend';
import type {
  SecretLintRuleContext,
  SecretLintRuleReportDescriptor,
  SecretLintSourceCode,
} from '@secretlint/types';
import { type KeywordHits, linesAround } from './text-scan';

export interface PresetReport {
  ruleId: string;
  messageId: string;
  range: readonly [number, number];
  data: Record<string, unknown>;
}

// Honouring "secretlint-disable" comments would let the repository's own text switch redaction off.
const UNTRUSTED_RULES = new Set(['@secretlint/secretlint-rule-filter-comments']);

const RULE_OPTIONS: Record<string, object> = {
  // Access key ids are off by default in the preset; a key id is half of a credential pair.
  '@secretlint/secretlint-rule-aws': { enableIDScanRule: true },
};

/**
 * A literal (case folded) inside every match of the preset's line rules, as of 11.7.1: the rules
 * then run on the lines holding one, rather than each scanning the whole text.
 */
export const PRESET_KEYWORDS: readonly string[] = [
  // aws: access key ids, then the names of the secret key and account id assignments.
  ...['a3t', 'akia', 'agpa', 'aida', 'aroa', 'aipa', 'anpa', 'anva', 'asia', 'secret', 'account'],
  // github, npm, slack, openai and anthropic, linear, 1password, sendgrid, shopify.
  ...['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', 'x-oauth-basic'],
  ...['_authtoken', 'npm_', 'xox', 'xapp', 'hooks.slack.com', 'sk-', 'lin_api_', 'ops_', 'sg.'],
  ...['shppa_', 'shpca_', 'shpat_', 'shpss_'],
  // basicauth and the database connection strings are URLs.
  '://',
];
// Rules that read a whole file (service-account JSON) or matches that span lines (PEM blocks).
const WHOLE_TEXT_RULES = new Set([
  '@secretlint/secretlint-rule-gcp',
  '@secretlint/secretlint-rule-privatekey',
]);

let reports: PresetReport[] = [];

const handlers = recommendedRules
  .filter((rule) => !UNTRUSTED_RULES.has(rule.meta.id))
  .map((rule) => {
    const context = {
      sharedOptions: {},
      createTranslator: () => (messageId: string, data?: Record<string, unknown>) => ({
        message: messageId,
        messageId,
        data,
      }),
      report(descriptor: SecretLintRuleReportDescriptor) {
        const { messageId, data } = descriptor.message as { messageId: string; data?: object };
        reports.push({
          ruleId: rule.meta.id,
          messageId,
          range: descriptor.range,
          data: (data ?? {}) as Record<string, unknown>,
        });
      },
      ignore() {},
    } as unknown as SecretLintRuleContext;
    const handler = rule.create(context, RULE_OPTIONS[rule.meta.id] ?? {});
    return { wholeText: WHOLE_TEXT_RULES.has(rule.meta.id), handler };
  });

const sourceOf = (content: string, filePath: string, ext: string) =>
  ({ content, filePath, ext, contentType: 'text' }) as SecretLintSourceCode;

/**
 * What the preset's rules report on `text`; `path` (for its extension) lets file-type rules run.
 * Given where PRESET_KEYWORDS occur, line rules run only on those lines (and the line after each,
 * where a `\s*` may carry a match): joined into one text, their reports mapped back.
 */
export function presetReports(
  text: string,
  path: string,
  ext: string,
  hits?: KeywordHits,
): PresetReport[] {
  reports = [];
  const windows = hits && linesAround(text, hits.positionsOf(PRESET_KEYWORDS), 1);
  const whole = sourceOf(text, path, ext);
  for (const { wholeText, handler } of handlers)
    if (wholeText || !windows) void handler.file?.(whole);
  const found = reports;
  reports = [];
  if (!windows || windows.length === 0) return found;
  const starts: number[] = [];
  let joined = '';
  for (const [start, end] of windows) {
    starts.push(joined.length);
    joined += text.slice(start, end) + '\n';
  }
  const lines = sourceOf(joined, path, ext);
  for (const { wholeText, handler } of handlers) if (!wholeText) void handler.file?.(lines);
  for (const report of reports) {
    const [from, to] = report.range;
    let window = starts.length - 1;
    while (starts[window] > from) window--;
    const [start, end] = windows[window];
    const shift = start - starts[window];
    // A match across the seam of two windows joins lines that are apart in the text.
    if (to + shift > end) continue;
    found.push({ ...report, range: [from + shift, to + shift] });
  }
  reports = [];
  return found;
}
