import { nextPhase, phaseModel, type CollaborationMap } from '../map/lookup';

/** The line a successful phase run ends with: the command that carries the relay on. */
export function nextStepAfterPhase(map: CollaborationMap, project: string, phase: string): string {
  const next = nextPhase(map, phase);
  if (next === null) {
    return (
      `Next: ${phase} was the relay's last phase. Merge its branch (the pre-merge-commit hook runs \`baton check\`), ` +
      'and `npx baton report` shows the whole relay.'
    );
  }
  return `Next: \`nx g handoff --project ${project}\` hands the feature to ${next} (${phaseModel(map, next).alias}).`;
}
