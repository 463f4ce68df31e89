/** A 1-based line and column, as editors and `file:line:col` links count them. */
export interface LineAndColumn {
  line: number;
  column: number;
}

// The line breaks TypeScript counts: LF, CRLF, CR, and the Unicode line and paragraph separators.
const lineBreak = /\r\n?|[\n\u2028\u2029]/g;

/**
 * Finds positions' lines and columns in one text, counting its lines the first time it is asked:
 * a check works out positions only for its findings, most files have none.
 */
export function positionsIn(text: string): (position: number) => LineAndColumn {
  let starts: number[] | undefined;
  return (position) => {
    starts ??= [0, ...Array.from(text.matchAll(lineBreak), (m) => m.index + m[0].length)];
    // The last line starting at or before the position, by halves: a file asks for many.
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= position) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: position - starts[low] + 1 };
  };
}
