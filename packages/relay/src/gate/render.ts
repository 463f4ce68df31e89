import type { MergeCheckReport } from './check';
import type { CheckOutcome, CheckProblem } from './tools';

const marks: Record<CheckOutcome['status'], string> = {
  passed: 'ok  ',
  failed: 'FAIL',
  skipped: 'skip',
  noted: 'note',
};

function location(problem: CheckProblem): string {
  if (!problem.file) return '';
  const at = problem.line ? `:${problem.line}${problem.column ? `:${problem.column}` : ''}` : '';
  return `${problem.file}${at}  `;
}

/** The merge check as one report a person reads in a terminal or a CI log. */
export function formatMergeCheck(report: MergeCheckReport): string {
  const range = `${report.base}..${report.head}`;
  if (report.commits.length === 0) {
    return `baton check: no model-written commits in ${range} (no AI-Phase trailers); nothing to check.\n`;
  }
  const phases = [
    ...new Set(
      report.commits.map((commit) => `${commit.trailers.phase} (${commit.trailers.model})`),
    ),
  ];
  const lines = [
    `baton check: ${report.commits.length} model-written ${report.commits.length === 1 ? 'commit' : 'commits'} in ${range} by ${phases.join(', ')}, touching ${report.files.length} ${report.files.length === 1 ? 'file' : 'files'}`,
    '',
  ];
  for (const check of report.checks) {
    lines.push(`${marks[check.status]}  ${check.name.padEnd(10)}  ${check.summary}`);
    for (const problem of check.problems) {
      lines.push(
        `        ${location(problem)}${problem.rule ? `${problem.rule}  ` : ''}${problem.message}`,
      );
    }
  }
  const failed = report.checks
    .filter((check) => check.status === 'failed')
    .map((check) => check.name);
  lines.push(
    '',
    failed.length
      ? `baton check failed: ${failed.join(', ')}. Fix the problems above, commit, and run \`baton check --base ${report.base}\` again.`
      : 'baton check passed.',
  );
  return `${lines.join('\n')}\n`;
}
