export interface PhaseExecutorSchema {
  phase?: string;
  dryRun?: boolean;
  model?: string;
  reply?: string;
  mapEntry?: Record<string, unknown>;
}
