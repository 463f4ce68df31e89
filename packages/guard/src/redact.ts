import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { TextScanner } from './text-scan';
import { PRESET_KEYWORDS, type PresetReport, presetReports } from './preset-rules';
import { randomTokens } from './random-tokens';
import { batonKeywords, batonRules } from './secret-rules';
import { isFiller, isPlaceholderPassword } from './secret-values';

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
  'random-token': 0,
  'generic-secret': 0,
  password: 0,
  'connection-string-secret': 0,
  'cli-password': 0,
  'query-credential': 0,
  'xml-secret': 0,
  'dockerfile-env': 0,
  'credential-pair': 0,
  'bearer-token': 1,
  'auth-header': 1,
  'npmrc-credential': 1,
  'docker-auth': 1,
  'kubernetes-secret': 1,
  'url-credentials': 2,
  'database-credentials': 2,
};
const specificity = (kind: string) => GENERAL_KINDS[kind] ?? 3;

const SCANNER = new TextScanner([...PRESET_KEYWORDS, ...batonKeywords]);

const URL_PASSWORD = /:\/\/[^\s:/?#@'"`<>]{0,128}:([^\s/?#@'"`<>]{1,256})@/d;

/** A secret found in a text: its kind and its [start, end) span. */
export interface Finding {
  kind: string;
  start: number;
  end: number;
}

function kindOf(message: PresetReport): string {
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
function spanOf(text: string, message: PresetReport): [number, number] | undefined {
  const [start, end] = message.range;
  if (/basicauth|database-connection-string/.test(message.ruleId)) {
    const match = URL_PASSWORD.exec(text.slice(start, end));
    const span = match?.indices?.[1];
    if (!span) return [start, end];
    return isPlaceholderPassword(match![1]) ? undefined : [start + span[0], start + span[1]];
  }
  const secret = Object.values(message.data)
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
 * Every secret in `text`, merged where findings overlap: secretlint's preset for the vendors it
 * knows, Baton's rules (each run only when one of its keywords occurs), and random-looking values.
 * `path` (for the file's extension) lets file-type rules such as service-account JSON run.
 */
export function findSecrets(text: string, path = ''): Finding[] {
  // secretlint needs an extension to pick rules by file type; plain text runs every text rule.
  const ext = (path && extname(path)) || '.txt';
  const findings: Finding[] = [];
  const { hits, runs } = SCANNER.scan(text);
  for (const message of presetReports(text, path, ext, hits)) {
    const span = spanOf(text, message);
    if (span) findings.push({ kind: kindOf(message), start: span[0], end: span[1] });
  }
  for (const rule of batonRules) {
    for (const [start, end] of rule.find(text, hits))
      findings.push({ kind: rule.kind, start, end });
  }
  findings.push(...randomTokens(text, runs));
  // sk_test_xxxxxxxx…, AKIAXXXXXXXX…: a vendor's shape filled in by hand for the docs.
  return merge(
    findings.filter(
      (finding) =>
        finding.kind === 'private-key' || !isFiller(text.slice(finding.start, finding.end)),
    ),
  );
}

/**
 * Masks every secret in `text`: each becomes `[REDACTED:<kind>:<fingerprint>]`, so the model still
 * sees that a key is there and two mentions of one key stay tied.
 */
export async function redact(
  text: string,
  options: { path?: string } = {},
): Promise<RedactionResult> {
  return redactNow(text, options.path);
}

function redactNow(text: string, path?: string): RedactionResult {
  let out = '';
  let cursor = 0;
  let line = 1;
  const redactions: Redaction[] = [];
  for (const finding of findSecrets(text, path)) {
    line += countLines(text, cursor, finding.start);
    const secret = text.slice(finding.start, finding.end);
    const print = fingerprint(secret);
    out += text.slice(cursor, finding.start) + redactionMarker(finding.kind, print);
    redactions.push({ kind: finding.kind, fingerprint: print, line });
    line += countLines(text, finding.start, finding.end);
    cursor = finding.end;
  }
  return { text: cursor === 0 ? text : out + text.slice(cursor), redactions };
}

function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1))
    lines++;
  return lines;
}
