import { createHash } from 'node:crypto';
import { extname } from 'node:path';
// secretlint: a maintained, vendor-tracked secret rule set and engine; Baton's rules (secret-rules.ts) run in it too.
import { lintSource } from '@secretlint/core';
import { rules as recommendedRules } from '@secretlint/secretlint-rule-preset-recommend';
import type { SecretLintCoreConfig, SecretLintCoreResultMessage } from '@secretlint/types';
import { BATON_RULE_PREFIX, batonRules, isPlaceholderPassword } from './secret-rules';

export interface Redaction {
  /** What was masked: `github-token`, `aws-secret-access-key`, `generic-secret`... */
  kind: string;
  /** Six hex digits of a hash of the secret: the same secret always masks to the same marker. */
  fingerprint: string;
  /** 1-based line of the original text where the secret started. */
  line: number;
}

export interface RedactionResult {
  text: string;
  redactions: Redaction[];
}

// Honouring "secretlint-disable" comments would let the repository's own text switch redaction off.
const UNTRUSTED_RULES = new Set(['@secretlint/secretlint-rule-filter-comments']);

const RULE_OPTIONS: Record<string, object> = {
  // Access key ids are off by default in the preset; a key id is half of a credential pair.
  '@secretlint/secretlint-rule-aws': { enableIDScanRule: true },
};

const config: SecretLintCoreConfig = {
  rules: [
    ...recommendedRules.filter((rule) => !UNTRUSTED_RULES.has(rule.meta.id)),
    ...batonRules,
  ].map((rule) => ({ id: rule.meta.id, rule, options: RULE_OPTIONS[rule.meta.id] ?? {} })),
};

const PRESET_KINDS: Record<string, string> = {
  AWSAccessKeyID: 'aws-access-key-id',
  AWSSecretAccessKey: 'aws-secret-access-key',
  AWSAccountID: 'aws-account-id',
  GITHUB_TOKEN: 'github-token',
  PackageJSON_xOauthToken: 'github-token',
  Npmrc_authToken: 'npm-token',
  NPM_ACCESS_TOKEN: 'npm-token',
  SLACK_TOKEN: 'slack-token',
  IncomingWebhook: 'slack-webhook',
  BasicAuth: 'url-credentials',
  OPENAI_TOKEN: 'openai-key',
  ANTHROPIC_API_KEY: 'anthropic-key',
  PrivateKey: 'private-key',
  SENDGRID_KEY: 'sendgrid-key',
};

/** Where two findings overlap, the more specific kind names the merged mask. */
const GENERAL_KINDS: Record<string, number> = {
  'generic-secret': 0,
  password: 0,
  'bearer-token': 1,
  'url-credentials': 2,
  'database-credentials': 2,
};
const specificity = (kind: string) => GENERAL_KINDS[kind] ?? 3;

const URL_PASSWORD = /:\/\/[^\s:/?#@'"`<>]{0,128}:([^\s/?#@'"`<>]{1,256})@/d;

interface Finding {
  kind: string;
  start: number;
  end: number;
}

function kindOf(message: SecretLintCoreResultMessage): string {
  if (message.ruleId.startsWith(BATON_RULE_PREFIX))
    return message.ruleId.slice(BATON_RULE_PREFIX.length);
  if (message.ruleId.endsWith('database-connection-string')) return 'database-credentials';
  return (
    PRESET_KINDS[message.messageId] ??
    message.ruleId.replace(/^@secretlint\/secretlint-rule-/, '').concat('-secret')
  );
}

/**
 * The exact span of the secret a preset rule reported. Some preset rules report the start of the
 * whole match with the secret's length (aws secret keys, x-oauth URLs), and URL rules report the
 * whole URL: masking only the password keeps the host and database visible to the model.
 */
function spanOf(text: string, message: SecretLintCoreResultMessage): [number, number] | undefined {
  const [start, end] = message.range;
  if (message.ruleId.startsWith(BATON_RULE_PREFIX)) return [start, end];
  if (/basicauth|database-connection-string/.test(message.ruleId)) {
    const match = URL_PASSWORD.exec(text.slice(start, end));
    const span = match?.indices?.[1];
    if (!span) return [start, end];
    return isPlaceholderPassword(match![1]) ? undefined : [start + span[0], start + span[1]];
  }
  const data = (message.data ?? {}) as Record<string, unknown>;
  const secret = Object.values(data)
    .filter((value): value is string => typeof value === 'string' && value.length >= 8)
    .sort((a, b) => b.length - a.length)[0];
  if (secret && text.slice(start, end) !== secret) {
    const at = text.indexOf(secret, Math.max(0, start - secret.length - 512));
    if (at !== -1 && at <= end + 512) return [at, at + secret.length];
  }
  return [start, end];
}

function merge(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Finding[] = [];
  for (const finding of sorted) {
    const last = merged.at(-1);
    if (last && finding.start < last.end) {
      last.end = Math.max(last.end, finding.end);
      if (specificity(finding.kind) > specificity(last.kind)) last.kind = finding.kind;
    } else {
      merged.push({ ...finding });
    }
  }
  return merged;
}

export function fingerprint(secret: string): string {
  return createHash('sha256').update('baton-redaction\0').update(secret).digest('hex').slice(0, 6);
}

export const redactionMarker = (kind: string, print: string) => `[REDACTED:${kind}:${print}]`;

/**
 * Masks every secret in `text`: each becomes `[REDACTED:<kind>:<fingerprint>]`, so the model still
 * sees that a key is there and two mentions of one key stay tied. `path` (for the file's extension)
 * lets file-type rules such as service-account JSON run.
 */
export async function redact(
  text: string,
  options: { path?: string } = {},
): Promise<RedactionResult> {
  const result = await lintSource({
    source: {
      content: text,
      filePath: options.path ?? '',
      // secretlint needs an extension to pick rules by file type; plain text runs every text rule.
      ext: (options.path && extname(options.path)) || '.txt',
      contentType: 'text',
    },
    options: { config, noPhysicFilePath: true },
  });
  const findings = merge(
    result.messages.flatMap((message) => {
      const span = spanOf(text, message);
      return span ? [{ kind: kindOf(message), start: span[0], end: span[1] }] : [];
    }),
  );
  let out = '';
  let cursor = 0;
  let line = 1;
  const redactions: Redaction[] = [];
  for (const finding of findings) {
    const before = text.slice(cursor, finding.start);
    line += before.split('\n').length - 1;
    const secret = text.slice(finding.start, finding.end);
    const print = fingerprint(secret);
    out += before + redactionMarker(finding.kind, print);
    redactions.push({ kind: finding.kind, fingerprint: print, line });
    line += secret.split('\n').length - 1;
    cursor = finding.end;
  }
  return { text: out + text.slice(cursor), redactions };
}
