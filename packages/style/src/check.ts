import { conventionIds, conventionText, type ConventionId, type Observation } from './conventions';
import type { ChangedLines, SourceText } from './files';
import { isSourceFile, observeSource, observeSources } from './observe';
import { positionsIn, type LineAndColumn } from './positions';
import { departureOf, isJudged, type ConventionStats, type StyleProfile } from './profile';
import { departureTail, departureTails, sharedLimit, type DepartureModel } from './significance';

/** One place where code departs from a convention, in a file whose style departs from the codebase's. */
export interface StyleFinding {
  /** Workspace-relative path. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  convention: ConventionId;
  /** The variant the codebase follows, e.g. `camelCase`. */
  expected: string;
  /** The variant this code is written in, e.g. `snake_case`. */
  found: string;
  /** The share of the codebase's code that follows `expected` (0 to 1). */
  share: number;
  /** The share of this file's occurrences that follow `expected` (0 to 1). */
  fileShare: number;
  /** The chance that a file written in the codebase's style departs this much or more. */
  pValue: number;
  /** The name, specifier or comment the finding is about. */
  subject: string;
  /** What departs, and how strongly the codebase holds to the convention. */
  message: string;
  /** The fix, in words. */
  fix: string;
}

/** How one file compares with the codebase on one convention. */
export interface ConventionVerdict {
  convention: ConventionId;
  /** The codebase's variant, or null when it holds to none (the file is not judged by it). */
  expected: string | null;
  /** The codebase's counts by variant, and its share of `expected`. */
  counts: Record<string, number>;
  share: number;
  /** This file's occurrences judged against `expected`, and how many depart. */
  observed: number;
  departing: number;
  fileShare: number;
  /** P(this many departures or more) for a file in the codebase's style; 1 when nothing departs. */
  pValue: number;
  /** The p-value a departure must fall under: the false-alarm rate shared over the conventions tested. */
  limit: number;
  verdict: 'departs' | 'consistent' | 'not judged';
  /** The departing occurrences. */
  departures: Observation[];
}

export const percent = (share: number) => `${Math.floor(share * 100)}%`;

/** A p-value as a person reads it: `p = 0.03`, `p = 2.1e-7`. */
export const formatPValue = (p: number) =>
  `p = ${p >= 0.001 ? Number(p.toPrecision(2)) : p.toExponential(1)}`;

/**
 * The chance that a file written in the codebase's style departs toward some one variant as often
 * as this file does (toward those the codebase never wrote, all together), the smallest over the
 * variants it departs toward.
 */
function departurePValue(
  departures: readonly Observation[],
  observed: number,
  stats: ConventionStats,
  fallback: DepartureModel,
): number {
  // Departures toward variants the codebase never wrote are counted together, as they are tested.
  const unwritten = '';
  const byVariant = new Map<string, number>();
  for (const observation of departures) {
    const variant = departureOf(observation);
    const key = Object.hasOwn(stats.departures, variant) ? variant : unwritten;
    byVariant.set(key, (byVariant.get(key) ?? 0) + 1);
  }
  let smallest = 1;
  for (const [key, departing] of byVariant) {
    const model = key === unwritten ? (stats.unwritten ?? fallback) : stats.departures[key];
    smallest = Math.min(smallest, departureTail(departing, observed, model));
  }
  return smallest;
}

/**
 * The p-value under which a convention departs: the false-alarm rate shared over every test the
 * file could fail, one a convention and variant the codebase wrote, and one a convention for those
 * it never wrote, each spending only the chance of the p-values it can give.
 */
function limitOf(profile: StyleProfile, verdicts: readonly ConventionVerdict[]): number {
  const floor = profile.alpha * 1e-4;
  const tests = verdicts.flatMap((verdict) => {
    const stats = profile.conventions[verdict.convention];
    return [...Object.values(stats.departures), ...(stats.unwritten ? [stats.unwritten] : [])].map(
      (model) => departureTails(verdict.observed, model, floor),
    );
  });
  return sharedLimit(tests, profile.alpha);
}

/**
 * Holm's step-down over the conventions: once some depart, the rate is shared again over those
 * left, until no more depart. Whether a file departs at all is decided by the first step alone, so
 * the chance of flagging a file in the codebase's style stays at most the profile's rate.
 */
function judge(profile: StyleProfile, verdicts: readonly ConventionVerdict[]): void {
  let open = verdicts.filter((verdict) => verdict.observed > 0);
  let limit = 0;
  while (open.length > 0) {
    // No p-value the tests left can give lies between a step's limit and a later, lower one.
    limit = Math.max(limit, limitOf(profile, open));
    for (const verdict of open) {
      verdict.limit = limit;
      verdict.verdict = verdict.pValue <= limit ? 'departs' : 'consistent';
    }
    const left = open.filter((verdict) => verdict.verdict === 'consistent');
    if (left.length === open.length) return;
    open = left;
  }
}

/**
 * Every convention's comparison of one file with the codebase: the file's own counts against the
 * codebase's departure model, each tested at the profile's false-alarm rate shared out over the
 * conventions the file could depart from.
 */
export function compareFile(
  profile: StyleProfile,
  file: SourceText,
  observations = observeSource(file.path, file.text, { pathAliases: profile.pathAliases }),
): ConventionVerdict[] {
  const byConvention = new Map<ConventionId, Observation[]>();
  for (const observation of observations) {
    const same = byConvention.get(observation.convention);
    if (same) same.push(observation);
    else byConvention.set(observation.convention, [observation]);
  }
  const verdicts = conventionIds.map((id): ConventionVerdict => {
    const stats = profile.conventions[id];
    const expected = stats.enforced;
    const judged = expected
      ? (byConvention.get(id) ?? []).filter(
          (observation) => !observation.learnedOnly && isJudged(observation, expected),
        )
      : [];
    const departures = judged.filter((o) => !o.variants.includes(expected!));
    const pValue = departurePValue(departures, judged.length, stats, {
      rate: profile.prior.departures / profile.prior.observations,
      overdispersion: 0,
    });
    return {
      convention: id,
      expected,
      counts: stats.counts,
      share: expected ? (stats.shares[expected] ?? 0) : 0,
      observed: judged.length,
      departing: departures.length,
      fileShare: judged.length ? 1 - departures.length / judged.length : 1,
      pValue,
      limit: 0,
      verdict: 'not judged',
      departures,
    };
  });
  judge(profile, verdicts);
  return verdicts;
}

function findingsOf(
  file: string,
  verdict: ConventionVerdict,
  examples: string[],
  positionOf: (position: number) => LineAndColumn,
): StyleFinding[] {
  const text = conventionText[verdict.convention];
  const expected = verdict.expected!;
  return verdict.departures.map((observation) => {
    const found = observation.variants[0];
    return {
      file,
      ...positionOf(observation.position),
      convention: verdict.convention,
      expected,
      found,
      share: verdict.share,
      fileShare: verdict.fileShare,
      pValue: verdict.pValue,
      subject: observation.subject,
      message: `${text.found(observation.subject, found)}, but ${percent(verdict.share)} of ${text.what} here ${text.variant(expected)}`,
      fix: text.fix(observation.subject, expected, examples),
    };
  });
}

/**
 * Every departure of `files` from the codebase's style, by file, line and column. `observed` holds
 * each file's observations when they were taken beforehand (by {@link checkStyleConcurrently}).
 */
export function checkStyle(
  profile: StyleProfile,
  files: readonly SourceText[],
  observed?: readonly Observation[][],
): StyleFinding[] {
  const findings: StyleFinding[] = [];
  const examples = profile.conventions['errors.class']?.examples ?? [];
  for (const [index, file] of files.entries()) {
    if (!isSourceFile(file.path)) continue;
    const positionOf = positionsIn(file.text);
    for (const verdict of compareFile(profile, file, observed?.[index])) {
      if (verdict.verdict === 'departs') {
        findings.push(...findingsOf(file.path, verdict, examples, positionOf));
      }
    }
  }
  // By code units, as git orders paths: localeCompare's first call loads ICU's collation tables,
  // 10 to 30 ms of a check that finds something.
  return findings.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}

/** {@link checkStyle}, the files parsed on as many of the machine's cores as their size repays. */
export async function checkStyleConcurrently(
  profile: StyleProfile,
  files: readonly SourceText[],
): Promise<StyleFinding[]> {
  const sources = files.filter((file) => isSourceFile(file.path));
  const observed = await observeSources(sources, { pathAliases: profile.pathAliases });
  return checkStyle(profile, sources, observed);
}

/** The findings on lines a change wrote: code nobody touched is not held against the change. */
export function findingsOnChangedLines(
  findings: readonly StyleFinding[],
  changed: ChangedLines,
): StyleFinding[] {
  return findings.filter((finding) => {
    const lines = changed.get(finding.file);
    return lines === 'all' || (lines !== undefined && lines.has(finding.line));
  });
}
