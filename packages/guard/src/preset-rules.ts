// secretlint's recommended preset: a maintained, vendor-tracked rule set for the vendor formats it knows.
// Its rules run here directly rather than in @secretlint/core: core 11.x (the last line for Node 20)
// records a performance mark per rule per file and keeps every one, so each call grows slower.
import { rules as recommendedRules } from '@secretlint/secretlint-rule-preset-recommend';
import type {
  SecretLintRuleContext,
  SecretLintRuleReportDescriptor,
  SecretLintRuleReportHandler,
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

const URL_KEYWORDS = ['://'];
/**
 * For each line rule of the preset (as of 11.7.1), literals (case folded) one of which is inside
 * every match: the rule then runs only on the lines holding one. A rule not named here (gcp reads a
 * whole service-account file, privatekey's PEM blocks span lines, or a rule a later version adds)
 * runs on the whole text.
 */
const RULE_KEYWORDS: Record<string, readonly string[]> = {
  // Access key ids, then the names of the secret key and account id assignments.
  aws: ['a3t', 'akia', 'agpa', 'aida', 'aroa', 'aipa', 'anpa', 'anva', 'asia', 'secret', 'account'],
  github: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', 'x-oauth-basic'],
  npm: ['_authtoken', 'npm_'],
  slack: ['xox', 'xapp', 'hooks.slack.com'],
  openai: ['sk-'],
  anthropic: ['sk-ant-'],
  linear: ['lin_api_'],
  '1password': ['ops_'],
  sendgrid: ['sg.'],
  shopify: ['shppa_', 'shpca_', 'shpat_', 'shpss_'],
  basicauth: URL_KEYWORDS,
  'database-connection-string': URL_KEYWORDS,
};
const keywordsOf = (ruleId: string) =>
  RULE_KEYWORDS[ruleId.replace('@secretlint/secretlint-rule-', '')];

/** Every keyword of the preset's line rules, for the scan that finds where they occur. */
export const PRESET_KEYWORDS: readonly string[] = Object.values(RULE_KEYWORDS).flat();

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
    return { keywords: keywordsOf(rule.meta.id), handler };
  });

const sourceOf = (content: string, filePath: string, ext: string) =>
  ({ content, filePath, ext, contentType: 'text' }) as SecretLintSourceCode;

/**
 * What the preset's rules report on `text`; `path` (for its extension) lets file-type rules run.
 * Given where the keywords occur, each line rule runs only on the lines holding one of its own
 * (and the line after each, where a `\s*` may carry a match): joined into one text, its reports
 * mapped back.
 */
export function presetReports(
  text: string,
  path: string,
  ext: string,
  hits?: KeywordHits,
): PresetReport[] {
  const found: PresetReport[] = [];
  for (const { keywords, handler } of handlers) {
    const windows = hits && keywords && linesAround(text, hits.positionsOf(keywords), 1);
    if (!windows) found.push(...reportsOn(handler, sourceOf(text, path, ext)));
    else if (windows.length > 0) found.push(...reportsInWindows(handler, text, windows, path, ext));
  }
  return found;
}

function reportsOn(handler: SecretLintRuleReportHandler, source: SecretLintSourceCode) {
  reports = [];
  void handler.file?.(source);
  const found = reports;
  reports = [];
  return found;
}

function reportsInWindows(
  handler: SecretLintRuleReportHandler,
  text: string,
  windows: ReadonlyArray<readonly [number, number]>,
  path: string,
  ext: string,
): PresetReport[] {
  const starts: number[] = [];
  let joined = '';
  for (const [start, end] of windows) {
    starts.push(joined.length);
    joined += text.slice(start, end) + '\n';
  }
  const found: PresetReport[] = [];
  for (const report of reportsOn(handler, sourceOf(joined, path, ext))) {
    const [from, to] = report.range;
    let window = starts.length - 1;
    while (starts[window] > from) window--;
    const [start, end] = windows[window];
    const shift = start - starts[window];
    // A match across the seam of two windows joins lines that are apart in the text.
    if (to + shift <= end) found.push({ ...report, range: [from + shift, to + shift] });
  }
  return found;
}
