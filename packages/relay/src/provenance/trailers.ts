import { logTrailers } from '../git/history';

import { trailerKeys } from './trailer-keys';

export { trailerKeys };

export interface PhaseTrailers {
  /** The phase that wrote the commit, e.g. `data-processing`. */
  phase: string;
  /** `<provider>/<model the API reported>`, e.g. `google/gemini-2.5-pro`. */
  model: string;
  /** Workspace-relative path of the handoff the phase worked from. */
  handoff: string;
}

/** The trailers of a phase's commit, `Key: value` each, for `git commit --trailer`: git formats them, not us. */
export function trailerLines(trailers: PhaseTrailers): string[] {
  return (Object.keys(trailerKeys) as Array<keyof PhaseTrailers>).map(
    (key) => `${trailerKeys[key]}: ${trailers[key]}`,
  );
}

/**
 * The trailers of a project's convention, written beside Baton's own: `Assisted-by: Baton:MODEL`
 * as the Linux kernel asks of AI tools (`AGENT_NAME:MODEL_VERSION`), or `Co-authored-by` as other
 * tools write it, with an `.invalid` address that can never be someone's account.
 */
export function conventionTrailerLines(
  style: 'assisted-by' | 'co-authored-by' | undefined,
  trailers: Pick<PhaseTrailers, 'model'>,
): string[] {
  if (style === 'assisted-by') return [`Assisted-by: Baton:${trailers.model}`];
  if (style === 'co-authored-by') {
    const provider = trailers.model.split('/')[0] || 'model';
    return [`Co-authored-by: ${trailers.model} (Baton) <${provider}@baton.invalid>`];
  }
  return [];
}

/** `git commit --trailer` arguments for a phase's commit. */
export function trailerArgs(trailers: PhaseTrailers): string[] {
  return trailerLines(trailers).flatMap((line) => ['--trailer', line]);
}

/**
 * The phase trailers of every commit in `revisionRange` (any `git log` range, e.g. `main..HEAD`),
 * keyed by full commit hash; commits without an `AI-Phase` trailer (human commits) are left out.
 */
export async function phaseCommits(
  cwd: string,
  revisionRange: string,
): Promise<Map<string, PhaseTrailers>> {
  const records = await logTrailers(cwd, revisionRange, Object.values(trailerKeys));
  const commits = new Map<string, PhaseTrailers>();
  for (const { hash, values } of records) {
    const [phase, model, handoff] = values;
    if (phase) commits.set(hash, { phase, model: model ?? '', handoff: handoff ?? '' });
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
