// Baton's own rules: vendor formats secretlint's recommended preset (11.7.1) misses or only half-covers,
// and credentials known by their position whatever the vendor. Each rule says why it exists.
import {
  PLACEHOLDER,
  entropy,
  isPlaceholderPassword,
  looksLikeCredential,
  looksLikeSecretValue,
} from './secret-values';
import { type KeywordHits, linesAround } from './text-scan';

interface PatternRule {
  /** The kind a masked value shows: `[REDACTED:<kind>:<fingerprint>]`. */
  kind: string;
  /** Why the rule exists: what the preset or the other rules miss. */
  why: string;
  /** Lowercase words one of which the text must hold for the pattern to run at all, as gitleaks does (none: always runs). */
  keywords: readonly string[];
  pattern: RegExp;
  /** The capture groups that may hold the secret, first defined wins; 0 (the whole match) if none. */
  group?: number | readonly number[];
  /** Rejects matches that are placeholders or code rather than secrets. */
  accept?: (value: string, match: RegExpExecArray, text: string) => boolean;
  /** Matches may span lines, so the pattern runs on the whole text rather than on keyword lines. */
  multiline?: boolean;
  /** A character every match holds besides its keyword: keyword lines without it are skipped. */
  needs?: string;
}

export interface SecretRule {
  kind: string;
  why: string;
  keywords: readonly string[];
  /** Every secret's [start, end) in `text`, given where each keyword occurs (see TextScanner). */
  find(text: string, hits: KeywordHits): Array<[number, number]>;
}

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
const PASSWORD_WORD = /pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|credential/i;

/** Where only a credential can stand (a quoted curl -u, an XML value), any literal but a placeholder is one. */
const isLiteralCredential = (value: string) =>
  value.length >= 4 && !PLACEHOLDER.test(value) && !isPlaceholderPassword(value);

const lineAt = (text: string, index: number) =>
  text.slice(
    text.lastIndexOf('\n', index) + 1,
    (text.indexOf('\n', index) + 1 || text.length + 1) - 1,
  );

const vendorAndNameRules: PatternRule[] = [
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

const CONNECTION_KEYS =
  'password|pwd|accountkey|sharedaccesskey|sharedaccesssignature|secret|clientsecret|client secret|token|key|apikey|api key|accesskey|access key';

// Credentials known by where they stand, for any vendor: Baton's own product logic, not vendor patterns.
const positionRules: PatternRule[] = [
  {
    kind: 'connection-string-secret',
    why: 'a vendor connection string (ADO.NET, Azure storage and service bus, ODBC) carries its secret as one Key=value pair among others',
    keywords: ['password', 'pwd', 'key', 'secret', 'token', 'signature'],
    needs: ';',
    // The names lead and the look-behind follows, so that the scan can jump to a name.
    pattern: new RegExp(
      String.raw`(?:${CONNECTION_KEYS})(?<=(?:^|[;"'\x60])[ \t]*(?:${CONNECTION_KEYS}))` +
        String.raw`[ \t]*=[ \t]*([^;"'\x60\r\n]+?)[ \t]*(?=;|["'\x60\r\n]|$)`,
      'dgim',
    ),
    group: 1,
    accept: (value, match, text) => {
      const line = lineAt(text, match.index);
      return line.includes(';') && /\w=[^;]*;/.test(line) && looksLikeCredential(value);
    },
  },
  {
    kind: 'cli-password',
    why: "a password given to a command line's --password, --token or --api-key option",
    keywords: [
      '--pass',
      '--http-pass',
      '--ftp-pass',
      '--proxy-pass',
      '--token',
      '--secret',
      '--api',
      '--auth',
      '--client-secret',
      '--access-token',
      '--db-pass',
    ],
    pattern:
      /(?<=^|[\s"'])--(?:[a-z0-9]+-)*(?:password|passwd|pass|pwd|token|secret|api-?key|auth)(?:=|[ \t]+)(["']?)([^\s"'$-][^\s"']*)\1/dgim,
    group: 2,
    accept: looksLikeCredential,
  },
  {
    kind: 'cli-password',
    why: "curl's -u/--user and wget's --user carry user:password in one argument",
    keywords: ['curl', '--user'],
    pattern:
      /(?:\bcurl\b[^\r\n]*?\s(?:-u|-U|--proxy-user)|\s--user)(?:[ \t]+|=)(?:'[^':\r\n]*:([^'\r\n]+)'|"[^":\r\n]*:([^"\r\n]+)"|[^\s:"'@]*:([^\s"']+))/dgi,
    group: [1, 2, 3],
    // The argument is user:password by definition, so even a password shorter than four characters is one.
    accept: (value) => !PLACEHOLDER.test(value) && !isPlaceholderPassword(value),
  },
  {
    kind: 'cli-password',
    why: 'mysql -pSECRET, redis-cli -a, docker login -p, sshpass -p and mongo -p take a password as a short option',
    keywords: ['mysql', 'mariadb', 'redis-cli', 'login', 'sshpass', 'mongo'],
    pattern:
      /\b(?:(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\b[^\r\n]*?\s-p(?![\s-])|redis-cli\b[^\r\n]*?\s-a[ \t]+|(?:docker|podman|nerdctl|helm[ \t]+registry)[ \t]+login\b[^\r\n]*?\s-p[ \t]+|sshpass[ \t]+-p[ \t]*|mongo(?:sh)?\b[^\r\n]*?\s-p[ \t]+)(["']?)([^\s"']+)\1/dgi,
    group: 2,
    accept: looksLikeCredential,
  },
  {
    kind: 'auth-header',
    why: 'an Authorization header carries a credential whatever its scheme (Basic, Token, Digest) or vendor',
    keywords: ['authorization'],
    pattern:
      /\b(?:proxy-)?authorization["']?[ \t]*[:=][ \t]*["'\x60]?(?:(basic|bearer|token|digest|negotiate|apikey|sso-key|key)[ \t]+)?([^\s"'\x60,;]{6,})/dgi,
    group: 2,
    accept: (value, match) =>
      looksLikeCredential(value) && (match[1] !== undefined || /\d/.test(value)),
  },
  {
    kind: 'query-credential',
    why: 'an API key, token or signature in a URL query string (?api_key=, &access_token=, &sig=)',
    keywords: [
      'key=',
      'token=',
      'secret=',
      'password=',
      'passwd=',
      'pwd=',
      'sig=',
      'signature=',
      'auth=',
    ],
    pattern:
      /[?&](?:[a-z0-9_.-]*?(?:api[_-]?key|apikey|access[_-]?token|auth[_-]?token|id[_-]?token|refresh[_-]?token|token|secret|password|passwd|pwd|sig|signature|key|auth))=([^&#\s"'\x60<>]{6,})/dgi,
    group: 1,
    accept: looksLikeCredential,
  },
  {
    kind: 'credential-pair',
    why: 'a user:password pair of random hex (a Sidekiq or other vendor licence) assigned to any name: the password half is masked',
    keywords: [],
    // The colon leads, so that the scan can jump to it; the look-behind reads the assignment and the user.
    pattern: /:(?<=(?:[=:>,]|\|\|)[ \t'"\x60=]{0,5}([0-9a-f]{8,64}):)([0-9a-f]{8,64})(?![\w:])/dgi,
    group: 2,
    accept: (password, match) => {
      const pair = match[1] + password;
      return /[a-f]/i.test(pair) && /\d/.test(pair) && entropy(pair) >= 2.5;
    },
  },
  {
    kind: 'npmrc-credential',
    why: ".npmrc's _auth and _password (base64) and _authToken, under any registry",
    keywords: ['_auth', '_password'],
    pattern: /(?:^|[\s:])_(?:authToken|auth|password)[ \t]*=[ \t]*["']?([^\s"']+)/dgm,
    group: 1,
    accept: looksLikeCredential,
  },
  {
    kind: 'password',
    why: 'a password written as a literal (INI, TOML, .properties, .pypirc, .tfvars, YAML, code): no entropy bar, any literal is one',
    keywords: ['pass', 'pwd'],
    pattern:
      /(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]*(?:password|passwd|passphrase|pwd)[A-Za-z0-9_.-]*["']?[ \t]*(?:=|:)[ \t]*(?:"([^"\r\n]{4,256})"|'([^'\r\n]{4,256})'|([^\s"'#;,(){}[\]]{4,256})[ \t]*(?=\r?\n|$))/dgim,
    group: [1, 2, 3],
    accept: (value) => !/\s/.test(value) && looksLikeCredential(value),
  },
  {
    kind: 'password',
    why: '.netrc writes `machine host login user password secret`, with no = sign',
    keywords: ['machine', 'password ', 'password\t'],
    pattern: /(?:\bmachine[ \t]+\S+(?:[ \t]+login[ \t]+\S+)?[ \t]+|^[ \t]*)password[ \t]+(\S+)/dgm,
    group: 1,
    accept: looksLikeCredential,
  },
  {
    kind: 'docker-auth',
    why: "Docker's config.json keeps base64 user:password in auths.*.auth, and registry tokens beside it",
    keywords: ['"auth"', 'identitytoken', 'registrytoken'],
    pattern: /"(?:auth|identitytoken|registrytoken)"[ \t]*:[ \t]*"([^"]{8,})"/dg,
    group: 1,
    accept: looksLikeCredential,
  },
  {
    kind: 'xml-secret',
    why: 'XML holds credentials as <password>…</password> elements and <add key="…Password" value="…"/> pairs',
    keywords: ['pass', 'pwd', 'secret', 'token', 'key', 'credential'],
    pattern:
      /<([\w:.-]*(?:password|passwd|pwd|secret|token|apikey|api[_-]key|accesskey|access[_-]key|credential)[\w:.-]*)(?:\s[^>]*)?>([^<\s][^<]{0,510}?)<\/\1>|\bkey[ \t]*=[ \t]*"[^"]*(?:password|secret|token|apikey|connectionstring)[^"]*"[ \t]+value[ \t]*=[ \t]*"([^"]+)"/dgi,
    group: [2, 3],
    accept: isLiteralCredential,
  },
  {
    kind: 'dockerfile-env',
    why: 'a Dockerfile may write `ENV DB_PASSWORD secret`, with no = sign',
    keywords: ['env ', 'env\t'],
    pattern: /^[ \t]*ENV[ \t]+([A-Za-z_]\w*)[ \t]+(?!=)(\S+)[ \t]*$/dgm,
    group: 2,
    accept: (value, match) => PASSWORD_WORD.test(match[1]) && looksLikeCredential(value),
  },
];

// A Kubernetes Secret's data: and stringData: hold nothing but secrets, whatever the key is called.
const SECRET_DATA = /^([ \t]*)(?:stringData|data):[ \t]*\r?\n((?:\1[ \t]+[^\r\n]*(?:\r?\n|$))+)/gm;
const DATA_ENTRY =
  /^[ \t]+["']?[\w.-]+["']?:[ \t]*(?:[|>][-+]?[ \t]*\r?\n[ \t]+)?["']?([^\s"'#][^\r\n"']*?)["']?[ \t]*$/dgm;

const KUBERNETES_KEYWORDS = ['kind: secret', 'kind: "secret"', "kind: 'secret'"];

function kubernetesSecretData(text: string): Array<[number, number]> {
  if (!/^kind:[ \t]*["']?Secret\b/m.test(text)) return [];
  const spans: Array<[number, number]> = [];
  for (const block of text.matchAll(SECRET_DATA)) {
    const offset = block.index + block[0].length - block[2].length;
    for (const entry of block[2].matchAll(DATA_ENTRY)) {
      const [start, end] = entry.indices![1]!;
      if (!PLACEHOLDER.test(entry[1])) spans.push([offset + start, offset + end]);
    }
  }
  return spans;
}

function toSecretRule(rule: PatternRule): SecretRule {
  const groups = rule.group === undefined ? [0] : [rule.group].flat();
  const scan = (text: string, offset: number, spans: Array<[number, number]>) => {
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(text); match; match = rule.pattern.exec(text)) {
      const group = groups.find((i) => match![i] !== undefined);
      const span = group === undefined ? undefined : match.indices?.[group];
      if (!span || (rule.accept && !rule.accept(match[group!], match, text))) continue;
      spans.push([offset + span[0], offset + span[1]]);
    }
  };
  return {
    kind: rule.kind,
    why: rule.why,
    keywords: rule.keywords,
    find(text, hits) {
      const spans: Array<[number, number]> = [];
      const lines =
        rule.multiline || rule.keywords.length === 0
          ? undefined
          : linesAround(text, hits.positionsOf(rule.keywords));
      if (!lines) scan(text, 0, spans);
      else
        for (const [start, end] of lines) {
          const window = text.slice(start, end);
          if (rule.needs === undefined || window.includes(rule.needs)) scan(window, start, spans);
        }
      return spans;
    },
  };
}

/**
 * Baton's rules, in the order their kinds win where two overlap equally: vendor formats first, then
 * names, then positions.
 */
export const batonRules: readonly SecretRule[] = [
  ...vendorAndNameRules.map(toSecretRule),
  ...positionRules.map(toSecretRule),
  {
    kind: 'kubernetes-secret',
    why: "a Kubernetes Secret's data and stringData hold only secrets, base64 or plain, whatever each key is called",
    keywords: KUBERNETES_KEYWORDS,
    find: (text, hits) =>
      hits.positionsOf(KUBERNETES_KEYWORDS).length > 0 ? kubernetesSecretData(text) : [],
  },
];

/** Each rule's kind and why it exists, for the audit and the docs. */
export const batonRuleReasons: ReadonlyArray<{ kind: string; why: string }> = batonRules.map(
  ({ kind, why }) => ({ kind, why }),
);

/** Every keyword of Baton's rules, for the keyword index the caller builds. */
export const batonKeywords: readonly string[] = [
  ...new Set(batonRules.flatMap((rule) => rule.keywords)),
];
