// secretlint's recommended preset: a maintained, vendor-tracked rule set for the vendor formats it knows.
// Its rules run here directly rather than in @secretlint/core: core 11.x (the last line for Node 20)
// records a performance mark per rule per file and keeps every one, so each call grows slower.
import { rules as recommendedRules } from '@secretlint/secretlint-rule-preset-recommend';
import type {
  SecretLintRuleContext,
  SecretLintRuleReportDescriptor,
  SecretLintSourceCode,
} from '@secretlint/types';

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
    return rule.create(context, RULE_OPTIONS[rule.meta.id] ?? {});
  });

/** What the preset's rules report on `text`; `path` (for its extension) lets file-type rules run. */
export function presetReports(text: string, path: string, ext: string): PresetReport[] {
  reports = [];
  const source = {
    content: text,
    filePath: path,
    ext,
    contentType: 'text',
  } as SecretLintSourceCode;
  for (const handler of handlers) void handler.file?.(source);
  const found = reports;
  reports = [];
  return found;
}
