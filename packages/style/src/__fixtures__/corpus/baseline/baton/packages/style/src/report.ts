import { percent, type StyleFinding } from './check';
import type { StyleProfile } from './profile';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Findings as a person reads them: grouped by file, one line each with the fix, and a summary line. */
export function formatFindings(
  findings: readonly StyleFinding[],
  checked: number,
  profile: StyleProfile,
): string {
  const source = `profile learned from ${plural(profile.files, 'file')}, enforcing conventions held by ${percent(profile.threshold)} of the code`;
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
      `  ${finding.line}:${finding.column}  ${finding.convention}  ${finding.message}.`,
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
