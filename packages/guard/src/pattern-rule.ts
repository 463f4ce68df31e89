import { type KeywordHits, linesAround } from './text-scan';

export interface PatternRule {
  /** The kind a masked value shows: `[REDACTED:<kind>:<fingerprint>]`. */
  kind: string;
  /** Why the rule exists: what the preset or the other rules miss. */
  why: string;
  /** Lowercase words one of which the text must hold for the pattern to run at all, as gitleaks does (none: always runs). */
  keywords: readonly string[];
  pattern: RegExp;
  /** The capture groups that may hold the secret, first defined wins; 0 (the whole match) if none. */
  group?: number | readonly number[];
  /** Rejects matches that are placeholders or code rather than secrets. */
  accept?: (value: string, match: RegExpExecArray, text: string) => boolean;
  /** Matches may span lines, so the pattern runs on the whole text rather than on keyword lines. */
  multiline?: boolean;
  /** A character every match holds besides its keyword: keyword lines without it are skipped. */
  needs?: string;
}

export interface SecretRule {
  kind: string;
  why: string;
  keywords: readonly string[];
  /** Every secret's [start, end) in `text`, given where each keyword occurs (see TextScanner). */
  find(text: string, hits: KeywordHits): Array<[number, number]>;
}

/** A pattern rule as the scanner runs it: on the lines around its keywords, else on the whole text. */
export function toSecretRule(rule: PatternRule): SecretRule {
  const groups = rule.group === undefined ? [0] : [rule.group].flat();
  const scan = (text: string, offset: number, spans: Array<[number, number]>) => {
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(text); match; match = rule.pattern.exec(text)) {
      const group = groups.find((i) => match![i] !== undefined);
      const span = group === undefined ? undefined : match.indices?.[group];
      if (!span || (rule.accept && !rule.accept(match[group!], match, text))) continue;
      spans.push([offset + span[0], offset + span[1]]);
    }
  };
  return {
    kind: rule.kind,
    why: rule.why,
    keywords: rule.keywords,
    find(text, hits) {
      const spans: Array<[number, number]> = [];
      const lines =
        rule.multiline || rule.keywords.length === 0
          ? undefined
          : linesAround(text, hits.positionsOf(rule.keywords));
      if (!lines) scan(text, 0, spans);
      else
        for (const [start, end] of lines) {
          const window = text.slice(start, end);
          if (rule.needs === undefined || window.includes(rule.needs)) scan(window, start, spans);
        }
      return spans;
    },
  };
}
