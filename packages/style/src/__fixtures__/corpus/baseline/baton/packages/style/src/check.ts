import { conventionText, type ConventionId } from './conventions';
import type { ChangedLines, SourceText } from './files';
import { isSourceFile, observeSource } from './observe';
import type { StyleProfile } from './profile';

/** One place where code departs from a convention the codebase holds to. */
export interface StyleFinding {
  /** Workspace-relative path. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  convention: ConventionId;
  /** The variant the codebase follows, e.g. `camelCase`. */
  expected: string;
  /** The variant this code is written in, e.g. `snake_case`. */
  found: string;
  /** The share of the codebase's code that follows `expected` (0 to 1). */
  share: number;
  /** The name, specifier or comment the finding is about. */
  subject: string;
  /** What departs, and how strongly the codebase holds to the convention. */
  message: string;
  /** The fix, in words. */
  fix: string;
}

export const percent = (share: number) => `${Math.floor(share * 100)}%`;

/** Every departure of `files` from the conventions `profile` enforces, by file, line and column. */
export function checkStyle(profile: StyleProfile, files: readonly SourceText[]): StyleFinding[] {
  const findings: StyleFinding[] = [];
  const errorClasses = profile.conventions['errors.class']?.examples ?? [];
  for (const file of files) {
    if (!isSourceFile(file.path)) continue;
    for (const observation of observeSource(file.path, file.text, {
      pathAliases: profile.pathAliases,
    })) {
      const stats = profile.conventions[observation.convention];
      const expected = stats?.enforced;
      if (!expected || observation.variants.includes(expected)) continue;
      const text = conventionText[observation.convention];
      const found = observation.variants[0];
      const share = stats.shares[expected] ?? 0;
      findings.push({
        file: file.path,
        line: observation.line,
        column: observation.column,
        convention: observation.convention,
        expected,
        found,
        share,
        subject: observation.subject,
        message: `${text.found(observation.subject, found)}, but ${percent(share)} of ${text.what} here ${text.variant(expected)}`,
        fix: text.fix(observation.subject, expected, errorClasses),
      });
    }
  }
  return findings.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** The findings on lines a change wrote: code nobody touched is not held against the change. */
export function findingsOnChangedLines(
  findings: readonly StyleFinding[],
  changed: ChangedLines,
): StyleFinding[] {
  return findings.filter((finding) => {
    const lines = changed.get(finding.file);
    return lines === 'all' || (lines !== undefined && lines.has(finding.line));
  });
}
