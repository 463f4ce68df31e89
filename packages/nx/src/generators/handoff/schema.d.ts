export interface HandoffGeneratorSchema {
  project: string;
  to?: string;
  from?: string;
  goal?: string;
  feature?: string;
  completed?: string;
  /** One "Key: value" (a single --context) or several. */
  context?: string | string[];
  /** One acceptance criterion (a single --criteria) or several; the first handoff only. */
  criteria?: string | string[];
  /** `path` or `path:structure`, comma-separated. */
  files?: string;
}
