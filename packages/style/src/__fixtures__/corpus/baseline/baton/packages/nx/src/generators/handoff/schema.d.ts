export interface HandoffGeneratorSchema {
  project: string;
  to?: string;
  from?: string;
  goal?: string;
  feature?: string;
  completed?: string;
  /** One "Key: value" (a single --context) or several. */
  context?: string | string[];
  /** `path` or `path:structure`, comma-separated. */
  files?: string;
}
