import { performance } from 'node:perf_hooks';

/** One line of `npm run bench`'s table. `figure` is a ratio (subject / baseline) unless notes say otherwise. */
export interface BenchRow {
  benchmark: string;
  subject: string;
  baseline: string;
  figure: string;
  notes?: string;
  /** The ratio (or, with `unit`, the figure) this row must not exceed, for the rows `--check` holds to an aim. */
  aim?: number;
  /** Set when the figure is an absolute measure, not a ratio. */
  unit?: 'ms' | 'µs';
  /** The measured ratio, as a number, for `--check`. */
  value?: number;
  /** The relative spread of the baseline's own runs: this machine's noise on this row. */
  noise?: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The rounds a row held to an aim runs: ten runs of its baseline give its noise. */
export const aimRounds = 10;

/**
 * How far apart ten runs of the same thing land: (max − min) / median of the runs, half of it
 * either side. Many short samples are taken as ten runs of consecutive samples, each its median.
 */
export function spread(values: number[]): number {
  const size = Math.max(1, Math.floor(values.length / aimRounds));
  const runs = Array.from({ length: Math.floor(values.length / size) }, (_, i) =>
    median(values.slice(i * size, (i + 1) * size)),
  );
  return (Math.max(...runs) - Math.min(...runs)) / median(runs) / 2;
}

/**
 * Times each of `runs` in turn, `rounds` times, rotating which goes first so that machine noise
 * falls on all alike, and returns every run's times in milliseconds.
 */
export async function interleaved<K extends string>(
  rounds: number,
  runs: Record<K, () => unknown>,
): Promise<Record<K, number[]>> {
  const names = Object.keys(runs) as K[];
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<
    K,
    number[]
  >;
  for (let i = 0; i < rounds; i++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(i + j) % names.length]!;
      const start = performance.now();
      await runs[name]();
      times[name].push(performance.now() - start);
    }
  }
  return times;
}

/**
 * Times `subject` and `baseline` alternately, `rounds` times each, so that machine noise falls on
 * both alike, and returns the median of each, their ratio and the baseline's spread.
 */
export async function sideBySide(
  rounds: number,
  subject: () => unknown,
  baseline: () => unknown,
): Promise<{ subjectMs: number; baselineMs: number; ratio: number; noise: number }> {
  const times = await interleaved(rounds, { subject, baseline });
  return compare(times.subject, times.baseline);
}

/** Medians, ratio and noise of two sets of times taken side by side. */
export function compare(
  subject: number[],
  baseline: number[],
): { subjectMs: number; baselineMs: number; ratio: number; noise: number } {
  const subjectMs = median(subject);
  const baselineMs = median(baseline);
  return { subjectMs, baselineMs, ratio: subjectMs / baselineMs, noise: spread(baseline) };
}

export const ratio = (value: number) => `${value.toFixed(3)}x`;

/** The fields of a row held to `aim`, from a side-by-side measurement. */
export function aimed(
  aim: number,
  measured: { ratio: number; noise: number },
): Pick<BenchRow, 'figure' | 'aim' | 'value' | 'noise'> {
  return { figure: ratio(measured.ratio), aim, value: measured.ratio, noise: measured.noise };
}

/** Whether a row misses its aim by more than the noise measured on it. */
export function misses(row: BenchRow): boolean {
  if (row.aim === undefined || row.value === undefined) return false;
  // An absolute figure's noise is relative, like a ratio's; it widens the aim in proportion.
  const margin = (row.noise ?? 0) * (row.unit ? row.aim : 1);
  return row.value > row.aim + margin;
}

/** The aim as the table shows it. */
export function aimText(row: BenchRow): string {
  if (row.aim === undefined) return '';
  return row.unit ? `≤ ${row.aim} ${row.unit}` : `≤ ${row.aim.toFixed(2)}x`;
}
