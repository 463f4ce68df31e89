// Markdown documents line by line, free of YAML: the project graph reads a handoff's body alone.
import { documentText } from '../text';

const frontMatterPattern = /^---\r?\n([\s\S]*?)^---\r?\n?/m;

/** Whether a document opens with a front matter line, whatever its line ending or byte order mark. */
export function startsWithFrontMatter(document: string): boolean {
  return documentText(document).startsWith('---\n');
}

/** A document's front matter text and the body after it; no front matter goes to `fail`. */
export function splitFrontMatter(
  document: string,
  fail: (problem: string) => never,
): { frontMatter: string; body: string; bodyLine: number } {
  const text = documentText(document);
  const match = frontMatterPattern.exec(text);
  if (!match || match.index !== 0) {
    return fail('it does not start with YAML front matter between two "---" lines');
  }
  return {
    frontMatter: match[1]!,
    body: text.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}

/** The body of a document, line by line; blank lines between expected lines are skipped. */
export class BodyLines {
  private readonly lines: string[];
  private index = 0;

  constructor(
    body: string,
    private readonly firstLine: number,
    private readonly fail: (problem: string) => never,
  ) {
    this.lines = body.split(/\r?\n/);
  }

  take(pattern: RegExp, expected: string): string[] {
    this.skipBlank();
    const line = this.lines[this.index];
    // Trimmed: Prettier indents a bold line that follows a list as the list's continuation.
    const match = line === undefined ? null : pattern.exec(line.trim());
    if (!match) {
      this.fail(
        line === undefined
          ? `it ends where "${expected}" was expected`
          : `line ${this.firstLine + this.index} is "${truncate(line)}" where "${expected}" was expected`,
      );
    }
    this.index += 1;
    return match!.slice(1);
  }

  /** A `- item` list (possibly empty); a blank line after an item ends it. */
  items(): string[] {
    const items: string[] = [];
    this.skipBlank();
    for (;;) {
      const match = /^\s*[-*] (.*)$/.exec(this.lines[this.index] ?? '');
      if (!match) return items;
      items.push(match[1]!);
      this.index += 1;
    }
  }

  /** Whatever follows, as written (one final newline dropped), or undefined when nothing does. */
  rest(): string | undefined {
    this.skipBlank();
    if (this.index >= this.lines.length) return undefined;
    const rest = this.lines.slice(this.index);
    if (rest.at(-1) === '') rest.pop();
    return rest.join('\n');
  }

  private skipBlank(): void {
    while (this.lines[this.index]?.trim() === '' && this.index < this.lines.length) {
      this.index += 1;
    }
  }
}

export function assertOneLine(field: string, value: string): void {
  if (/[\r\n]/.test(value)) {
    throw new TypeError(`A handoff's ${field} must be one line; it was ${JSON.stringify(value)}`);
  }
}

function truncate(line: string): string {
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}
