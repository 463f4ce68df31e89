import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  conventionIds,
  conventionVariants,
  harmlessVariants,
  type ConventionId,
  type Observation,
} from './conventions';
import { styleErrors } from './errors';
import { profileShapeProblem } from './profile-schema';
import {
  filesInOwnVariant,
  fitDepartures,
  fitPrior,
  totalOccurrences,
  type DepartureModel,
  type DeparturePrior,
} from './significance';

/** Where `baton style learn` writes the profile, relative to the workspace root. */
export const styleProfilePath = '.baton/style-profile.json';
/**
 * 11: a file mostly on one line (a bundle, data in a literal) shows nothing, nor how a file a tool
 * loads by its name (`vite.config.ts`, a story) exports and loads modules, the module system of a
 * `.mjs` or `.mts` file, which its extension chose, is not counted (as a `.cjs` file's was not), a
 * function named as a class that builds on its `this` is a constructor named as a class, a name led
 * by an acronym (`JSONRequested`) fits camelCase and PascalCase alike, and a variable built from
 * literals alone and named in UPPER_CASE (`const MAX_DEPTH = 10` in a function) is a constant: it
 * counts toward how readily the codebase writes UPPER_CASE variables, but no file is judged by it.
 * 10: a file named after a module beside it that it imports (`Headers.test.ts` importing
 * `./Headers`) never departs in its name's case, a name of one letter fits every case, a function
 * that only calls another's function of its name (`const String = (n) => Param.String(k, n)`)
 * takes its case, a file that writes JSX reads `React` as a value, and the prior over departure
 * rates is fit under a weak prior of its own, so that a small codebase's is neither a certainty
 * of thousands of occurrences nor a rate of nothing (9 could judge one departure at p = 1e-9 in
 * 18 files).
 * 9: a function or variable the file constructs with `new`, extends or reaches the prototype of
 * holds a class and is named as one, an underscore between digits (`toOpenApi3_1`) separates a
 * number's parts, not words, a file named after the interface, type alias, enum or variable it
 * exports never departs in its name's case (8 only spared a class's), and a thrown `DOMException`
 * is a built-in error.
 * 8: a `.then()` on a promise built on the spot (`new Promise(…).then(…)`) counts toward no async
 * form, and an arrow constant of one expression or none (`const noop = () => {}`) fits both function
 * forms; a variable named by the field it holds keeps that field's case when it is an element of a
 * list field of its name in the plural (`tool_call = tool_calls[i]`), a field of a field
 * (`text_format = params.text.format`), or assigned a field of its name after its declaration;
 * the test toward variants never written holds, as `mostly`, the files written more than once in a
 * variant no other file is written in (a codebase whose files each pick their own variant may
 * have one more).
 * 7: a departure on a line where the file turns off, by name, the lint rule against it
 * (`// eslint-disable-next-line no-throw-literal`) is not judged, nor the case of a variable the
 * file passes on as an object's field of its name (`{ state_changes }`); a function declaring its
 * `this` is a class only when named as one (`function emitWhenIdle(this: Action)` is a function).
 * 6: a file named after the class it exports never departs in its name's case, and a type alias
 * read from one value (`keyof typeof V`) keeps that value's naming.
 * 5: departures toward the variants the learned files never wrote are one test (`unwritten`), a
 * `.then()` counts only where its function returns the chain unawaited, and the share of the files
 * written mostly in a variant is smoothed one occurrence each way (4 took a file of one departure to
 * be half in the codebase's variant).
 * 4: re-exports (`export … from`) count toward no export kind, and a `.then()` counts only where an
 * `await` could stand for it (3 counted both, and a profile's counts are what files are judged by).
 * 3: a departure model also holds the learned files written mostly in its variant.
 */
export const styleProfileVersion = 11;
/** The share of the code one variant needs to be the codebase's convention... */
export const defaultThreshold = 0.6;
/** ...over at least this many occurrences: a habit seen five times is not yet a convention. */
export const defaultMinSamples = 10;
/**
 * The chance that a file written in the codebase's own style is flagged, shared out over the
 * tests it could fail: the 2% a reviewer's gate can afford. Held-out files of ten published
 * codebases stay under it (12 of their 1256, 1.0%, most of them real departures a reviewer flags).
 */
export const defaultAlpha = 0.02;
/** How many of the codebase's own names a fix may quote as examples (its Error subclasses). */
const maxExamples = 3;

export interface ConventionStats {
  /** Occurrences that fit exactly one variant, by variant. */
  counts: Record<string, number>;
  /** The sum of `counts`. */
  total: number;
  /** Each variant's share of `total`, rounded to four places. */
  shares: Record<string, number>;
  /** The codebase's variant, which files are judged against; null when none reaches the threshold over enough occurrences. */
  enforced: string | null;
  /** Occurrences judged against `enforced` in the learned files (those that fit it alone, or depart from it). */
  observed: number;
  /** How many of `observed` depart from `enforced`. */
  departing: number;
  /**
   * Toward each other variant the learned files wrote: the chance that one occurrence of a file
   * written in this codebase's style is in it (smoothed), and how much the learned files differ in
   * that chance (0 to 1).
   */
  departures: Record<string, DepartureModel>;
  /**
   * Toward the variants the learned files never wrote, together: one test, as the codebase gives
   * nothing to tell them apart. Absent when the files wrote every variant. Its `mostly` is the
   * files written in a variant of their own, as likely in one never written.
   */
  unwritten?: DepartureModel;
  /** The codebase's most frequent Error subclasses, quoted by the fixes of error findings. */
  examples?: string[];
}

/** What a workspace's human-written code holds to, learned by `baton style learn`. */
export interface StyleProfile {
  version: typeof styleProfileVersion;
  /** The false-alarm rate per file: the chance a file in the codebase's own style is flagged. */
  alpha: number;
  threshold: number;
  minSamples: number;
  /** How many files the profile was learned from. */
  files: number;
  /** The Beta prior on every departure rate, fitted to the codebase's own departure counts. */
  prior: DeparturePrior;
  /** Path alias prefixes from tsconfig `compilerOptions.paths`. */
  pathAliases: string[];
  conventions: Record<ConventionId, ConventionStats>;
}

export interface ProfileSettings {
  alpha: number;
  threshold: number;
  minSamples: number;
  pathAliases: string[];
}

const round = (value: number, places = 4) => Number(value.toPrecision(places));

function sortedRecord(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Whether an occurrence is judged against `expected`: it fits it alone, or departs from it toward
 * a variant that can depart, in a variant it chose.
 */
export function isJudged(observation: Observation, expected: string): boolean {
  if (observation.variants.includes(expected)) return observation.variants.length === 1;
  if (observation.borrowed) return false;
  const harmless = harmlessVariants[observation.convention] ?? [];
  return !observation.variants.every((variant) => harmless.includes(variant));
}

/** Counts occurrences that fit exactly one variant, by convention and variant. */
function countVariants(files: ReadonlyArray<readonly Observation[]>) {
  const counts = new Map<ConventionId, Record<string, number>>();
  const errorClasses = new Map<string, number>();
  for (const observation of files.flat()) {
    if (observation.variants.length !== 1) continue;
    const [variant] = observation.variants;
    const byVariant = counts.get(observation.convention) ?? {};
    byVariant[variant] = (byVariant[variant] ?? 0) + 1;
    counts.set(observation.convention, byVariant);
    if (observation.convention === 'errors.class' && variant === 'subclass') {
      errorClasses.set(observation.subject, (errorClasses.get(observation.subject) ?? 0) + 1);
    }
  }
  return { counts, errorClasses };
}

/** The variant an occurrence departs toward: the first it fits. */
export const departureOf = (observation: Observation) => observation.variants[0];

/** Each file's occurrences of `id` judged against `expected`, and how many depart toward `variant`. */
function departuresByFile(
  files: ReadonlyArray<readonly Observation[]>,
  id: ConventionId,
  expected: string,
  variant?: string,
) {
  return files.map((observations) => {
    let observed = 0;
    let departing = 0;
    for (const observation of observations) {
      if (observation.convention !== id || !isJudged(observation, expected)) continue;
      observed++;
      if (observation.variants.includes(expected)) continue;
      if (variant === undefined || departureOf(observation) === variant) departing++;
    }
    return { observed, departing };
  });
}

/**
 * What Baton takes a departure rate to be when a codebase gives too little to fit a prior to: a
 * tenth of a departure in one occurrence, as conventions a codebase holds to are mostly held.
 */
export const departurePrior: DeparturePrior = { departures: 0.1, observations: 1 };

/** The codebase's variant of a convention: the one that reaches the threshold over enough occurrences. */
function enforcedVariant(byVariant: Record<string, number>, settings: ProfileSettings) {
  const total = Object.values(byVariant).reduce((sum, count) => sum + count, 0);
  const [top, topCount] = Object.entries(byVariant).sort(
    ([a, x], [b, y]) => y - x || a.localeCompare(b),
  )[0] ?? [null, 0];
  return top !== null && total >= settings.minSamples && topCount / total >= settings.threshold
    ? top
    : null;
}

function conventionStats(
  byVariant: Record<string, number>,
  enforced: string | null,
  perFile: ReadonlyArray<{ observed: number; departing: number }>,
  byDeparture: Record<string, ReadonlyArray<{ observed: number; departing: number }>>,
  prior: DeparturePrior,
): ConventionStats {
  const total = Object.values(byVariant).reduce((sum, count) => sum + count, 0);
  const shares = Object.fromEntries(
    Object.entries(byVariant).map(([variant, count]) => [variant, round(count / total)]),
  );
  const departures: Record<string, DepartureModel> = {};
  let unwritten = false;
  for (const [variant, files] of Object.entries(byDeparture)) {
    if (files.some((file) => file.departing > 0))
      departures[variant] = departureModel(files, prior);
    else unwritten = true;
  }
  const none = perFile.map(({ observed }) => ({ observed, departing: 0 }));
  const ownVariant = filesInOwnVariant(Object.values(byDeparture));
  return {
    counts: sortedRecord(byVariant),
    total,
    shares: sortedRecord(shares),
    enforced,
    ...totalOccurrences(perFile),
    departures,
    ...(unwritten && { unwritten: departureModel(none, prior, ownVariant) }),
  };
}

function departureModel(
  files: ReadonlyArray<{ observed: number; departing: number }>,
  prior: DeparturePrior,
  mostly?: DepartureModel['mostly'],
): DepartureModel {
  const model = { mostly, ...fitDepartures(files, prior) };
  return {
    rate: round(model.rate, 6),
    overdispersion: round(model.overdispersion, 6),
    ...(model.mostly && { mostly: { ...model.mostly, share: round(model.mostly.share) } }),
  };
}

/** The profile of a codebase from each of its files' observations. */
export function buildProfile(
  files: ReadonlyArray<readonly Observation[]>,
  settings: ProfileSettings,
): StyleProfile {
  const { counts, errorClasses } = countVariants(files);
  const learned = conventionIds.map((id) => {
    const enforced = enforcedVariant(counts.get(id) ?? {}, settings);
    const byDeparture = Object.fromEntries(
      (enforced ? conventionVariants[id] : [])
        .filter((variant) => variant !== enforced && !harmlessVariants[id]?.includes(variant))
        .map((variant) => [variant, departuresByFile(files, id, enforced!, variant)]),
    );
    const perFile = enforced ? departuresByFile(files, id, enforced) : [];
    return { id, enforced, perFile, byDeparture };
  });
  const prior = fitPrior(
    learned.flatMap((convention) => Object.values(convention.byDeparture).map(totalOccurrences)),
    departurePrior,
  );
  const conventions = {} as Record<ConventionId, ConventionStats>;
  for (const { id, enforced, perFile, byDeparture } of learned) {
    conventions[id] = conventionStats(counts.get(id) ?? {}, enforced, perFile, byDeparture, prior);
  }
  if (errorClasses.size > 0) {
    conventions['errors.class'].examples = [...errorClasses]
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .slice(0, maxExamples)
      .map(([name]) => name);
  }
  return {
    version: styleProfileVersion,
    alpha: settings.alpha,
    threshold: settings.threshold,
    minSamples: settings.minSamples,
    files: files.length,
    prior: { departures: round(prior.departures, 6), observations: round(prior.observations, 6) },
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
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT') return null;
    throw styleErrors.badProfile(styleProfilePath, code === 'EISDIR' ? 'it is a folder' : message);
  }
  let profile: Partial<StyleProfile>;
  try {
    profile = JSON.parse(text) as Partial<StyleProfile>;
  } catch (error) {
    throw styleErrors.badProfile(styleProfilePath, (error as Error).message);
  }
  if (typeof profile.version === 'number' && profile.version < styleProfileVersion) {
    throw styleErrors.outdatedProfile(styleProfilePath, profile.version, styleProfileVersion);
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
  const problem = profileShapeProblem(workspaceRoot, text, profile);
  if (problem !== null) throw styleErrors.badProfile(styleProfilePath, problem);
  const conventions = {} as Record<ConventionId, ConventionStats>;
  for (const id of conventionIds) {
    conventions[id] = profile.conventions[id] ?? {
      counts: {},
      total: 0,
      shares: {},
      enforced: null,
      observed: 0,
      departing: 0,
      departures: {},
    };
  }
  return {
    version: styleProfileVersion,
    alpha: profile.alpha ?? defaultAlpha,
    threshold: profile.threshold ?? defaultThreshold,
    minSamples: profile.minSamples ?? defaultMinSamples,
    files: profile.files ?? 0,
    prior: profile.prior ?? departurePrior,
    pathAliases: profile.pathAliases ?? [],
    conventions,
  };
}
