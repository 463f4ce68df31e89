import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import * as z from 'zod';
import { findingKinds, severities } from './findings';
import { documentText } from '../text';

const lines = z.object({ start: z.number().int(), end: z.number().int() });

const reviewFrontSchema = z.object({
  phase: z.string(),
  required: z.enum(['one', 'all']),
  costUsd: z.number().nullable(),
  reviewers: z.array(
    z.object({
      alias: z.string(),
      provider: z.string(),
      modelRequested: z.string(),
      modelReported: z.string().nullable(),
      outcome: z.enum(['success', 'failure']),
      error: z.string().optional(),
      findings: z.number().optional(),
      inputTokens: z.number(),
      outputTokens: z.number(),
      costUsd: z.number().nullable(),
    }),
  ),
  findings: z.array(
    z.object({
      file: z.string(),
      lines,
      kind: z.enum(findingKinds),
      severity: z.enum(severities),
      foundBy: z.array(z.string()),
      agreement: z.string(),
    }),
  ),
});

/** What a review report's front matter says: each reviewer's cost and the findings by agreement. */
export type ReviewSummary = z.infer<typeof reviewFrontSchema>;

const frontMatterPattern = /^---\r?\n([\s\S]*?)^---\r?\n?/m;

/** The front matter of a report written by several reviewers; null for any other report. */
export function readReviewSummary(text: string): ReviewSummary | null {
  const match = frontMatterPattern.exec(documentText(text));
  if (match?.index !== 0) return null;
  let front: unknown;
  try {
    front = parseYaml(match[1]!);
  } catch {
    return null;
  }
  const parsed = reviewFrontSchema.safeParse(front);
  return parsed.success ? parsed.data : null;
}

/** {@link readReviewSummary} of a file. */
export function readReviewSummaryFile(file: string): ReviewSummary | null {
  return readReviewSummary(readFileSync(file, 'utf8'));
}
