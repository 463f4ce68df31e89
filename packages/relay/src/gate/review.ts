import { dirname, join, posix } from 'node:path';
import { globSync } from 'tinyglobby';
import { reportsDir } from '../feature';
import { readReviewSummaryFile, type ReviewSummary } from '../review';
import type { CheckOutcome, CheckProblem } from './tools';

/**
 * The findings of the latest review by several reviewers of each feature the checked files belong
 * to, most agreed first, with what each reviewer cost. It shows them; it fails nothing: a person
 * weighs a finding two vendors agree on against one only one saw.
 */
export function checkReviewFindings(root: string, files: readonly string[]): CheckOutcome {
  const reports = globSync(`**/${reportsDir}/*.md`, {
    cwd: root,
    ignore: ['**/node_modules/**', '**/dist/**', '.git/**'],
  }).sort();
  const latest = new Map<string, { file: string; summary: ReviewSummary }>();
  for (const file of reports) {
    const project = dirname(dirname(dirname(file)));
    const inProject = (path: string) => project === '.' || path.startsWith(`${project}/`);
    if (!files.some(inProject)) continue;
    const summary = readReviewSummaryFile(join(root, file));
    // Numbered files sort oldest first: the last one of a phase is its latest review.
    if (summary) latest.set(`${project}\0${summary.phase}`, { file, summary });
  }
  if (latest.size === 0) {
    return {
      name: 'review',
      status: 'skipped',
      summary: 'no review by several reviewers for the checked files',
      problems: [],
    };
  }
  const problems: CheckProblem[] = [];
  const summaries: string[] = [];
  for (const { file, summary } of latest.values()) {
    const answered = summary.reviewers.filter((reviewer) => reviewer.outcome === 'success');
    const agreed = summary.findings.filter((finding) => finding.foundBy.length > 1).length;
    const costs = summary.reviewers.map(
      (reviewer) =>
        `${reviewer.alias} ${reviewer.outcome === 'failure' ? 'failed' : reviewer.costUsd === null ? 'cost unknown' : `$${reviewer.costUsd.toFixed(4)}`}`,
    );
    summaries.push(
      `${posix.basename(file)}: ${summary.findings.length} findings from ${answered.length} reviewers (${costs.join(', ')}), ${agreed} found by more than one`,
    );
    for (const finding of summary.findings) {
      problems.push({
        file: finding.file,
        line: finding.lines.start,
        rule: `${finding.agreement} ${finding.severity} ${finding.kind}`,
        message: `found by ${finding.foundBy.join(', ')} (${summary.phase})`,
      });
    }
  }
  return {
    name: 'review',
    status: problems.length > 0 ? 'noted' : 'passed',
    summary: summaries.join('; '),
    problems,
  };
}
