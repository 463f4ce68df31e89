import type { PatternRule } from './pattern-rule';
import {
  PLACEHOLDER,
  isPlaceholderPassword,
  looksLikeSecretValue,
  looksRandom,
} from './secret-values';

// Names that announce a secret: DB_PASSWORD, clientSecret, "api_key", aws_secret_key, X-Auth-Token...
const SECRET_WORDS = ['pass', 'pwd', 'secret', 'token', 'key', 'credential'];
// The name from its last word: what precedes that is left unread, so that the scan can jump to it.
const SECRET_NAME = String.raw`(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_.-]?key|apikey|access[_.-]?key|auth[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|credentials?)(?:[_.-]?(?:key|value|id|str))?`;
// How a value is given to a name: assigned (=, :, =>, :=), as a fallback (??, ||, ${NAME:-value}),
// as the second argument after a quoted name (define('DB_PASSWORD', '...'), getenv("API_KEY", "...")),
// to a setter (setPassword("..."), .apiKey("...")), in prose ("the password is ..."), or after a
// type (`apiKey: string = "..."`, `API_KEY: &str = "..."`).
const OPERATOR = String.raw`(?:=>|:=|===?|=|:[ \t]*&?(?:'static[ \t]+)?[A-Za-z_][\w.<>[\]|?]{0,40}[ \t]*=(?![=>])|:(?=[\s"'\x60])|\?\?|\|\||:-|,(?<=["'][ \t]*,)|\((?<=(?:\bset|\bwith|\.)[A-Za-z_]{0,40}\()(?=[ \t]*["'\x60])|(?<=\s)(?:is|was)(?=[ \t]))`;
const ASSIGNMENT = new RegExp(
  // A value on the next line must be quoted: `DB_PASSWORD=` then a new line is an empty value.
  String.raw`(?:(${SECRET_NAME})["']?[ \t]*${OPERATOR}(?:[ \t]*|\s*(?=["'\x60])))` +
    // A quote closed by a letter or another quote was inside the value: the last alternative reads on.
    String.raw`(?:"((?:[^"\\\r\n]|\\.){1,512})"(?![\w{@!$%^~"'\x60])|'((?:[^'\\\r\n]|\\.){1,512})'(?![\w{@!$%^~"'\x60])|\x60([^\x60\\\r\n]{1,512})\x60|([^\s"'\x60,;&()<>{}\[\]]{1,512})|["'\x60](\S{1,512}))`,
  'dgi',
);
// "pass" names a password only as a word of its own (DB_PASS, smtpPass), not inside bypass or compass.
const PASS_INSIDE_WORD = /[a-z]$/;
const PROSE = /^\S+\s+(?:is|was)\s/i;
const LOOSE_BINDING = /^\S+\s+(?:is|was)\s|^[^,(]*["'][ \t]*,|^[^(]*\(/i;
const MIXED = [/[a-z]/, /[A-Z]/, /\d/];

/** A value given to a secret-sounding name that reads as a secret, not as code or a word. */
function acceptNamedValue(value: string, match: RegExpExecArray, text: string): boolean {
  const name = match[1];
  if (/^pass(?!w|p)/.test(name) && PASS_INSIDE_WORD.test(text.slice(0, match.index))) return false;
  // In prose, a call or a list only a clearly random literal is a secret: "the secret is
  // base64-encoded", setSecret("prod/db/password") and ["token", "refresh_token_v2"] are not.
  if (LOOSE_BINDING.test(match[0])) {
    if (match[5] !== undefined && !PROSE.test(match[0])) return false;
    return (
      looksRandom(value, true) ||
      (MIXED.every((re) => re.test(value)) && looksLikeSecretValue(value))
    );
  }
  return looksLikeSecretValue(value);
}

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
    kind: 'digitalocean-token',
    keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
    why: 'the preset has no DigitalOcean rule (personal, OAuth and refresh tokens)',
    pattern: /(?<![A-Za-z0-9_])do[opr]_v1_[a-f0-9]{64}(?![A-Za-z0-9])/dg,
  },
  {
    kind: 'pypi-token',
    keywords: ['pypi-age'],
    why: 'the preset has no PyPI rule (upload tokens are macaroons for pypi.org or test.pypi.org)',
    pattern: /(?<![A-Za-z0-9_-])pypi-AgE[A-Za-z0-9_-]{50,}(?![A-Za-z0-9_-])/dg,
  },
  {
    kind: 'docker-hub-token',
    keywords: ['dckr_pat_', 'dckr_oat_'],
    why: 'the preset has no Docker Hub rule (personal and organization access tokens)',
    pattern: /(?<![A-Za-z0-9_-])dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,}(?![A-Za-z0-9_-])/dg,
  },
  {
    kind: 'vault-token',
    keywords: ['hvs.', 'hvb.', 'hvr.'],
    why: 'the preset has no HashiCorp Vault rule (service, batch and recovery tokens)',
    pattern: /(?<![A-Za-z0-9_.-])hv[sbr]\.[A-Za-z0-9_-]{24,}(?![A-Za-z0-9_-])/dg,
  },
  {
    kind: 'terraform-cloud-token',
    keywords: ['.atlasv1.'],
    why: 'the preset has no Terraform Cloud rule',
    pattern: /(?<![A-Za-z0-9])[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,}(?![A-Za-z0-9_=-])/dg,
  },
  {
    kind: 'doppler-token',
    keywords: ['dp.st.', 'dp.sa.', 'dp.ct.', 'dp.pt.', 'dp.scim.', 'dp.audit.'],
    why: 'the preset has no Doppler rule (service, service-account, CLI, personal, SCIM and audit tokens)',
    pattern:
      /(?<![A-Za-z0-9_.-])dp\.(?:st|sa|ct|pt|scim|audit)\.(?:[a-z0-9_-]{1,35}\.)?[A-Za-z0-9]{40,44}(?![A-Za-z0-9])/dg,
  },
  {
    kind: 'age-secret-key',
    keywords: ['age-secret-key-1'],
    why: 'the preset has no rule for age (SOPS) identities, whose bech32 body looks like a word to the random-token judgement',
    pattern: /AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}(?![A-Za-z0-9])/dg,
  },
  {
    kind: 'mailgun-key',
    keywords: ['key-'],
    why: 'the preset has no Mailgun rule; a key- prefix and 32 hex digits are a private API key',
    pattern: /(?<![A-Za-z0-9_-])key-[a-f0-9]{32}(?![A-Za-z0-9_-])/dg,
  },
  {
    kind: 'mailchimp-key',
    keywords: ['-us'],
    why: 'the preset has no Mailchimp rule; 32 hex digits then the data center (-us12)',
    pattern: /(?<![A-Za-z0-9_-])[a-f0-9]{32}-us\d{1,2}(?![A-Za-z0-9_-])/dg,
  },
  {
    kind: 'telegram-bot-token',
    keywords: [':aa'],
    why: "the preset has no Telegram rule; a bot's id, a colon and 35 characters starting AA",
    pattern: /(?<![A-Za-z0-9_:-])\d{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])/dg,
  },
  {
    kind: 'discord-webhook',
    keywords: ['discord'],
    why: "the preset has no Discord rule; a webhook URL's last segment lets anyone post to the channel",
    pattern:
      /\bhttps?:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api\/webhooks\/\d+\/([A-Za-z0-9_-]{60,})/dg,
    group: 1,
  },
  {
    kind: 'heroku-api-key',
    keywords: ['hrku-'],
    why: 'the preset has no Heroku rule (the HRKU- key format)',
    pattern: /(?<![A-Za-z0-9_-])HRKU-[A-Za-z0-9_-]{58,}(?![A-Za-z0-9_-])/dg,
  },
  {
    kind: 'sentry-token',
    keywords: ['sntrys_', 'sntryu_'],
    why: 'the preset has no Sentry rule (organization and user auth tokens)',
    pattern:
      /(?<![A-Za-z0-9_])(?:sntrys_[A-Za-z0-9+/=_]{60,}|sntryu_[a-f0-9]{64})(?![A-Za-z0-9+/=_])/dg,
  },
  {
    kind: 'supabase-key',
    keywords: ['sbp_', 'sb_secret_'],
    why: 'the preset has no Supabase rule (management tokens and secret API keys; service-role JWTs are JWTs)',
    pattern:
      /(?<![A-Za-z0-9_])(?:sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{20,})(?![A-Za-z0-9_-])/dg,
  },
  {
    kind: 'alibaba-access-key-id',
    keywords: ['ltai'],
    why: 'the preset has no Alibaba Cloud rule',
    pattern: /(?<![A-Za-z0-9])LTAI[A-Za-z0-9]{12,20}(?![A-Za-z0-9])/dg,
  },
  {
    kind: 'google-fcm-server-key',
    keywords: [':apa91'],
    why: "the preset has no rule for Firebase Cloud Messaging's legacy server keys; their id half is too short to look random",
    pattern: /(?<![A-Za-z0-9_-])AAAA[A-Za-z0-9_-]{7}:APA91[A-Za-z0-9_-]{130,}(?![A-Za-z0-9_-])/dg,
  },
  {
    kind: 'azure-ad-client-secret',
    keywords: ['q~'],
    why: 'the preset has no Azure rule; an Entra ID client secret carries Q~ at its fourth character',
    pattern: /(?<![\w~.-])[\w~.-]{3}\dQ~[\w~.-]{31,34}(?![\w~.-])/dg,
  },
  {
    kind: 'ai-provider-key',
    keywords: ['gsk_', 'pplx-', 'xai-', 'sk-or-v1-', 'r8_', 'lsv2_'],
    why: 'the preset knows OpenAI and Anthropic only: Groq, Perplexity, xAI, OpenRouter, Replicate and LangSmith keys',
    pattern:
      /(?<![A-Za-z0-9_-])(?:gsk_[A-Za-z0-9]{48,}|pplx-[A-Za-z0-9]{40,}|xai-[A-Za-z0-9]{70,}|sk-or-v1-[a-f0-9]{64}|r8_[A-Za-z0-9]{37}|lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})(?![A-Za-z0-9_-])/dg,
  },
  {
    kind: 'developer-platform-token',
    keywords: [
      'glsa_',
      'glc_',
      'pmak-',
      'nrak-',
      'nral',
      'dapi',
      'pul-',
      'pscale_',
      'ntn_',
      'figd_',
      'cfpat-',
      'bkua_',
      'ccipat_',
      'sgp_',
      'napi_',
      'tskey-',
      'dt0c01.',
      'akcp',
      'shippo_',
      'flwseck',
      'atbb',
      'pnu_',
      'aio_',
      'fio-u-',
      'rnd_',
      'atatt',
      'sq0csp-',
      'sq0atp-',
    ],
    why: 'the preset has no rule for these prefixed tokens (Grafana, Postman, New Relic, Databricks, Pulumi, PlanetScale, Notion, Figma, Contentful, Buildkite, CircleCI, Sourcegraph, Neon, Tailscale, Dynatrace, JFrog, Shippo, Flutterwave, Bitbucket, Prefect, Adafruit, Frame.io, Render, Atlassian, Square); a prefix makes certain what the random-token judgement only makes likely',
    pattern:
      /(?<![A-Za-z0-9_-])(?:glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}|glc_[A-Za-z0-9+/]{32,}={0,2}|PMAK-[a-f0-9]{24}-[a-f0-9]{34}|NRAK-[A-Z0-9]{27}|[a-f0-9]{36}NRAL|dapi[a-f0-9]{32}(?:-\d)?|pul-[a-f0-9]{40}|pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.=-]{32,64}|ntn_\d{11}[A-Za-z0-9]{35}|figd_[A-Za-z0-9_-]{40,}|CFPAT-[A-Za-z0-9_-]{43}|bkua_[a-f0-9]{40}|CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}|sgp_(?:[a-f0-9]{16}_)?[a-f0-9]{40}|napi_[a-z0-9]{64}|tskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9]{8,}-[A-Za-z0-9]{16,}|dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}|AKCp[A-Za-z0-9]{69}|shippo_(?:live|test)_[a-f0-9]{40}|FLWSECK(?:_TEST)?-[a-h0-9]{32}-X|ATBB[A-Za-z0-9_=.-]{32}|pnu_[A-Za-z0-9]{36}|aio_[A-Za-z0-9]{28}|fio-u-[A-Za-z0-9_=-]{64}|rnd_[A-Za-z0-9]{32}|ATATT3[A-Za-z0-9_=-]{150,}|sq0(?:csp-[A-Za-z0-9_-]{43}|atp-[A-Za-z0-9_-]{22}))(?![A-Za-z0-9_-])/dg,
  },
  {
    kind: 'password-hash',
    keywords: ['$2a$', '$2b$', '$2y$', '$2x$', '$apr1$', '$1$', '$5$', '$6$', '$y$', '$argon2'],
    why: 'a crypt-style password hash (bcrypt, md5-crypt, sha-crypt, yescrypt, Argon2) can be cracked offline; an .htpasswd or shadow line is refused by name, not when pasted elsewhere',
    pattern:
      /\$(?:2[abxy]\$\d\d\$[./A-Za-z0-9]{53}|(?:1|apr1)\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}|[56]\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{43,86}|y\$[./A-Za-z0-9]+\$[./A-Za-z0-9]{1,86}\$[./A-Za-z0-9]{43}|argon2(?:id|i|d)\$v=\d+\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]{11,}\$[A-Za-z0-9+/]{16,})(?![./A-Za-z0-9])/dg,
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
    accept: acceptNamedValue,
  },
];
