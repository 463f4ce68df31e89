import { isAbsolute, relative } from 'node:path';
import { styleErrors } from './errors';
import { isOwnSource, pathAliases, readSources, trackedSourceFiles } from './files';
import { observeSource } from './observe';
import {
  buildProfile,
  defaultAlpha,
  defaultMinSamples,
  defaultThreshold,
  type StyleProfile,
} from './profile';

export interface LearnStyleOptions {
  workspaceRoot: string;
  /**
   * The human-written files to learn from (workspace-relative or absolute). Default: every tracked
   * TypeScript/JavaScript file; callers that know which files a model wrote pass the others.
   */
  files?: readonly string[];
  /** Share of the code one variant needs to be the codebase's convention (0.5 to 1). Default 0.6. */
  threshold?: number;
  /** Occurrences a convention needs before files are judged by it. Default 10. */
  minSamples?: number;
  /** The chance that a file in the codebase's own style is flagged (0 to 0.5). Default 0.02. */
  alpha?: number;
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

export function validateAlpha(alpha: unknown): number {
  if (typeof alpha !== 'number' || !Number.isFinite(alpha) || alpha <= 0 || alpha > 0.5) {
    throw styleErrors.badAlpha(alpha);
  }
  return alpha;
}

/** Learns the conventions the workspace's code holds to: one parse per file, no type-check. */
export function learnStyleProfile(options: LearnStyleOptions): StyleProfile {
  const { workspaceRoot } = options;
  const threshold = validateThreshold(options.threshold ?? defaultThreshold);
  const alpha = validateAlpha(options.alpha ?? defaultAlpha);
  const minSamples = options.minSamples ?? defaultMinSamples;
  const files = (options.files ?? trackedSourceFiles(workspaceRoot))
    .map((file) => (isAbsolute(file) ? relative(workspaceRoot, file) : file))
    .filter(isOwnSource);
  const aliases = pathAliases(workspaceRoot);
  return learnFromSources(readSources(workspaceRoot, files), {
    alpha,
    threshold,
    minSamples,
    pathAliases: aliases,
  });
}

/** The profile of files already read: what `learnStyleProfile` does after reading the workspace. */
export function learnFromSources(
  sources: ReadonlyArray<{ path: string; text: string }>,
  settings: {
    alpha?: number;
    threshold?: number;
    minSamples?: number;
    pathAliases?: string[];
  } = {},
): StyleProfile {
  const pathAliases = settings.pathAliases ?? [];
  const observed = sources
    .map((source) => observeSource(source.path, source.text, { pathAliases }))
    // A generated file shows nothing; it is no file of the codebase's style either.
    .filter((observations) => observations.length > 0);
  return buildProfile(observed, {
    alpha: validateAlpha(settings.alpha ?? defaultAlpha),
    threshold: validateThreshold(settings.threshold ?? defaultThreshold),
    minSamples: settings.minSamples ?? defaultMinSamples,
    pathAliases,
  });
}
