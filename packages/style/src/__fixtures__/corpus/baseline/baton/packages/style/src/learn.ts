import { isAbsolute, relative } from 'node:path';
import type { Observation } from './conventions';
import { styleErrors } from './errors';
import { isOwnSource, pathAliases, readSources, trackedSourceFiles } from './files';
import { observeSource } from './observe';
import { buildProfile, defaultMinSamples, defaultThreshold, type StyleProfile } from './profile';

export interface LearnStyleOptions {
  workspaceRoot: string;
  /**
   * The human-written files to learn from (workspace-relative or absolute). Default: every tracked
   * TypeScript/JavaScript file; callers that know which files a model wrote pass the others.
   */
  files?: readonly string[];
  /** Share of the code that must follow a variant for it to be enforced (0.5 to 1). Default 0.9. */
  threshold?: number;
  /** Occurrences a convention needs before it is enforced. Default 10. */
  minSamples?: number;
}

export function validateThreshold(threshold: unknown): number {
  if (
    typeof threshold !== 'number' ||
    !Number.isFinite(threshold) ||
    threshold <= 0.5 ||
    threshold > 1
  ) {
    throw styleErrors.badThreshold(threshold);
  }
  return threshold;
}

/** Learns the conventions the workspace's code holds to: one parse per file, no type-check. */
export function learnStyleProfile(options: LearnStyleOptions): StyleProfile {
  const { workspaceRoot } = options;
  const threshold = validateThreshold(options.threshold ?? defaultThreshold);
  const minSamples = options.minSamples ?? defaultMinSamples;
  const files = (options.files ?? trackedSourceFiles(workspaceRoot))
    .map((file) => (isAbsolute(file) ? relative(workspaceRoot, file) : file))
    .filter(isOwnSource);
  const sources = readSources(workspaceRoot, files);
  const aliases = pathAliases(workspaceRoot);
  function* observations(): Generator<Observation> {
    for (const source of sources) {
      yield* observeSource(source.path, source.text, { pathAliases: aliases });
    }
  }
  return buildProfile(observations(), {
    threshold,
    minSamples,
    files: sources.length,
    pathAliases: aliases,
  });
}
