import type { PhaseMapEntry } from '../../plugins/plugin';

export interface PhaseExecutorSchema {
  phase?: string;
  dryRun?: boolean;
  model?: string;
  reply?: string;
  rerun?: boolean;
  mapEntry?: PhaseMapEntry;
}
