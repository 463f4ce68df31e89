import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { conventionIds, type ConventionId, type Observation } from './conventions';
import { styleErrors } from './errors';

/** Where `baton style learn` writes the profile, relative to the workspace root. */
export const styleProfilePath = '.baton/style-profile.json';
export const styleProfileVersion = 1;
/** A convention is enforced when this share of the code follows one variant... */
export const defaultThreshold = 0.9;
/** ...over at least this many occurrences: a habit seen five times is not yet a convention. */
export const defaultMinSamples = 10;
/** How many of the codebase's own names a fix may quote as examples (its Error subclasses). */
const maxExamples = 3;

export interface ConventionStats {
  /** Occurrences that fit exactly one variant, by variant. */
  counts: Record<string, number>;
  /** The sum of `counts`. */
  total: number;
  /** Each variant's share of `total`, rounded to four places. */
  shares: Record<string, number>;
  /** The variant `baton style check` enforces, or null when none reaches the threshold over enough occurrences. */
  enforced: string | null;
  /** The codebase's most frequent Error subclasses, quoted by the fixes of error findings. */
  examples?: string[];
}

/** What a workspace's human-written code holds to, learned by `baton style learn`. */
export interface StyleProfile {
  version: typeof styleProfileVersion;
  threshold: number;
  minSamples: number;
  /** How many files the profile was learned from. */
  files: number;
  /** Path alias prefixes from tsconfig `compilerOptions.paths`. */
  pathAliases: string[];
  conventions: Record<ConventionId, ConventionStats>;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

function sortedRecord(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

/** Counts observations into a profile. Occurrences that fit several variants count for none. */
export function buildProfile(
  observations: Iterable<Observation>,
  settings: { threshold: number; minSamples: number; files: number; pathAliases: string[] },
): StyleProfile {
  const counts = new Map<ConventionId, Record<string, number>>();
  const names = new Map<string, number>();
  for (const observation of observations) {
    if (observation.variants.length !== 1) continue;
    const [variant] = observation.variants;
    const byVariant = counts.get(observation.convention) ?? {};
    byVariant[variant] = (byVariant[variant] ?? 0) + 1;
    counts.set(observation.convention, byVariant);
    if (observation.convention === 'errors.class' && variant === 'subclass') {
      names.set(observation.subject, (names.get(observation.subject) ?? 0) + 1);
    }
  }
  const conventions = {} as Record<ConventionId, ConventionStats>;
  for (const id of conventionIds) {
    const byVariant = counts.get(id) ?? {};
    const total = Object.values(byVariant).reduce((sum, count) => sum + count, 0);
    const shares = Object.fromEntries(
      Object.entries(byVariant).map(([variant, count]) => [variant, round(count / total)]),
    );
    const [top, topCount] = Object.entries(byVariant).sort(
      ([a, x], [b, y]) => y - x || a.localeCompare(b),
    )[0] ?? [null, 0];
    const enforced =
      top !== null && total >= settings.minSamples && topCount / total >= settings.threshold
        ? top
        : null;
    conventions[id] = {
      counts: sortedRecord(byVariant),
      total,
      shares: sortedRecord(shares),
      enforced,
    };
    if (id === 'errors.class' && names.size > 0) {
      conventions[id].examples = [...names]
        .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
        .slice(0, maxExamples)
        .map(([name]) => name);
    }
  }
  return {
    version: styleProfileVersion,
    threshold: settings.threshold,
    minSamples: settings.minSamples,
    files: settings.files,
    pathAliases: [...settings.pathAliases].sort(),
    conventions,
  };
}

/**
 * The profile as written to disk: pretty, stable (same code, same bytes), with a final newline, and
 * short arrays on one line as Prettier prints them, so a formatter in the hooks leaves it alone.
 */
export function serializeProfile(profile: StyleProfile): string {
  const text = JSON.stringify(profile, null, 2).replace(
    /\[\n\s+("[^"\n]*"(?:,\n\s+"[^"\n]*")*)\n\s*\]/g,
    (_, items: string) => `[${items.split(/,\n\s+/).join(', ')}]`,
  );
  return `${text}\n`;
}

export function writeStyleProfile(workspaceRoot: string, profile: StyleProfile): string {
  const path = join(workspaceRoot, styleProfilePath);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, serializeProfile(profile));
  return path;
}

/** The workspace's profile, or null when none was learned yet. */
export function readStyleProfile(workspaceRoot: string): StyleProfile | null {
  const path = join(workspaceRoot, styleProfilePath);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let profile: Partial<StyleProfile>;
  try {
    profile = JSON.parse(text) as Partial<StyleProfile>;
  } catch (error) {
    throw styleErrors.badProfile(styleProfilePath, (error as Error).message);
  }
  if (profile.version !== styleProfileVersion) {
    throw styleErrors.badProfile(
      styleProfilePath,
      `it has version ${JSON.stringify(profile.version)}, this Baton reads version ${styleProfileVersion}`,
    );
  }
  if (!profile.conventions || typeof profile.conventions !== 'object') {
    throw styleErrors.badProfile(styleProfilePath, 'it has no `conventions`');
  }
  const conventions = {} as Record<ConventionId, ConventionStats>;
  for (const id of conventionIds) {
    conventions[id] = profile.conventions[id] ?? {
      counts: {},
      total: 0,
      shares: {},
      enforced: null,
    };
  }
  return {
    version: styleProfileVersion,
    threshold: profile.threshold ?? defaultThreshold,
    minSamples: profile.minSamples ?? defaultMinSamples,
    files: profile.files ?? 0,
    pathAliases: profile.pathAliases ?? [],
    conventions,
  };
}
