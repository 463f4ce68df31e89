// One pass over a text finds where the keywords of every rule occur (rules then run only on the
// lines holding one of theirs, the prefilter that makes gitleaks fast) and the runs of characters
// that may be a random token: reading each character once is most of the cost of redaction.

/** Where the keywords occur in a text. */
export interface KeywordHits {
  /** The start of every occurrence of any of `keywords`, in order. */
  positionsOf(keywords: readonly string[]): readonly number[];
}

export interface TextScan {
  hits: KeywordHits;
  /** [start, end) of each run of key characters that may be a random token, flat: s0, e0, s1, e1... */
  runs: readonly number[];
}

// The characters keys are made of: 1 a symbol, 2 a digit, 3 an upper case letter, 4 a lower case one.
const KEY_CHAR = new Uint8Array(65536);
for (const char of '_+/.~=%-') KEY_CHAR[char.charCodeAt(0)] = 1;
for (let code = 48; code <= 57; code++) KEY_CHAR[code] = 2;
for (let code = 65; code <= 90; code++) {
  KEY_CHAR[code] = 3;
  KEY_CHAR[code + 32] = 4;
}

/**
 * 1 for each character keys are not made of, else 0: in a loop, as `Uint16Array.from` with a
 * callback takes ten times as long on every run's start.
 */
function notKeyChars(): Uint16Array {
  const table = new Uint16Array(KEY_CHAR.length).fill(1);
  for (let code = 0; code < KEY_CHAR.length; code++) if (KEY_CHAR[code] !== 0) table[code] = 0;
  return table;
}

/** The shortest run worth judging: an assigned value of 14 characters (see looksRandom). */
const SHORTEST_RUN = 14;

/**
 * Whether a run could pass looksRandom: it needs eight letters and digits in a row (or dashes, that
 * group a key), and a digit or letters whose case flips in at least two changes in five (two
 * capitals at the least; a run of letters only is judged whole, so there the ratio itself must
 * hold). Most runs are words, paths and code.
 */
function mayBeRandom(text: string, start: number, end: number): boolean {
  let digits = 0;
  let capitals = 0;
  let symbols = 0;
  let switches = 0;
  let previous = 0;
  let segment = 0;
  let longest = 0;
  let dashes = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const kind = KEY_CHAR[code];
    if (kind === 1) {
      symbols++;
      if (code === 45) dashes++;
      segment = 0;
      continue;
    }
    if (++segment > longest) longest = segment;
    if (kind === 2) digits++;
    else {
      if (kind === 3) capitals++;
      if (previous !== 0 && kind !== previous) switches++;
      previous = kind;
    }
  }
  if (longest < 8 && dashes === 0) return false;
  if (digits > 0) return true;
  return capitals > 1 && (symbols > 0 || switches * 5 >= (end - start) * 2);
}

/**
 * An Aho-Corasick automaton over ASCII, case folded: one table lookup a character, however many
 * keywords, and no lower-cased copy of the text (which for some letters changes its length).
 */
export class TextScanner {
  readonly keywords: readonly string[];
  /**
   * Each UTF-16 code unit's keyword symbol (upper and lower case letters share one, 0 is in no
   * keyword) shifted left by 1, over 1 for a character keys are not made of: one lookup serves both.
   */
  private readonly table = notKeyChars();
  private readonly width: number;
  /** For each state's row (its number times width) and symbol, the row of the next state. */
  private readonly moves: Int32Array;
  /** For each state, the keywords that end there (its own and those of its suffixes). */
  private readonly ends: Array<readonly number[] | undefined>;
  /** Indexed by row: whether a keyword ends in that state. */
  private readonly ending: Uint8Array;
  private readonly lengths: Int32Array;
  readonly ids: ReadonlyMap<string, number>;
  private readonly selections = new WeakMap<readonly string[], Uint8Array>();

  constructor(keywords: Iterable<string>) {
    this.keywords = [...new Set([...keywords].map((keyword) => keyword.toLowerCase()))];
    this.ids = new Map(this.keywords.map((keyword, id) => [keyword, id]));
    this.lengths = Int32Array.from(this.keywords, (keyword) => keyword.length);
    let width = 1;
    for (const keyword of this.keywords)
      for (let i = 0; i < keyword.length; i++) {
        const code = keyword.charCodeAt(i);
        if (code >= 128) throw new Error(`keyword ${JSON.stringify(keyword)} is not ASCII`);
        if (this.table[code] < 2) {
          this.table[code] |= width << 1;
          if (code >= 97 && code <= 122) this.table[code - 32] |= width << 1;
          width++;
        }
      }
    this.width = width;
    const children: Array<Map<number, number>> = [new Map()];
    const own: number[][] = [[]];
    this.keywords.forEach((keyword, id) => {
      let state = 0;
      for (let i = 0; i < keyword.length; i++) {
        const symbol = this.table[keyword.charCodeAt(i)] >> 1;
        let child = children[state].get(symbol);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          own.push([]);
          children[state].set(symbol, child);
        }
        state = child;
      }
      own[state].push(id);
    });
    const next = new Int32Array(children.length * width);
    this.ends = new Array(children.length);
    this.ending = new Uint8Array(children.length * width);
    const fail = new Int32Array(children.length);
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      const ends = [...own[state], ...(state === 0 ? [] : (this.ends[fail[state]] ?? []))];
      this.ends[state] = ends.length > 0 ? ends : undefined;
      this.ending[state * width] = ends.length > 0 ? 1 : 0;
      for (let symbol = 1; symbol < width; symbol++) {
        const child = children[state].get(symbol);
        const fallback = state === 0 ? 0 : next[fail[state] * width + symbol];
        if (child === undefined) {
          next[state * width + symbol] = fallback;
        } else {
          fail[child] = fallback;
          next[state * width + symbol] = child;
          queue.push(child);
        }
      }
    }
    this.moves = next.map((state) => state * width);
  }

  /** Where every keyword occurs in `text`, whatever the case of its letters, and its candidate runs. */
  scan(text: string): TextScan {
    // Each occurrence as its start and keyword, in the order the automaton meets them: by line.
    const found: number[] = [];
    const runs: number[] = [];
    const { table, moves, ending, width, lengths } = this;
    const length = text.length;
    let row = 0;
    let runStart = 0;
    for (let i = 0; i < length; i++) {
      const entry = table[text.charCodeAt(i)];
      // Symbol 0 (in no keyword) leads every state back to the root.
      row = moves[row + (entry >> 1)];
      if (ending[row] === 1)
        for (const id of this.ends[row / width]!) found.push(i + 1 - lengths[id], id);
      // Arithmetic rather than a branch at every run's end: those come too irregularly to predict.
      const gap = entry & 1;
      if (
        (gap & ((SHORTEST_RUN - 1 - i + runStart) >>> 31)) !== 0 &&
        mayBeRandom(text, runStart, i)
      )
        runs.push(runStart, i);
      runStart += gap * (i + 1 - runStart);
    }
    if (length - runStart >= SHORTEST_RUN && mayBeRandom(text, runStart, length))
      runs.push(runStart, length);
    return { hits: new ScanHits(this, found), runs };
  }

  /** For each id, whether it is one of `keywords`: made once for each list of keywords. */
  selection(keywords: readonly string[]): Uint8Array {
    let selected = this.selections.get(keywords);
    if (!selected) {
      selected = new Uint8Array(this.keywords.length);
      for (const keyword of keywords) {
        const id = this.ids.get(keyword.toLowerCase());
        if (id !== undefined) selected[id] = 1;
      }
      this.selections.set(keywords, selected);
    }
    return selected;
  }
}

/**
 * The lines holding one of `positions`, each with the `after` lines that follow it, merged into
 * [start, end) spans. Undefined when they cover most of the text anyway.
 */
export function linesAround(
  text: string,
  positions: ArrayLike<number>,
  after = 0,
): Array<[number, number]> | undefined {
  const merged: Array<[number, number]> = [];
  let covered = 0;
  for (let i = 0; i < positions.length; i++) {
    const at = positions[i];
    const last = merged.at(-1);
    if (last && at >= last[0] && at <= last[1]) continue;
    const start = text.lastIndexOf('\n', at) + 1;
    let end = at;
    for (let line = 0; line <= after && end !== text.length; line++) {
      const newline = text.indexOf('\n', line === 0 ? end : end + 1);
      end = newline === -1 ? text.length : newline;
    }
    if (last && start <= last[1] + 1) {
      covered += Math.max(0, end - last[1]);
      last[1] = Math.max(last[1], end);
    } else {
      merged.push([start, end]);
      covered += end - start;
    }
    if (covered > text.length / 2) return undefined;
  }
  return merged;
}

class ScanHits implements KeywordHits {
  constructor(
    private readonly scanner: TextScanner,
    /** start, keyword id, start, keyword id... */
    private readonly found: readonly number[],
  ) {}

  positionsOf(keywords: readonly string[]): readonly number[] {
    const selected = this.scanner.selection(keywords);
    const positions: number[] = [];
    for (let i = 0; i < this.found.length; i += 2)
      if (selected[this.found[i + 1]] === 1) positions.push(this.found[i]);
    return positions;
  }
}
