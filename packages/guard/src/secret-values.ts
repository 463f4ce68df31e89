// What a secret value looks like, whatever its vendor: random rather than words, code or a placeholder.

const counts = new Uint32Array(65536);

/** Shannon entropy in bits per character: random keys score high, words and identifiers low. */
export function entropy(value: string): number {
  for (let i = 0; i < value.length; i++) counts[value.charCodeAt(i)]++;
  let bits = 0;
  for (let i = 0; i < value.length; i++) {
    const count = counts[value.charCodeAt(i)];
    if (count === 0) continue;
    const p = count / value.length;
    bits -= p * Math.log2(p);
    counts[value.charCodeAt(i)] = 0;
  }
  return bits;
}

export const PLACEHOLDER =
  /^(?:\$\{?\w|\{\{|%\(|<.*>$|\*+$|x{4,}|\.{3})|process\.env|os\.environ|getenv|your[_-]|changeme|placeholder|redacted|example/i;

/** Keys a vendor publishes by design (Stripe's publishable pk_, Mapbox's public pk.): not secrets. */
export const PUBLIC_BY_DESIGN = /^(?:pk_(?:live|test)_|pk\.eyJ)/;

/**
 * Eight x, X, *, 0, # or dots in a row: no generated key holds that, a hand-filled example does
 * (runs of A are base64 zeros, which real Twitter and Dropbox tokens carry).
 */
export const isFiller = (value: string) => /([xX*0#.])\1{7}/.test(value);

/** `user:pass@`, `:${DB_PASSWORD}@`, `:<password>@`, `:****@`: documentation, not credentials. */
export function isPlaceholderPassword(password: string): boolean {
  return /^(?:\$\{?\w+\}?|\{\{.*\}\}|<[^>]*>|%[0-9A-F]{0,2}|\*+|x+|\.+|pass(?:word)?|pwd|secret|token)$/i.test(
    password,
  );
}

// Words joined by - or _, each lower, UPPER or camelCase: my-api-key, REPLACE_ME, ConvertTo-SecureString.
const WORD_CHAIN =
  /^(?:[A-Z]?[a-z]+(?:[A-Z][a-z]+)*|[A-Z]+)(?:[-_](?:[A-Z]?[a-z]+(?:[A-Z][a-z]+)*|[A-Z]+))+$/;
const IDENTIFIER_PATH = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;
const CODE_LITERAL =
  /^(?:true|false|null|none|nil|undefined|string|number|boolean|required|optional)$/i;

/** A value written after a secret-sounding name: kept only when it reads as random, not as code or prose. */
export function looksLikeSecretValue(value: string): boolean {
  if (value.length < 8 || /\s/.test(value) || PLACEHOLDER.test(value)) return false;
  if (PUBLIC_BY_DESIGN.test(value)) return false;
  if (IDENTIFIER_PATH.test(value) || /^(?:[a-z][\w+.-]*:)?\/\//i.test(value)) return false;
  // Paths (/etc/app/key.json, ./certs) and word-chains (my-api-key, access_token) name a secret; they are not one.
  if (/^(?:~|\.{1,2})?\//.test(value) || WORD_CHAIN.test(value)) return false;
  if (/^[\d.:/-]+$/.test(value)) return false;
  const hasDigitOrSymbol = /[^A-Za-z]/.test(value);
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  // Letters alone: long and varied, or with their case flipping like a coin's (RYRyzJRzzNTUqfMw).
  if (!hasDigitOrSymbol)
    return (value.length >= 24 && entropy(value) >= 4) || looksRandom(value, true, 12);
  return classes >= 2 && entropy(value) >= 2.75;
}

/**
 * A value in a place that only ever holds a credential (a connection string's Password=, a CLI's
 * --password, an Authorization header): any literal counts, unless it is a placeholder, a variable
 * or a plain word of prose.
 */
export function looksLikeCredential(value: string): boolean {
  if (value.length < 4 || PLACEHOLDER.test(value) || isPlaceholderPassword(value)) return false;
  if (CODE_LITERAL.test(value) || IDENTIFIER_PATH.test(value) || /[(){}[\]]/.test(value))
    return false;
  return !/^[a-z]+(?:[-_][a-z]+)*$/.test(value) && !/^[A-Z][a-z]+$/.test(value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CAMEL_HUMP = /[A-Z][a-z]{2,}/g;
const GROUPED_KEY = /^[A-Z0-9]{2,8}(?:-[A-Z0-9]{4,8}){3,}$/;

/**
 * A string of random characters rather than words: what every generated key, token and password
 * looks like, whoever issued it. `relaxed` is for values in an assignment, where the name already
 * says a value is set; on its own a string must be longer and more clearly random.
 */
export function looksRandom(
  value: string,
  relaxed: boolean,
  shortest = relaxed ? 14 : 20,
): boolean {
  const length = value.length;
  if (length < shortest || length > 1024) return false;
  let letters = 0;
  let digits = 0;
  let vowels = 0;
  let digitEdges = 0;
  let caseSwitches = 0;
  let segment = 0;
  let longestSegment = 0;
  let hexRun = 0;
  let longestHexRun = 0;
  let previous = -1;
  let previousCase = -1;
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    const lower = code | 0x20;
    const kind = code >= 48 && code <= 57 ? 2 : lower >= 97 && lower <= 122 ? 1 : 3;
    if (kind === 2) digits++;
    else if (kind === 1) {
      letters++;
      if (lower === 97 || lower === 101 || lower === 105 || lower === 111 || lower === 117)
        vowels++;
      const letterCase = code === lower ? 0 : 1;
      if (previousCase !== -1 && letterCase !== previousCase) caseSwitches++;
      previousCase = letterCase;
    }
    if (previous !== -1 && (previous === 2) !== (kind === 2)) digitEdges++;
    segment = kind === 3 ? 0 : segment + 1;
    if (segment > longestSegment) longestSegment = segment;
    hexRun = kind === 2 || (lower >= 97 && lower <= 102) ? hexRun + 1 : 0;
    if (hexRun > longestHexRun) longestHexRun = hexRun;
    previous = kind;
  }
  // Ids and keys of digits alone (client ids, account numbers) count only where they are assigned.
  if (digits === length) return relaxed && length >= 16 && entropy(value) >= 2.5;
  if (relaxed && length === 36 && UUID.test(value)) return true;
  // Grouped keys (A3-9IO3SD-31S5IF-XZJVB-...) are judged without their dashes.
  if (longestSegment <= 8 && value.includes('-') && GROUPED_KEY.test(value))
    return looksRandom(value.replaceAll('-', ''), relaxed);
  if (letters === 0 || longestSegment < 8) return false;
  // A dotted path (this.endpoints.oauth2TokenUrl, crypto_1.createCrypto) is code unless a part is random.
  if (value.includes('.') && IDENTIFIER_PATH.test(value))
    return value.split('.').some((part) => part.length >= 14 && looksRandom(part, relaxed));
  // Dates and versions (Tool20250910, v2.1.0) keep their digits in one block; keys scatter them.
  const scattered = digitEdges >= 4;
  // Hex digests and keys: a, e among six letters put hex above the vowel bar words are held to.
  if (longestHexRun >= (relaxed ? 16 : 32) && scattered) return entropy(value) >= 3;
  // Words keep about two vowels in five letters; random characters fewer.
  const vowelShare = vowels / letters;
  if (digits === 0) {
    // Letters alone (sm_sat_uRlvOQNbONtSqAOd): random only if the case flips as often as a coin.
    if (vowelShare > 0.3 || caseSwitches / letters < 0.4) return false;
  } else if (relaxed) {
    if (digitEdges < 2 || (!scattered && vowelShare > 0.4)) return false;
  } else if (scattered ? vowelShare > 0.45 : vowelShare > 0.3 || caseSwitches / letters < 0.3) {
    return false;
  }
  if (!relaxed && longestHexRun === length) return false;
  // camelCase (encodeBase64StringUtf8, oauth2FederatedSignon) is words joined by capitals.
  if (caseSwitches > 0) {
    let humps = 0;
    for (const [hump] of value.matchAll(CAMEL_HUMP))
      if (/[aeiou]/i.test(hump)) humps += hump.length;
    if (humps >= length / 2) return false;
  }
  // n characters hold at most log2(n) bits each: a short key is held to a bar it can reach.
  const bar = Math.min(relaxed && digits > 0 ? 3 : 3.5, Math.log2(length) - 0.5);
  return entropy(value) >= bar;
}
