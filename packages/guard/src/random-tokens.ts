// Keys and tokens of any vendor, known by their randomness and their place rather than by a prefix.
import { PLACEHOLDER, PUBLIC_BY_DESIGN, looksRandom } from './secret-values';

export interface Span {
  kind: string;
  start: number;
  end: number;
}

const NAME_THEN_VALUE = /^[+~-]*([A-Za-z_][\w.-]*?)=+(?=[^=])/;
// The end of an assignment just before a value: `=`, `:`, `=>`, `:=`, `>` (XML), `,` (an argument), `||`.
const ASSIGNED = /(?:[=:>,]|\|\||\?\?)[ \t'"`=]{0,5}$/;
// The name a value is assigned to, read back from just before it.
const NAME_BEFORE = /([A-Za-z_$][\w$.-]*)["'`\]]?[ \t]*(?:=>|:=|[=:,]|\|\||\?\?)[ \t'"`]*$/;
// Names that say a value identifies or digests something (an id, a commit, a checksum), not that it unlocks it.
const DIGEST_OR_ID_NAME =
  /(?:^|[^A-Za-z]|[a-z](?=[A-Z]))(?:id|ids|uuid|guid|sha\d*|md5|hash|digest|checksum|integrity|commit|rev|revision|etag|nonce)$/i;
// Where a digest follows its algorithm's name (sha512- in lock files and SRI, @sha256: in images, h1: in go.sum) or a data URI.
const DIGEST_BEFORE = /(?:sha(?:1|224|256|384|512)|md5|h1|blake2b|sha3-\d+)[:-]$|;base64,$/i;
const DIGEST_PREFIX = /^(?:sha(?:1|224|256|384|512)|md5)-/i;
// An OpenSSH public key's type, before its base64 body.
const SSH_PUBLIC_KEY_TYPE =
  /(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d+|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)[ \t]+$/;
// Certificates and public keys are published by design: their base64 lines are not secrets.
const PUBLIC_PEM =
  /-----BEGIN ((?:RSA |EC |DSA |SSH2 |PGP )?PUBLIC KEY(?: BLOCK)?|(?:TRUSTED |X509 )?CERTIFICATE(?: REQUEST)?|NEW CERTIFICATE REQUEST|X509 CRL|PGP SIGNATURE|PGP MESSAGE|(?:DH|EC) PARAMETERS)-----[\s\S]*?-----END \1-----/g;
const HEX = /^[0-9a-f]+$/i;
const VENDOR_PREFIXED = /^[a-z]{2,8}_(?:[a-z]{2,8}_)?([A-Za-z0-9]{12,})$/;
// uploads/3f2a….png: a relative path to a file; base64 keys hold slashes but never an extension.
const RELATIVE_FILE = /^[\w.-]+(?:\/[\w.-]+)+\.[A-Za-z][A-Za-z0-9]{0,4}$/;
const IN_URL_OR_PATH = /:\/\/|^\/|[/@#$\\]$/;
const WORD_END = new Set([...' \t\r\n\'"`(<[{'].map((char) => char.charCodeAt(0)));

/** The text from the last space, quote or bracket up to `start`: the word a run is part of. */
function wordBefore(text: string, start: number): string {
  let at = start;
  while (at > 0 && start - at < 256 && !WORD_END.has(text.charCodeAt(at - 1))) at--;
  return text.slice(at, start);
}

function lineAt(text: string, index: number): string {
  const end = text.indexOf('\n', index);
  return text.slice(text.lastIndexOf('\n', index) + 1, end === -1 ? text.length : end);
}

/** Random parts of a URL or path (a webhook's token, a signed link's key); hex parts name commits and digests. */
function pathTokens(run: string, start: number): Span[] {
  const found: Span[] = [];
  let offset = 0;
  for (const part of run.split(/(?=[/?&=%._-])/)) {
    const chunk = part.replace(/^[/?&=%._-]/, '');
    const at = start + offset + part.length - chunk.length;
    if (!HEX.test(chunk) && looksRandom(chunk, false))
      found.push({ kind: 'random-token', start: at, end: at + chunk.length });
    offset += part.length;
  }
  return found;
}

/**
 * Random-looking values: in an assignment (`name = value`, `"name": "value"`, `name => value`...)
 * a value of 12 or more random characters, and anywhere else a token of 20 or more. Values in
 * URLs and paths are left to the URL rules.
 */
export function randomTokens(text: string, runs: readonly number[]): Span[] {
  const found: Span[] = [];
  const published = text.includes('-----BEGIN ')
    ? [...text.matchAll(PUBLIC_PEM)].map((block) => [block.index, block.index + block[0].length])
    : [];
  for (let i = 0; i < runs.length; i += 2) {
    if (published.some(([start, end]) => runs[i] >= start && runs[i] < end)) continue;
    judgeRun(text, runs[i], text.slice(runs[i], runs[i + 1]), found);
  }
  return found;
}

/**
 * A hex string or UUID is a digest or an id (a commit, a checksum, a record) unless it is assigned
 * to a name that says neither, or its line speaks of a key.
 */
function isDigestOrId(
  value: string,
  assigned: boolean,
  name: string | undefined,
  text: string,
  at: number,
): boolean {
  // Digests are printed in one case; a key of mixed-case hex digits is not one.
  if (!ONE_CASE_HEX.test(value) && !UUID_SHAPE.test(value)) return false;
  if (name !== undefined && DIGEST_OR_ID_NAME.test(name)) return true;
  return !assigned && !KEY_WORDS.test(lineAt(text, at));
}
const ONE_CASE_HEX = /^(?:[0-9a-f]+|[0-9A-F]+)$/;
const KEY_WORDS = /key|secret|token|passw|pwd|auth|credential|hmac|signing|licen[cs]e/i;
const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A run of key characters, judged as a value, a path or URL, or a vendor-prefixed token. */
function judgeRun(text: string, runStart: number, run: string, found: Span[]): void {
  let start = runStart;
  let value = run;
  const word = wordBefore(text, start);
  if (/[:,-]$/.test(word) && DIGEST_BEFORE.test(word)) return;
  if (
    value.startsWith('/') ||
    IN_URL_OR_PATH.test(word) ||
    (value.includes('/') && RELATIVE_FILE.test(value))
  ) {
    found.push(...pathTokens(value, start));
    return;
  }
  let assigned = ASSIGNED.test(text.slice(Math.max(0, start - 8), start));
  let name: string | undefined;
  const equals = /^=+/.exec(value)?.[0].length ?? 0;
  if (equals > 0) {
    start += equals;
    value = value.slice(equals);
    assigned = true;
  }
  const named = NAME_THEN_VALUE.exec(value);
  if (named && !looksRandom(named[1], true)) {
    name = named[1];
    start += named[0].length;
    value = value.slice(named[0].length);
    assigned = true;
  }
  value = value.replace(/[.%~-]+$/, '');
  if (PLACEHOLDER.test(value) || PUBLIC_BY_DESIGN.test(value)) return;
  // A vendor's prefix (rk_live_, sm_aat_) says a token follows, so a shorter random body counts.
  const body = VENDOR_PREFIXED.exec(value)?.[1];
  if (!looksRandom(value, assigned) && (body === undefined || !looksRandom(body, true, 12))) return;
  // Random, unless its place says it is published or names what it digests (read only now: runs are many).
  if (DIGEST_PREFIX.test(value)) return;
  const before = text.slice(Math.max(0, runStart - 96), runStart);
  if (value.startsWith('AAAA') && SSH_PUBLIC_KEY_TYPE.test(before)) return;
  if (isDigestOrId(value, assigned, name ?? NAME_BEFORE.exec(before)?.[1], text, start)) return;
  found.push({ kind: 'random-token', start, end: start + value.length });
}
