export interface PhaseExecutorSchema {
  phase?: string;
  dryRun?: boolean;
  model?: string;
  mapEntry?: Record<string, unknown>;
}
