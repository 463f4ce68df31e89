// Baton's own secretlint rules: the formats secretlint's recommended preset (11.7.1) misses or only
// half-covers, measured against the planted corpus in src/__fixtures__/corpus. Each rule says why it exists.
import type { SecretLintRuleCreator, SecretLintRuleContext } from '@secretlint/types';

export const BATON_RULE_PREFIX = '@baton/guard/';

interface PatternRule {
  /** The kind a masked value shows: `[REDACTED:<kind>:<fingerprint>]`. */
  kind: string;
  /** Why the preset is not enough. */
  why: string;
  pattern: RegExp;
  /** The capture group holding the secret; 0 (the whole match) unless the pattern needs context. */
  group?: number;
  /** Rejects matches that are placeholders or code rather than secrets. */
  accept?: (value: string, match: RegExpMatchArray) => boolean;
}

/** Shannon entropy in bits per character: random keys score high, words and identifiers low. */
export function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

const PLACEHOLDER =
  /^(?:\$\{?\w|\{\{|%\(|<.*>$|\*+$|x{4,}|\.{3})|process\.env|os\.environ|getenv|your[_-]|changeme|placeholder|redacted/i;
/** `user:pass@`, `:${DB_PASSWORD}@`, `:<password>@`, `:****@`: documentation, not credentials. */
export function isPlaceholderPassword(password: string): boolean {
  return /^(?:\$\{?\w+\}?|\{\{.*\}\}|<[^>]*>|%[0-9A-F]{0,2}|\*+|x+|\.+|pass(?:word)?|pwd|secret|token)$/i.test(
    password,
  );
}

const IDENTIFIER_PATH = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;

/** A value written after a secret-sounding name: kept only when it reads as random, not as code or prose. */
export function looksLikeSecretValue(value: string): boolean {
  if (value.length < 8 || /\s/.test(value) || PLACEHOLDER.test(value)) return false;
  if (IDENTIFIER_PATH.test(value) || /^(?:[a-z][\w+.-]*:)?\/\//i.test(value)) return false;
  // Paths (/etc/app/key.json, ./certs) and word-chains (my-api-key, access_token) name a secret; they are not one.
  if (/^(?:~|\.{1,2})?\//.test(value) || /^[a-z]+(?:[-_][a-z]+)+$/.test(value)) return false;
  if (/^[\d.:/-]+$/.test(value)) return false;
  const hasDigitOrSymbol = /[^A-Za-z]/.test(value);
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  if (!hasDigitOrSymbol) return value.length >= 24 && entropy(value) >= 4;
  return classes >= 2 && entropy(value) >= 2.75;
}

// Names that announce a secret: DB_PASSWORD, clientSecret, "api_key", aws_secret_key, X-Auth-Token...
const SECRET_NAME = String.raw`[A-Za-z0-9_.-]*?(?:password|passwd|passphrase|pwd|secret|token|api[_.-]?key|apikey|access[_.-]?key|auth[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|credentials?)(?:[_.-]?(?:key|value|id|str))?`;
const ASSIGNMENT = new RegExp(
  String.raw`(?<![A-Za-z0-9_.-])(?:(${SECRET_NAME})["']?\s*(?:=>|:=|===?|=|:(?=[\s"'\x60]))\s*)` +
    String.raw`(?:"((?:[^"\\\r\n]|\\.){1,512})"|'((?:[^'\\\r\n]|\\.){1,512})'|\x60([^\x60\\\r\n]{1,512})\x60|([^\s"'\x60,;&()<>{}\[\]]{1,512}))`,
  'dgi',
);

const patternRules: PatternRule[] = [
  {
    kind: 'gitlab-token',
    why: 'the preset has no GitLab rule',
    pattern:
      /(?<![A-Za-z0-9_-])(?:glpat|glptt|gldt|glrt|glcbt|glft|glimt|glsoat|gloas|glagent)-[A-Za-z0-9_-]{20,}(?:\.[A-Za-z0-9_-]+)*(?![A-Za-z0-9_-])/dg,
  },
  {
    kind: 'stripe-key',
    why: 'the preset has no Stripe rule (publishable pk_ keys are public by design and stay)',
    pattern: /(?<![A-Za-z0-9_])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}(?![A-Za-z0-9])/dg,
  },
  {
    kind: 'stripe-webhook-secret',
    why: 'the preset has no Stripe rule',
    pattern: /(?<![A-Za-z0-9_])whsec_[A-Za-z0-9+/=]{24,}(?![A-Za-z0-9])/dg,
  },
  {
    kind: 'openai-key',
    why: 'the preset only knows keys carrying the T3BlbkFJ marker at a fixed offset; project and service-account keys vary',
    pattern:
      /(?<![A-Za-z0-9_-])sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}|[A-Za-z0-9]{32,})(?![A-Za-z0-9_-])/dg,
  },
  {
    kind: 'anthropic-key',
    why: 'the preset only knows sk-ant-api0N- keys of 90-128 characters ending in AA; admin and OAuth keys differ',
    pattern: /(?<![A-Za-z0-9_-])sk-ant-[a-z]+\d{0,3}-[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])/dg,
  },
  {
    kind: 'google-api-key',
    why: 'the preset only scans service-account JSON files, not AIza API keys',
    pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/dg,
  },
  {
    kind: 'google-oauth-client-secret',
    why: 'the preset has no rule for Google OAuth client secrets',
    pattern: /(?<![A-Za-z0-9_-])GOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])/dg,
  },
  {
    kind: 'sendgrid-key',
    why: 'the preset allows a dash or underscore only once, in the last segment; real keys carry them anywhere',
    pattern: /(?<![A-Za-z0-9_-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/dg,
  },
  {
    kind: 'huggingface-token',
    why: 'the preset has no Hugging Face rule',
    pattern: /(?<![A-Za-z0-9_])(?:hf_|api_org_)[A-Za-z0-9]{30,}(?![A-Za-z0-9])/dg,
  },
  {
    kind: 'twilio-api-key',
    why: 'the preset has no Twilio rule (API key SIDs are SK and 32 hex digits)',
    pattern: /(?<![A-Za-z0-9])SK[0-9a-f]{32}(?![A-Za-z0-9])/dg,
  },
  {
    kind: 'twilio-account-sid',
    why: 'the preset has no Twilio rule; an account SID is the user half of the Basic credential',
    pattern: /(?<![A-Za-z0-9])AC[0-9a-f]{32}(?![A-Za-z0-9])/dg,
  },
  {
    kind: 'private-key',
    why: 'the preset skips encrypted keys, keys whose body does not start with ASN.1 magic bytes, and unterminated keys',
    pattern:
      /-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]{0,16384}?-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----|[A-Za-z0-9+/=\s\\:-]*)/dg,
  },
  {
    kind: 'jwt',
    why: 'the preset has no JSON Web Token rule, and a bearer JWT is a live credential until it expires',
    pattern:
      /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*(?![A-Za-z0-9_-])/dg,
  },
  {
    kind: 'url-credentials',
    why: 'the preset allows only [-a-zA-Z0-9_] in URL passwords, misses redis/amqp/smtp/... schemes, and masks the whole URL; this masks just the password',
    pattern:
      /\b[a-z][a-z0-9+.-]{1,30}:\/\/[^\s:/?#@'"`<>]{0,128}:([^\s/?#@'"`<>]{1,256})@[^\s'"`<>]/dgi,
    group: 1,
    accept: (password) => !isPlaceholderPassword(password),
  },
  {
    kind: 'sql-password',
    why: "SQL writes PASSWORD 'x' with no = sign, and any literal password there is a real one",
    pattern: /\b(?:PASSWORD|IDENTIFIED\s+BY)\s+'((?:[^'\\\r\n]|''){4,256})'/dgi,
    group: 1,
    accept: (password) => !PLACEHOLDER.test(password),
  },
  {
    kind: 'bearer-token',
    why: 'tokens pasted into curl commands and HTTP examples carry no name the assignment rule could see',
    pattern: /\b(?:Bearer|token)\s+([A-Za-z0-9._~+/-]{20,}=*)/dg,
    group: 1,
    accept: looksLikeSecretValue,
  },
  {
    kind: 'generic-secret',
    why: 'no vendor pattern catches a hand-made password or secret; its name and a random-looking value do',
    pattern: ASSIGNMENT,
    accept: (value) => looksLikeSecretValue(value),
  },
];

/** The secret inside a match, located exactly through the match's indices (the `d` flag). */
function valueOf(
  match: RegExpMatchArray,
  rule: PatternRule,
): { value: string; start: number } | undefined {
  const groups = rule.group === undefined ? [0] : [rule.group];
  if (rule.pattern === ASSIGNMENT) groups.splice(0, 1, 2, 3, 4, 5);
  const group = groups.find((i) => match[i] !== undefined);
  const span = group === undefined ? undefined : match.indices?.[group];
  return span && { value: match[group!], start: span[0] };
}

function toSecretlintRule(rule: PatternRule): SecretLintRuleCreator {
  const messageId = rule.kind;
  return {
    messages: { [messageId]: { en: () => `found ${rule.kind}` } },
    meta: {
      id: `${BATON_RULE_PREFIX}${rule.kind}`,
      type: 'scanner',
      recommended: true,
      supportedContentTypes: ['text'],
    },
    create(context: SecretLintRuleContext) {
      const t = context.createTranslator({ [messageId]: { en: () => `found ${rule.kind}` } });
      return {
        file(source) {
          for (const match of source.content.matchAll(rule.pattern)) {
            const found = valueOf(match, rule);
            if (!found || (rule.accept && !rule.accept(found.value, match))) continue;
            context.report({
              message: t(messageId),
              range: [found.start, found.start + found.value.length],
            });
          }
        },
      };
    },
  };
}

/** Baton's rules, in secretlint's rule format so that one engine runs them beside the preset. */
export const batonRules: SecretLintRuleCreator[] = patternRules.map(toSecretlintRule);

/** Each rule's kind and why it exists, for the audit and the docs. */
export const batonRuleReasons: ReadonlyArray<{ kind: string; why: string }> = patternRules.map(
  ({ kind, why }) => ({ kind, why }),
);
