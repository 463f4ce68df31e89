// How a commit or a branch is known to be a phase's, outside the phase's run: what the git hooks
// and the style gate ask, without loading the run.
import type { CollaborationMap } from '../map/lookup';
import type { PhaseTrailers } from '../provenance/trailers';

/** `feature/<feature>-<model alias>-<phase>`, the seed's branch per model. */
export function phaseBranchName(feature: string, modelAlias: string, phase: string): string {
  return `feature/${feature}-${modelAlias}-${phase}`;
}

/** The phase and model alias of a phase branch (`feature/<feature>-<alias>-<phase>`) of `map`, or null. */
export function phaseOfBranch(
  branch: string,
  map: CollaborationMap,
): { feature: string; alias: string; phase: string } | null {
  if (!branch.startsWith('feature/')) return null;
  const rest = branch.slice('feature/'.length);
  for (const phase of Object.keys(map.phases)) {
    for (const alias of Object.keys(map.models)) {
      const suffix = `-${alias}-${phase}`;
      if (rest.length > suffix.length && rest.endsWith(suffix)) {
        return { feature: rest.slice(0, -suffix.length), alias, phase };
      }
    }
  }
  return null;
}

/**
 * The environment variable a phase sets, to its phase name, when it runs `git commit`: the hooks
 * know from it that a model wrote the commit (a pre-commit hook cannot read the message yet).
 */
export const phaseCommitEnv = 'BATON_PHASE';

/** The environment a phase's `git commit` runs in, on top of the process's own. */
export function phaseCommitEnvironment(
  trailers: Pick<PhaseTrailers, 'phase'>,
): Record<string, string> {
  return { [phaseCommitEnv]: trailers.phase };
}

/** The phase named by the environment of a commit in progress, or null when a person commits. */
export function committingPhase(env: NodeJS.ProcessEnv = process.env): string | null {
  return env[phaseCommitEnv]?.trim() || null;
}
