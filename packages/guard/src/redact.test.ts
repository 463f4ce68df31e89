import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanCorpusFiles } from '@baton/corpus';
import { describe, expect, it } from 'vitest';
import { fingerprint, redact, redactionMarker } from './redact';

const corpus = join(import.meta.dirname, '__fixtures__/corpus');
const planted = JSON.parse(readFileSync(join(corpus, 'planted.json'), 'utf8')) as {
  plants: Array<{ file: string; kind: string; value: string }>;
};

/** True when any 12 characters in a row of the secret survive. */
function leaks(text: string, secret: string): boolean {
  const width = Math.min(12, secret.length);
  for (let i = 0; i + width <= secret.length; i++) {
    if (text.includes(secret.slice(i, i + width))) return true;
  }
  return false;
}

const marker = (kind: string, secret: string) => redactionMarker(kind, fingerprint(secret));

describe('redact, on the planted corpus', () => {
  const redacted = new Map<string, Promise<string>>();
  const redactFile = (file: string) => {
    if (!redacted.has(file)) {
      const text = readFileSync(join(corpus, 'planted', file), 'utf8');
      redacted.set(
        file,
        redact(text, { path: file }).then((result) => result.text),
      );
    }
    return redacted.get(file)!;
  };

  it.each(planted.plants.map((plant) => [plant.kind, plant.file, plant]))(
    'masks the %s in %s',
    async (_kind, file, plant) => {
      const text = await redactFile(file);
      expect(leaks(text, plant.value)).toBe(false);
      expect(text).toContain(marker(plant.kind, plant.value));
    },
  );
});

// Vendor formats are recognised by their shape alone, wherever they sit.
const vendorKinds = new Set([
  'aws-access-key-id',
  'github-token',
  'gitlab-token',
  'slack-token',
  'slack-webhook',
  'stripe-key',
  'stripe-webhook-secret',
  'openai-key',
  'anthropic-key',
  'google-api-key',
  'npm-token',
  'sendgrid-key',
  'huggingface-token',
  'twilio-api-key',
  'twilio-account-sid',
  'jwt',
]);
const HEX = '0123456789abcdef';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64URL = `${ALNUM}-_`;
/** A fake value of `length` characters from `alphabet`, the same on every run: generated from `label`, never a real key. */
function fake(label: string, alphabet: string, length: number): string {
  let out = '';
  for (let round = 0; out.length < length; round++)
    for (const byte of createHash('sha256').update(`${label}:${round}`).digest())
      if (out.length < length) out += alphabet[byte % alphabet.length];
  return out;
}

// Vendor prefixes the preset has no rule for, generated in each vendor's shape.
const generated = [
  { kind: 'digitalocean-token', value: `dop_v1_${fake('do', HEX, 64)}` },
  { kind: 'pypi-token', value: `pypi-AgEIcHlwaS5vcmc${fake('pypi', B64URL, 60)}` },
  { kind: 'docker-hub-token', value: `dckr_pat_${fake('docker', B64URL, 27)}` },
  { kind: 'vault-token', value: `hvs.${fake('vault', B64URL, 90)}` },
  {
    kind: 'terraform-cloud-token',
    value: `${fake('tfc', ALNUM, 14)}.atlasv1.${fake('tfc2', ALNUM, 67)}`,
  },
  { kind: 'doppler-token', value: `dp.st.prd.${fake('doppler', ALNUM, 43)}` },
  {
    kind: 'age-secret-key',
    value: `AGE-SECRET-KEY-1${fake('age', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)}`,
  },
  { kind: 'mailgun-key', value: `key-${fake('mailgun', HEX, 32)}` },
  { kind: 'mailchimp-key', value: `${fake('mailchimp', HEX, 32)}-us14` },
  {
    kind: 'telegram-bot-token',
    value: `7${fake('tg', '0123456789', 9)}:AA${fake('tg2', B64URL, 33)}`,
  },
  { kind: 'heroku-api-key', value: `HRKU-AA${fake('heroku', B64URL, 58)}` },
  { kind: 'sentry-token', value: `sntryu_${fake('sentry', HEX, 64)}` },
  { kind: 'supabase-key', value: `sbp_${fake('supabase', HEX, 40)}` },
  { kind: 'alibaba-access-key-id', value: `LTAI${fake('alibaba', ALNUM, 20)}` },
  {
    kind: 'google-fcm-server-key',
    value: `AAAA${fake('fcm', B64URL, 7)}:APA91b${fake('fcm2', B64URL, 134)}`,
  },
  {
    kind: 'azure-ad-client-secret',
    value: `${fake('azure', ALNUM, 3)}8Q~${fake('azure2', `${ALNUM}_~.-`, 34)}`,
  },
  { kind: 'ai-provider-key', value: `gsk_${fake('groq', ALNUM, 52)}` },
  { kind: 'ai-provider-key', value: `sk-or-v1-${fake('openrouter', HEX, 64)}` },
  {
    kind: 'developer-platform-token',
    value: `PMAK-${fake('postman', HEX, 24)}-${fake('postman2', HEX, 34)}`,
  },
  { kind: 'developer-platform-token', value: `dapi${fake('databricks', HEX, 32)}` },
  {
    kind: 'developer-platform-token',
    value: `glsa_${fake('grafana', ALNUM, 32)}_${fake('grafana2', HEX, 8)}`,
  },
  { kind: 'password-hash', value: `$2b$12$${fake('bcrypt', `${ALNUM}./`, 53)}` },
];
const samples = [
  ...generated,
  ...new Map(
    planted.plants
      .filter((plant) => vendorKinds.has(plant.kind))
      .map((plant) => [plant.value, plant] as const),
  ).values(),
];
const wrappers: Record<string, (value: string) => string> = {
  'a TypeScript string': (v) => `export const value = '${v}';\n`,
  'a JSON value': (v) => `{\n  "value": "${v}"\n}\n`,
  'a YAML scalar': (v) => `service:\n  value: ${v}\n`,
  'an .env line': (v) => `VALUE=${v}\n`,
  'a comment': (v) => `// copied from the dashboard: ${v} (rotate me)\n`,
  'a URL query': (v) => `fetch("https://api.example.test/v1/items?key=${v}&page=2")\n`,
  'Markdown prose': (v) => `Use \`${v}\` when you call the API.\n`,
};

describe('redact, each format in each kind of text', () => {
  const cases = samples.flatMap((plant) =>
    Object.entries(wrappers).map(
      ([where, wrap]) => [plant.kind, where, plant.value, wrap] as const,
    ),
  );
  it.each(cases)('masks a %s in %s', async (kind, _where, value, wrap) => {
    const text = wrap(value);
    const result = await redact(text);
    expect(result.text).toBe(text.replace(value, marker(kind, value)));
    expect(result.redactions).toEqual([
      { kind, fingerprint: fingerprint(value), line: text.split(value)[0].split('\n').length },
    ]);
  });
});

// Each line with its secret between ⟦ and ⟧.
describe('redact, secrets known only by their name or place', () => {
  it.each([
    ['DB_PASSWORD=⟦Zq8#vLm2!pR4⟧', 'generic-secret'],
    ['  "client_secret": "⟦c1Ient-S3cret-Value-F4ke⟧"', 'generic-secret'],
    ["apiKey: '⟦FAKE9d8f7g6h5j4k3l2m1n0p⟧'", 'generic-secret'],
    ['secret_key = "⟦FAKEq9w8e7r6t5y4u3i2o1p0⟧"', 'generic-secret'],
    ['export AUTH_TOKEN=⟦0f9e8d7c6b5a49382716aabbccddeeff⟧', 'generic-secret'],
    ['const password = `⟦Tr0ub4dor&3xFake⟧`;', 'generic-secret'],
    ['Server=db;Database=app;User Id=sa;Password=⟦Fake!Passw0rd99⟧;', 'generic-secret'],
    ["CREATE USER app IDENTIFIED BY '⟦fakepass⟧';", 'sql-password'],
    ['const url = "https://admin:⟦hunter2⟧@internal.example.test/api";', 'url-credentials'],
    ['redis://:⟦Fake-Redis-Pw⟧@cache:6379/0', 'url-credentials'],
    ['postgresql://app:⟦FakePgPw2024⟧@db.internal:5432/app', 'database-credentials'],
    ['curl -H "Authorization: Bearer ⟦FAKEa1b2c3d4e5f6g7h8i9j0k1l2⟧"', 'bearer-token'],
    ["curl --user 'deploy:⟦x9Q⟧' https://api.example.test", 'cli-password'],
    [`'secret_key' => "⟦sk_2Z"{@8q_!G2CFake9w"⟧`, 'generic-secret'],
    ['Use ⟦rk_live_xdLJSgnNZnRv⟧ here', 'random-token'],
    ['SIDEKIQ_LICENSE=3299dc5e:⟦6e7c4188⟧', 'credential-pair'],
    // Given as a fallback, a second argument, to a setter, after a type, or in prose.
    [
      `const key = process.env.VERCEL_TOKEN ?? '⟦${fake('fallback', ALNUM, 24)}⟧';`,
      'generic-secret',
    ],
    [`const key = process.env.API_TOKEN || "⟦${fake('or', ALNUM, 24)}⟧";`, 'generic-secret'],
    [`api_key = os.environ.get("API_KEY", "⟦${fake('getenv', ALNUM, 32)}⟧")`, 'generic-secret'],
    [`define( 'DB_PASSWORD', '⟦Tr0ub4dor${fake('define', ALNUM, 8)}⟧' );`, 'generic-secret'],
    [`ds.setPassword("⟦Pw9${fake('setter', ALNUM, 13)}⟧");`, 'generic-secret'],
    [`const VERCEL_TOKEN: &str = "⟦${fake('rust', ALNUM, 24)}⟧";`, 'generic-secret'],
    [`private apiKey: string = '⟦${fake('typed', ALNUM, 32)}⟧';`, 'generic-secret'],
    [`# the staging password is ⟦Q7${fake('prose', ALNUM, 14)}⟧ for now`, 'generic-secret'],
    [`DB_PASS=⟦${fake('pass', ALNUM, 10)}%9⟧`, 'generic-secret'],
    [
      `$password = ConvertTo-SecureString "⟦${fake('ps', ALNUM, 16)}⟧" -AsPlainText -Force`,
      'password',
    ],
    [
      `MNEMONIC="⟦abandon ability able about above absent absorb abstract absurd abuse access accident⟧"`,
      'seed-phrase',
    ],
    [
      `https://discord.com/api/webhooks/1234567890/⟦${fake('discord', B64URL, 68)}⟧`,
      'discord-webhook',
    ],
    [`admin:⟦$apr1$${fake('apr', ALNUM, 8)}$${fake('apr2', ALNUM, 22)}⟧`, 'password-hash'],
    [`PRIVATE_KEY=⟦${fake('hexkey', HEX, 64)}⟧`, 'generic-secret'],
  ])('masks %s', async (marked, kind) => {
    const [before, secret, after] = marked.split(/[⟦⟧]/) as [string, string, string];
    const text = `${before}${secret}${after}`;
    const result = await redact(text);
    expect(result.text).toBe(text.replace(secret, marker(kind, secret)));
  });

  it.each([
    'password: ${DB_PASSWORD}',
    'DATABASE_URL=postgres://app:${PGPASSWORD}@db:5432/app',
    'const url = `https://user:pass@example.com`;',
    'apiKey: process.env.OPENAI_API_KEY,',
    'const token = scanner.scan();',
    'password: string;',
    'let tokenKind: SyntaxKind = SyntaxKind.Unknown;',
    'GOOGLE_APPLICATION_CREDENTIALS=/path/to/key.json',
    "apiKey: 'my-api-key'",
    'secret: <your-secret-here>',
    'token: "********"',
    'curl -u "$USER:$TOKEN" https://api.example.test',
    'docker login -u robot -p "$REGISTRY_PASSWORD" registry.example.test',
    'Server=db;Database=app;User Id=sa;Password=${DB_PASSWORD};',
    'curl -H "Authorization: Bearer <token>" https://api.example.test',
    'headers: { Authorization: `Bearer ${token}` },',
    'GET /v1/items?api_key=YOUR_API_KEY&page=2',
    'ENV NODE_ENV production',
    'password = get_password()',
    'spring.datasource.password=${DB_PASSWORD}',
    '<password>${env.MAVEN_PASSWORD}</password>',
    'const isEnabled = useFeatureFlag(ExperimentalSearchV2Enabled);',
    'import { ToolSearchToolBm25_20251119 } from "./tools";',
    'See https://github.com/nodejs/node/blob/0a00217a5f67ef4a22384cfc80eb6dd9a917fdc1/lib/util.js',
    'time: 12:34:56',
    'const pair = "deadbeef:cafebabe";',
    'const name = "the"+"rest";',
    // Digests and ids: lock files, go.sum, checksums, commits, image digests, SRI, records.
    `"integrity": "sha512-${fake('sri', `${ALNUM}+/`, 86)}=="`,
    `github.com/pkg/errors v0.9.1 h1:${fake('gosum', `${ALNUM}+/`, 43)}=`,
    `checksum = "${fake('cargo', HEX, 64)}"`,
    `const EMPTY_SHA256 = '${fake('sha', HEX, 64)}';`,
    `commit ${fake('commit', HEX, 40)}`,
    `const COMMIT = '${fake('commit2', HEX, 40)}';`,
    `FROM node:20-alpine@sha256:${fake('digest', HEX, 64)}`,
    `{ "id": "${fake('u1', HEX, 8)}-${fake('u2', HEX, 4)}-4${fake('u3', HEX, 3)}-a${fake('u4', HEX, 3)}-${fake('u5', HEX, 12)}" }`,
    `objectKey = "uploads/${fake('upload', HEX, 32)}.png"`,
    // Published by design: data URIs, certificates, public keys, publishable keys.
    `const logo = "data:image/png;base64,${fake('png', `${ALNUM}+/`, 400)}";`,
    `-----BEGIN CERTIFICATE-----\n${fake('cert', `${ALNUM}+/`, 64)}\n${fake('cert2', `${ALNUM}+/`, 64)}\n-----END CERTIFICATE-----`,
    `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fake('ssh', `${ALNUM}+/`, 43)} user@host`,
    `loadStripe('pk_live_${fake('pk', ALNUM, 24)}');`,
    // Placeholders and code around secret-sounding names.
    'STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx',
    'API_KEY=REPLACE_ME',
    'DB_PASSWORD=\nAPI_KEY=',
    'setSecret("prod/db/password");',
    'const kinds = ["token", "refresh_token_v2", "id_token"];',
    'secret = env("APP_SECRET", default=None)',
    'compass = "north-east-2"',
    'The API key is base64-encoded before it is sent.',
    'variable "region" {\n  default = "us-east-1"\n}',
  ])('leaves %s alone', async (text) => {
    expect(await redact(text)).toEqual({ text, redactions: [] });
  });

  it('masks private keys whatever their wrapping, to the last line', async () => {
    const pem = planted.plants.find((plant) =>
      plant.value.includes('ENCRYPTED PRIVATE KEY'),
    )!.value;
    const text = `key:\n${pem}\nnext: line\n`;
    const result = await redact(text);
    expect(result.text).toBe(`key:\n${marker('private-key', pem)}\nnext: line\n`);
    expect(result.redactions).toEqual([
      { kind: 'private-key', fingerprint: fingerprint(pem), line: 2 },
    ]);
  });
});

describe('redact, markers', () => {
  const github = samples.find((plant) => plant.kind === 'github-token')!.value;
  const stripe = samples.find((plant) => plant.kind === 'stripe-key')!.value;

  it('ties two mentions of one secret, and tells different secrets apart', async () => {
    const text = `a = "${github}"\nb = "${stripe}"\n\n# again: ${github}\n`;
    const result = await redact(text);
    expect(result.redactions).toEqual([
      { kind: 'github-token', fingerprint: fingerprint(github), line: 1 },
      { kind: 'stripe-key', fingerprint: fingerprint(stripe), line: 2 },
      { kind: 'github-token', fingerprint: fingerprint(github), line: 4 },
    ]);
    expect(fingerprint(github)).not.toBe(fingerprint(stripe));
    expect(fingerprint(github)).toMatch(/^[0-9a-f]{6}$/);
  });

  it('gives the same marker on every run and in every file', async () => {
    const first = await redact(`x = ${github}`, { path: 'a.ts' });
    const second = await redact(`  token: ${github}\n`, { path: 'b.yaml' });
    expect(first.text).toContain(marker('github-token', github));
    expect(second.text).toContain(marker('github-token', github));
  });

  it('cannot be switched off by the text it redacts', async () => {
    const text = `// secretlint-disable\nconst a = "${github}"; // secretlint-disable-line\n/* secretlint-enable */\n`;
    expect((await redact(text)).text).not.toContain(github);
  });
});

describe('redact, on real code with no secrets', () => {
  it.each(
    cleanCorpusFiles().map((file) => [`${file.package}/${file.path}`, file.knownFlags, file]),
  )('leaves %s as it is (%i known literals masked)', async (name, known, file) => {
    const text = readFileSync(file.absolutePath, 'utf8');
    const result = await redact(text, { path: name });
    expect(result.redactions).toHaveLength(known);
    if (known === 0) expect(result.text).toBe(text);
  });
});
