import { performance } from 'node:perf_hooks';

/** One line of `npm run bench`'s table. `figure` is a ratio (subject / baseline) unless notes say otherwise. */
export interface BenchRow {
  benchmark: string;
  subject: string;
  baseline: string;
  figure: string;
  notes?: string;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Times `subject` and `baseline` alternately, `rounds` times each, so that machine noise falls on
 * both alike, and returns the median of each and their ratio.
 */
export async function sideBySide(
  rounds: number,
  subject: () => unknown,
  baseline: () => unknown,
): Promise<{ subjectMs: number; baselineMs: number; ratio: number }> {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const [fn, into] of i % 2
      ? ([
          [baseline, b],
          [subject, a],
        ] as const)
      : ([
          [subject, a],
          [baseline, b],
        ] as const)) {
      const start = performance.now();
      await fn();
      into.push(performance.now() - start);
    }
  }
  const subjectMs = median(a);
  const baselineMs = median(b);
  return { subjectMs, baselineMs, ratio: subjectMs / baselineMs };
}

export const ratio = (value: number) => `${value.toFixed(3)}x`;
