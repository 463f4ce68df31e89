import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Document } from 'yaml';
import type { ReviewersRequired } from '../map';
import type { MergedFinding } from './findings';

/** How one reviewer of a phase fared: its answer kept as written, its cost, and why it failed. */
export interface ReviewerOutcome {
  alias: string;
  provider: string;
  modelRequested: string;
  modelReported: string | null;
  outcome: 'success' | 'failure';
  /** Why the reviewer counts as failed: no answer, or an answer without the findings structure. */
  error?: string;
  /** How many findings it reported; absent when it failed. */
  findings?: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number | null;
  durationMs: number;
  requestId: string | null;
  /** The answer exactly as the model wrote it; absent when there was none. */
  answer?: string;
}

export interface ReviewReport {
  feature: string;
  phase: string;
  handoffPath: string;
  required: ReviewersRequired;
  reviewers: ReviewerOutcome[];
  findings: MergedFinding[];
}

/**
 * Writes a review phase's report: front matter with each reviewer's cost and the merged findings
 * (what `baton report` and `baton check` read), then the findings by agreement, then each answer.
 */
export function writeReviewReport(file: string, report: ReviewReport): void {
  const answered = report.reviewers.filter((reviewer) => reviewer.outcome === 'success').length;
  const front = new Document({
    feature: report.feature,
    phase: report.phase,
    handoff: report.handoffPath,
    required: report.required,
    reviewers: report.reviewers.map(({ answer: _answer, ...reviewer }) => reviewer),
    costUsd: totalCost(report.reviewers),
    findings: report.findings.map((finding) => ({
      file: finding.file,
      lines: finding.lines,
      kind: finding.kind,
      severity: finding.severity,
      foundBy: finding.foundBy,
      agreement: `${finding.foundBy.length}/${answered}`,
    })),
  });
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    `---\n${front.toString({ lineWidth: 0 })}---\n\n${renderReviewBody(report).trimEnd()}\n`,
  );
}

/** The Markdown of a review report: written from the findings' structure, not from any one answer. */
export function renderReviewBody(report: ReviewReport): string {
  const answered = report.reviewers.filter((reviewer) => reviewer.outcome === 'success');
  const failed = report.reviewers.filter((reviewer) => reviewer.outcome === 'failure');
  const out: string[] = [
    `# ${report.phase}: ${count(report.findings.length, 'finding')} from ${count(answered.length, 'reviewer')}`,
    '',
    '| Reviewer | Model | Outcome | Findings | Tokens in / out | Cost |',
    '| --- | --- | --- | --- | --- | --- |',
    ...report.reviewers.map(
      (reviewer) =>
        `| ${reviewer.alias} | ${reviewer.provider}/${reviewer.modelReported ?? reviewer.modelRequested} | ` +
        `${reviewer.outcome === 'success' ? 'answered' : `failed: ${cell(reviewer.error ?? '')}`} | ` +
        `${reviewer.findings ?? '-'} | ${reviewer.inputTokens} / ${reviewer.outputTokens} | ${usd(reviewer.costUsd)} |`,
    ),
    '',
  ];
  if (failed.length > 0) {
    out.push(
      `${failed.map((reviewer) => reviewer.alias).join(', ')} failed; the findings below are the other reviewers'.`,
      '',
    );
  }
  const byAgreement = new Map<number, MergedFinding[]>();
  for (const finding of report.findings) {
    const agreed = finding.foundBy.length;
    byAgreement.set(agreed, [...(byAgreement.get(agreed) ?? []), finding]);
  }
  let number = 0;
  for (const [agreed, findings] of byAgreement) {
    out.push(`## Found by ${agreed} of ${answered.length} reviewers`, '');
    for (const finding of findings) {
      number += 1;
      out.push(
        `### ${number}. ${finding.severity} · ${finding.kind} · \`${finding.file}\` ${lineRange(finding.lines)}`,
        '',
        `Found by ${finding.foundBy.join(', ')} (${agreed} of ${answered.length} agree).`,
        '',
      );
      for (const item of finding.reports) {
        out.push(
          `- **${item.reviewer}** (${item.severity}, ${lineRange(item.lines)}): ${item.explanation}`,
          `  Fix: ${item.fix}`,
        );
      }
      out.push('');
    }
  }
  if (report.findings.length === 0) out.push('No reviewer reported a finding.', '');
  out.push('## Each answer as written', '');
  for (const reviewer of report.reviewers) {
    out.push(
      `### ${reviewer.alias} (${reviewer.provider}/${reviewer.modelReported ?? reviewer.modelRequested})`,
      '',
    );
    if (reviewer.answer === undefined) {
      out.push(`No answer: ${reviewer.error ?? 'the call failed'}.`, '');
      continue;
    }
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(reviewer.answer) + 1));
    out.push(`${fence}markdown`, reviewer.answer.trimEnd(), fence, '');
  }
  return out.join('\n');
}

/** The sum of the reviewers' known costs; null when none is known. */
export function totalCost(reviewers: readonly Pick<ReviewerOutcome, 'costUsd'>[]): number | null {
  const known = reviewers.flatMap((reviewer) =>
    reviewer.costUsd === null ? [] : [reviewer.costUsd],
  );
  return known.length === 0 ? null : known.reduce((sum, cost) => sum + cost, 0);
}

function lineRange({ start, end }: { start: number; end: number }): string {
  return start === end ? `line ${start}` : `lines ${start}-${end}`;
}

function count(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}

function usd(cost: number | null): string {
  return cost === null ? 'unknown' : `$${cost.toFixed(4)}`;
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
}
