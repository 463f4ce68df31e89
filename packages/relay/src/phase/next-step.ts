import { nextPhase, phaseModel, type CollaborationMap } from '../map/lookup';
import type { LedgerEntry } from '../provenance';

/** The phase after a phase and the alias of the model it runs on; null after the last. */
export interface NextPhase {
  phase: string;
  alias: string;
}

/** What the line after `phase` needs from the map, which a phase target carries in its metadata. */
export function nextPhaseOf(map: CollaborationMap, phase: string): NextPhase | null {
  const next = nextPhase(map, phase);
  return next === null ? null : { phase: next, alias: phaseModel(map, next).alias };
}

/** The line a successful phase run ends with: the command that carries the relay on. */
export function nextStepAfterPhase(map: CollaborationMap, project: string, phase: string): string {
  return nextStepLine(project, phase, nextPhaseOf(map, phase));
}

/** {@link nextStepAfterPhase} from the phase after `phase`, as {@link nextPhaseOf} gave it. */
export function nextStepLine(project: string, phase: string, next: NextPhase | null): string {
  if (next === null) {
    return (
      `Next: ${phase} was the relay's last phase. Merge its branch (the pre-merge-commit hook runs \`baton check\`), ` +
      'and `npx baton report` shows the whole relay.'
    );
  }
  return `Next: \`nx g handoff --project ${project}\` hands the feature to ${next.phase} (${next.alias}).`;
}

/**
 * The line a cached report run ends with. Nx replays a cached run's output without running Baton,
 * cost line and all, so this line says, in the output it replays, what a replay costs.
 */
export function cacheReplayNote(entries: readonly LedgerEntry[]): string {
  const priced = entries.every((entry) => entry.costUsd !== null);
  const cost = priced
    ? `$${entries.reduce((sum, entry) => sum + entry.costUsd!, 0).toFixed(4)}`
    : 'a cost Baton could not price';
  const ended = entries.at(-1)!.time.slice(0, 16).replace('T', ' ');
  return (
    `Nx caches this report: replayed from its cache (marked [local cache] or [remote cache]), this output ` +
    `calls no model and costs $0; the run that wrote it ended ${ended} UTC and cost ${cost}, once.`
  );
}
