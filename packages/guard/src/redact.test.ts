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
const samples = [
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
