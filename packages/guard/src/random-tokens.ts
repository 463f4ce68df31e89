// Keys and tokens of any vendor, known by their randomness and their place rather than by a prefix.
import { PLACEHOLDER, looksRandom } from './secret-values';

export interface Span {
  kind: string;
  start: number;
  end: number;
}

const NAME_THEN_VALUE = /^[+~-]*([A-Za-z_][\w.-]*?)=+(?=[^=])/;
// The end of an assignment just before a value: `=`, `:`, `=>`, `:=`, `>` (XML), `,` (an argument), `||`.
const ASSIGNED = /(?:[=:>,]|\|\|)[ \t'"`=]{0,5}$/;
const HEX = /^[0-9a-f]+$/i;
const VENDOR_PREFIXED = /^[a-z]{2,8}_(?:[a-z]{2,8}_)?([A-Za-z0-9]{12,})$/;
const IN_URL_OR_PATH = /:\/\/|^\/|[/@#$\\]$/;
const WORD_END = new Set([...' \t\r\n\'"`(<[{'].map((char) => char.charCodeAt(0)));

/** The text from the last space, quote or bracket up to `start`: the word a run is part of. */
function wordBefore(text: string, start: number): string {
  let at = start;
  while (at > 0 && start - at < 256 && !WORD_END.has(text.charCodeAt(at - 1))) at--;
  return text.slice(at, start);
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
  for (let i = 0; i < runs.length; i += 2)
    judgeRun(text, runs[i], text.slice(runs[i], runs[i + 1]), found);
  return found;
}

/** A run of key characters, judged as a value, a path or URL, or a vendor-prefixed token. */
function judgeRun(text: string, runStart: number, run: string, found: Span[]): void {
  let start = runStart;
  let value = run;
  if (value.startsWith('/') || IN_URL_OR_PATH.test(wordBefore(text, start))) {
    found.push(...pathTokens(value, start));
    return;
  }
  let assigned = ASSIGNED.test(text.slice(Math.max(0, start - 8), start));
  const equals = /^=+/.exec(value)?.[0].length ?? 0;
  if (equals > 0) {
    start += equals;
    value = value.slice(equals);
    assigned = true;
  }
  const named = NAME_THEN_VALUE.exec(value);
  if (named && !looksRandom(named[1], true)) {
    start += named[0].length;
    value = value.slice(named[0].length);
    assigned = true;
  }
  value = value.replace(/[.%~-]+$/, '');
  if (PLACEHOLDER.test(value)) return;
  // A vendor's prefix (rk_live_, sm_aat_) says a token follows, so a shorter random body counts.
  const body = VENDOR_PREFIXED.exec(value)?.[1];
  if (looksRandom(value, assigned) || (body !== undefined && looksRandom(body, true, 12)))
    found.push({ kind: 'random-token', start, end: start + value.length });
}
