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
  /** `path` or `path:structure`, comma-separated: added to the default references. */
  files?: string;
  /** The same list, replacing the default references. */
  onlyFiles?: string;
  /** Hand over from a phase that has not run, its work done by a person. */
  force?: boolean;
}
