import { formatPValue, percent, type ConventionVerdict, type StyleFinding } from './check';
import type { StyleProfile } from './profile';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const profileSource = (profile: StyleProfile) =>
  `profile learned from ${plural(profile.files, 'file')}, flagging a file whose style has under a ${percent(profile.alpha)} chance in the codebase`;

/** Findings as a person reads them: grouped by file, one line each with the odds and the fix, and a summary line. */
export function formatFindings(
  findings: readonly StyleFinding[],
  checked: number,
  profile: StyleProfile,
): string {
  const source = profileSource(profile);
  if (findings.length === 0) {
    return `No style departures in ${plural(checked, 'file')} (${source}).\n`;
  }
  const lines: string[] = [];
  let file: string | undefined;
  for (const finding of findings) {
    if (finding.file !== file) {
      if (file !== undefined) lines.push('');
      file = finding.file;
      lines.push(file);
    }
    lines.push(
      `  ${finding.line}:${finding.column}  ${finding.convention}  ${finding.message} (this file: ${percent(finding.fileShare)}, ${formatPValue(finding.pValue)}).`,
      `      fix: ${finding.fix}.`,
    );
  }
  const files = new Set(findings.map((finding) => finding.file)).size;
  lines.push(
    '',
    `${plural(findings.length, 'style departure')} in ${plural(files, 'file')} of ${checked} checked (${source}).`,
  );
  return `${lines.join('\n')}\n`;
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd(),
  );
}

const codebaseCell = (verdict: ConventionVerdict) => {
  const total = Object.values(verdict.counts).reduce((sum, count) => sum + count, 0);
  if (!verdict.expected) {
    const split = Object.entries(verdict.counts)
      .sort(([, a], [, b]) => b - a)
      .map(([variant, count]) => `${variant} ${count}`)
      .join(', ');
    return total ? `no convention (${split})` : 'never seen';
  }
  return `${verdict.expected} ${percent(verdict.share)} of ${total}`;
};

const fileCell = (verdict: ConventionVerdict) =>
  verdict.observed === 0
    ? '-'
    : `${verdict.observed - verdict.departing} of ${verdict.observed} (${percent(verdict.fileShare)})`;

/** `baton style explain`: every convention, the codebase's counts and shares, the file's, the odds and the verdict. */
export function formatComparison(
  file: string,
  verdicts: readonly ConventionVerdict[],
  profile: StyleProfile,
): string {
  const tested = verdicts.filter((verdict) => verdict.observed > 0).length;
  const limits = verdicts.filter((verdict) => verdict.observed > 0).map((verdict) => verdict.limit);
  // Holm's first step sets the strictest limit; later steps, once conventions depart, relax it.
  const limit = limits.length ? Math.min(...limits) : profile.alpha;
  const rows = [
    ['convention', 'codebase', 'this file follows it', 'p-value', 'verdict'],
    ...verdicts.map((verdict) => [
      verdict.convention,
      codebaseCell(verdict),
      fileCell(verdict),
      verdict.observed ? formatPValue(verdict.pValue).slice(4) : '-',
      verdict.verdict,
    ]),
  ];
  const departing = verdicts.filter((verdict) => verdict.verdict === 'departs');
  const lines = [
    `${file} against the codebase (${profileSource(profile)}).`,
    tested
      ? `A convention departs when p ≤ ${Number(limit.toPrecision(2))}: the ${percent(profile.alpha)} false-alarm rate shared over the conventions this file could depart from${limits.some((each) => each > limit) ? ', then again over those left once some depart' : ''}.`
      : 'The file shows no convention the codebase holds to.',
    '',
    ...table(rows),
    '',
    departing.length
      ? `${plural(departing.length, 'convention')} departing: ${departing.map((verdict) => verdict.convention).join(', ')} (\`baton style check ${file}\` lists the lines and fixes).`
      : 'The file is written in the codebase’s style.',
  ];
  return `${lines.join('\n')}\n`;
}
