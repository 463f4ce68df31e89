import type { PatternRule } from './pattern-rule';
import { PLACEHOLDER, isPlaceholderPassword, looksLikeSecretValue } from './secret-values';

// Names that announce a secret: DB_PASSWORD, clientSecret, "api_key", aws_secret_key, X-Auth-Token...
const SECRET_WORDS = [
  'password',
  'passwd',
  'passphrase',
  'pwd',
  'secret',
  'token',
  'key',
  'credential',
];
// The name from its last word: what precedes that is left unread, so that the scan can jump to it.
const SECRET_NAME = String.raw`(?:password|passwd|passphrase|pwd|secret|token|api[_.-]?key|apikey|access[_.-]?key|auth[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|credentials?)(?:[_.-]?(?:key|value|id|str))?`;
const ASSIGNMENT = new RegExp(
  String.raw`(?:(${SECRET_NAME})["']?\s*(?:=>|:=|===?|=|:(?=[\s"'\x60]))\s*)` +
    // A quote closed by a letter or another quote was inside the value: the last alternative reads on.
    String.raw`(?:"((?:[^"\\\r\n]|\\.){1,512})"(?![\w{@!$%^~"'\x60])|'((?:[^'\\\r\n]|\\.){1,512})'(?![\w{@!$%^~"'\x60])|\x60([^\x60\\\r\n]{1,512})\x60|([^\s"'\x60,;&()<>{}\[\]]{1,512})|["'\x60](\S{1,512}))`,
  'dgi',
);

export const vendorAndNameRules: PatternRule[] = [
  {
    kind: 'gitlab-token',
    keywords: [
      'glpat',
      'glptt',
      'gldt',
      'glrt',
      'glcbt',
      'glft',
      'glimt',
      'glsoat',
      'gloas',
      'glagent',
    ],
    why: 'the preset has no GitLab rule',
    pattern:
      /(?<![A-Za-z0-9_-])(?:glpat|glptt|gldt|glrt|glcbt|glft|glimt|glsoat|gloas|glagent)-[A-Za-z0-9_-]{20,}(?:\.[A-Za-z0-9_-]+)*(?![A-Za-z0-9_-])/dg,
  },
  {
    kind: 'stripe-key',
    keywords: ['sk_live', 'sk_test', 'rk_live', 'rk_test'],
    why: 'the preset has no Stripe rule (publishable pk_ keys are public by design and stay)',
    pattern: /(?<![A-Za-z0-9_])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}(?![A-Za-z0-9])/dg,
  },
  {
    kind: 'stripe-webhook-secret',
    keywords: ['whsec_'],
    why: 'the preset has no Stripe rule',
    pattern: /(?<![A-Za-z0-9_])whsec_[A-Za-z0-9+/=]{24,}(?![A-Za-z0-9])/dg,
  },
  {
    kind: 'openai-key',
    keywords: ['sk-'],
    why: 'the preset only knows keys carrying the T3BlbkFJ marker at a fixed offset; project and service-account keys vary',
    pattern:
      /(?<![A-Za-z0-9_-])sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}|[A-Za-z0-9]{32,})(?![A-Za-z0-9_-])/dg,
  },
  {
    kind: 'anthropic-key',
    keywords: ['sk-ant-'],
    why: 'the preset only knows sk-ant-api0N- keys of 90-128 characters ending in AA; admin and OAuth keys differ',
    pattern: /(?<![A-Za-z0-9_-])sk-ant-[a-z]+\d{0,3}-[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])/dg,
  },
  {
    kind: 'google-api-key',
    keywords: ['aiza'],
    why: 'the preset only scans service-account JSON files, not AIza API keys',
    pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/dg,
  },
  {
    kind: 'google-oauth-client-secret',
    keywords: ['gocspx-'],
    why: 'the preset has no rule for Google OAuth client secrets',
    pattern: /(?<![A-Za-z0-9_-])GOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])/dg,
  },
  {
    kind: 'sendgrid-key',
    keywords: ['sg.'],
    why: 'the preset allows a dash or underscore only once, in the last segment; real keys carry them anywhere',
    pattern: /(?<![A-Za-z0-9_-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/dg,
  },
  {
    kind: 'huggingface-token',
    keywords: ['hf_', 'api_org_'],
    why: 'the preset has no Hugging Face rule',
    pattern: /(?<![A-Za-z0-9_])(?:hf_|api_org_)[A-Za-z0-9]{30,}(?![A-Za-z0-9])/dg,
  },
  {
    kind: 'twilio-api-key',
    keywords: [],
    why: 'the preset has no Twilio rule (API key SIDs are SK and 32 hex digits)',
    // The literal leads, so that the scan can jump to it; the look-behind then checks what precedes it.
    pattern: /SK(?<![A-Za-z0-9]SK)[0-9a-f]{32}(?![A-Za-z0-9])/dg,
  },
  {
    kind: 'twilio-account-sid',
    keywords: [],
    why: 'the preset has no Twilio rule; an account SID is the user half of the Basic credential',
    pattern: /AC(?<![A-Za-z0-9]AC)[0-9a-f]{32}(?![A-Za-z0-9])/dg,
  },
  {
    kind: 'private-key',
    keywords: ['private key'],
    multiline: true,
    why: 'the preset skips encrypted keys, keys whose body does not start with ASN.1 magic bytes, and unterminated keys',
    pattern:
      /-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]{0,16384}?-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----|[A-Za-z0-9+/=\s\\:-]*)/dg,
  },
  {
    kind: 'jwt',
    keywords: ['eyj'],
    why: 'the preset has no JSON Web Token rule, and a bearer JWT is a live credential until it expires',
    pattern:
      /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*(?![A-Za-z0-9_-])/dg,
  },
  {
    kind: 'url-credentials',
    keywords: ['://'],
    why: 'the preset allows only [-a-zA-Z0-9_] in URL passwords, misses redis/amqp/smtp/... schemes, and masks the whole URL; this masks just the password',
    needs: '@',
    pattern:
      /(?<=\b[a-z][a-z0-9+.-]{1,30}):\/\/[^\s:/?#@'"`<>]{0,128}:([^\s/?#@'"`<>]{1,256})@[^\s'"`<>]/dgi,
    group: 1,
    accept: (password) => !isPlaceholderPassword(password),
  },
  {
    kind: 'sql-password',
    keywords: ['password', 'identified'],
    why: "SQL writes PASSWORD 'x' with no = sign, and any literal password there is a real one",
    pattern: /\b(?:PASSWORD|IDENTIFIED\s+BY)\s+'((?:[^'\\\r\n]|''){4,256})'/dgi,
    group: 1,
    accept: (password) => !PLACEHOLDER.test(password),
  },
  {
    kind: 'bearer-token',
    keywords: ['bearer', 'token'],
    why: 'tokens pasted into curl commands and HTTP examples carry no name the assignment rule could see',
    pattern: /\b(?:Bearer|token)\s+([A-Za-z0-9._~+/-]{20,}=*)/dg,
    group: 1,
    accept: looksLikeSecretValue,
  },
  {
    kind: 'generic-secret',
    keywords: SECRET_WORDS,
    why: 'no vendor pattern catches a hand-made password or secret; its name and a random-looking value do',
    pattern: ASSIGNMENT,
    group: [2, 3, 4, 5, 6],
    accept: (value) => looksLikeSecretValue(value),
  },
];
