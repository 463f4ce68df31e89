import * as z from 'zod';

/** The kinds of risk a reviewer files a finding under; findings merge only within one kind. */
export const findingKinds = [
  'injection',
  'input-validation',
  'access-control',
  'authentication',
  'secrets',
  'cryptography',
  'data-exposure',
  'denial-of-service',
  'error-handling',
  'dependency',
  'logic',
  'best-practice',
] as const;

/** Most severe first: the order findings of equal agreement are listed in. */
export const severities = ['critical', 'high', 'medium', 'low', 'info'] as const;

export type FindingKind = (typeof findingKinds)[number];
export type Severity = (typeof severities)[number];

const findingSchema = z.strictObject({
  file: z.string().min(1),
  lines: z
    .strictObject({ start: z.number().int().positive(), end: z.number().int().positive() })
    .refine((lines) => lines.end >= lines.start, { error: 'end must not come before start' }),
  kind: z.enum(findingKinds),
  severity: z.enum(severities),
  explanation: z.string().min(1),
  fix: z.string().min(1),
});

const answerSchema = z.strictObject({ findings: z.array(findingSchema) });

/** One risk as one reviewer reported it. */
export type Finding = z.infer<typeof findingSchema>;

/** What each reviewer is told to end its answer with, so its findings can be merged with the others'. */
export const findingsFormat = [
  'End your answer with your findings as one fenced ```json block holding exactly',
  '{"findings": [{"file": "<workspace-relative path>", "lines": {"start": <first line>, "end": <last line>},',
  `"kind": "<one of ${findingKinds.join(', ')}>", "severity": "<one of ${severities.join(', ')}>",`,
  '"explanation": "<the risk, in one or two sentences>", "fix": "<the change that removes it>"}]}',
  'and nothing after it. Report no finding twice; an empty list means you found nothing.',
].join('\n');

const jsonBlockPattern = /```json[^\n]*\n([\s\S]*?)\n```/g;

/**
 * The findings in a reviewer's answer: its last ```json block, validated. Throws an Error saying
 * what is wrong when the answer has none, or it is not the findings structure.
 */
export function parseFindings(answer: string): Finding[] {
  const blocks = [...answer.matchAll(jsonBlockPattern)];
  const last = blocks.at(-1);
  if (!last) throw new Error('the answer has no ```json block of findings');
  let json: unknown;
  try {
    json = JSON.parse(last[1]!);
  } catch (error) {
    throw new Error(`its findings block is not JSON (${(error as Error).message})`);
  }
  const parsed = answerSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `its findings block is not the findings structure (${issue.path.join('.') || 'block'}: ${issue.message})`,
    );
  }
  return parsed.data.findings.map((finding) => ({
    ...finding,
    file: finding.file.replaceAll('\\', '/').replace(/^\.\//, ''),
  }));
}

/** A risk after merging: the reviewers that found it, and each one's words. */
export interface MergedFinding {
  file: string;
  /** The union of the reviewers' line ranges. */
  lines: { start: number; end: number };
  kind: FindingKind;
  /** The most severe of the reviewers' ratings. */
  severity: Severity;
  /** Aliases of the reviewers that found it, in the map's order. */
  foundBy: string[];
  /** Each reviewer's explanation and fix, in the map's order. */
  reports: Array<
    { reviewer: string } & Pick<Finding, 'lines' | 'severity' | 'explanation' | 'fix'>
  >;
}

const overlap = (a: Finding['lines'], b: Finding['lines']) => a.start <= b.end && b.start <= a.end;

/**
 * Merges the reviewers' findings: two are one risk when they name the same file and kind and their
 * lines overlap (also through a third). Most agreed first, then most severe, then by file and line.
 */
export function mergeFindings(
  byReviewer: ReadonlyArray<{ reviewer: string; findings: readonly Finding[] }>,
): MergedFinding[] {
  const merged: MergedFinding[] = [];
  for (const { reviewer, findings } of byReviewer) {
    for (const finding of findings) {
      const single: MergedFinding = {
        file: finding.file,
        lines: { ...finding.lines },
        kind: finding.kind,
        severity: finding.severity,
        foundBy: [reviewer],
        reports: [{ reviewer, ...pick(finding) }],
      };
      const matches = merged.filter(
        (group) =>
          group.file === finding.file &&
          group.kind === finding.kind &&
          group.reports.some((other) => overlap(other.lines, finding.lines)),
      );
      const [first, ...rest] = matches;
      if (!first) {
        merged.push(single);
        continue;
      }
      absorb(first, single);
      // A finding that overlaps two groups joins them: both describe the risk it describes.
      for (const group of rest) {
        absorb(first, group);
        merged.splice(merged.indexOf(group), 1);
      }
    }
  }
  const order = byReviewer.map(({ reviewer }) => reviewer);
  const byOrder = (a: string, b: string) => order.indexOf(a) - order.indexOf(b);
  for (const group of merged) {
    group.foundBy.sort(byOrder);
    group.reports.sort((a, b) => byOrder(a.reviewer, b.reviewer));
  }
  return merged.sort(
    (a, b) =>
      b.foundBy.length - a.foundBy.length ||
      severities.indexOf(a.severity) - severities.indexOf(b.severity) ||
      a.file.localeCompare(b.file) ||
      a.lines.start - b.lines.start,
  );
}

function absorb(into: MergedFinding, group: MergedFinding): void {
  into.reports.push(...group.reports);
  into.lines = {
    start: Math.min(into.lines.start, group.lines.start),
    end: Math.max(into.lines.end, group.lines.end),
  };
  if (severities.indexOf(group.severity) < severities.indexOf(into.severity)) {
    into.severity = group.severity;
  }
  for (const reviewer of group.reports.map((report) => report.reviewer)) {
    if (!into.foundBy.includes(reviewer)) into.foundBy.push(reviewer);
  }
}

function pick(finding: Finding): Pick<Finding, 'lines' | 'severity' | 'explanation' | 'fix'> {
  const { lines, severity, explanation, fix } = finding;
  return { lines: { ...lines }, severity, explanation, fix };
}
