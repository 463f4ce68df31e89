import { simpleGit } from 'simple-git';

/** The git trailers that mark a commit as written by a phase (docs/phases.md). */
export const trailerKeys = {
  phase: 'AI-Phase',
  model: 'AI-Model',
  handoff: 'AI-Handoff',
} as const;

export interface PhaseTrailers {
  /** The phase that wrote the commit, e.g. `data-processing`. */
  phase: string;
  /** `<provider>/<model the API reported>`, e.g. `google/gemini-2.5-pro`. */
  model: string;
  /** Workspace-relative path of the handoff the phase worked from. */
  handoff: string;
}

/** `git commit --trailer` arguments for a phase's commit: git formats the trailers, not us. */
export function trailerArgs(trailers: PhaseTrailers): string[] {
  return (Object.keys(trailerKeys) as Array<keyof PhaseTrailers>).flatMap((key) => [
    '--trailer',
    `${trailerKeys[key]}: ${trailers[key]}`,
  ]);
}

const fieldSeparator = '\x1f';
const recordSeparator = '\x1e';
const logFormat = [
  '%H',
  ...Object.values(trailerKeys).map((key) => `%(trailers:key=${key},valueonly,separator=%x2C)`),
].join('%x1f');

/**
 * The phase trailers of every commit in `revisionRange` (any `git log` range, e.g. `main..HEAD`),
 * keyed by full commit hash; commits without an `AI-Phase` trailer (human commits) are left out.
 */
export async function phaseCommits(
  cwd: string,
  revisionRange: string,
): Promise<Map<string, PhaseTrailers>> {
  const out = await simpleGit(cwd).raw(['log', `--format=${logFormat}%x1e`, revisionRange, '--']);
  const commits = new Map<string, PhaseTrailers>();
  for (const record of out.split(recordSeparator)) {
    const [hash, phase, model, handoff] = record.split(fieldSeparator).map((field) => field.trim());
    if (hash && phase) commits.set(hash, { phase, model: model ?? '', handoff: handoff ?? '' });
  }
  return commits;
}

/** The phase trailers of one commit, or null when a human wrote it. */
export async function commitPhaseTrailers(
  cwd: string,
  revision = 'HEAD',
): Promise<PhaseTrailers | null> {
  const commits = await phaseCommits(cwd, `${revision}^!`);
  return commits.values().next().value ?? null;
}
