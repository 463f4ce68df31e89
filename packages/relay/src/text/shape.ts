const byteOrderMark = '\uFEFF';

/**
 * A text file's text as Baton's readers take it: without the byte order mark some Windows editors
 * put first, and with LF line endings whatever the checkout wrote (core.autocrlf).
 */
export function documentText(text: string): string {
  return withoutByteOrderMark(text).replace(/\r\n/g, '\n');
}

function withoutByteOrderMark(text: string): string {
  return text.startsWith(byteOrderMark) ? text.slice(byteOrderMark.length) : text;
}

/** The line ending a text uses, by its first line break; LF when it has none. */
export function lineEndingOf(text: string): '\r\n' | '\n' {
  const lineFeed = text.indexOf('\n');
  return lineFeed > 0 && text[lineFeed - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * `text` (written with LF, or any mix) in the shape of the file it replaces: that file's line
 * ending and byte order mark, so rewriting a CRLF file (a Windows checkout) changes only its lines.
 */
export function inShapeOf(original: string, text: string): string {
  const bare = documentText(text);
  const ending = lineEndingOf(original);
  const lines = ending === '\n' ? bare : bare.replace(/\n/g, ending);
  return original.startsWith(byteOrderMark) ? `${byteOrderMark}${lines}` : lines;
}
