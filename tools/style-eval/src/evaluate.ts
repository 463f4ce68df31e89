import {
  compareFile,
  learnFromSources,
  observeSource,
  type ConventionId,
  type StyleProfile,
} from '@baton/style';
import type { CodebaseName } from '@baton/corpus';
import { codebases, readCodebase, readOtherStyle, type CodebaseFile } from './codebases';
import { restyles } from './restyle';

/** Detections of one kind of departure: how many files carried it, how many the gate flagged. */
export interface Detection {
  convention: ConventionId | 'another codebase';
  /** What the restyle did: "camelCase → PascalCase". */
  restyle: string;
  files: number;
  flagged: number;
  /** Files left out because, as the gate reads them, nothing in them departs from the codebase. */
  alike?: number;
  /** Why the restyle was not scored: the codebase itself writes the restyled variant often. */
  skipped?: string;
}

export interface CodebaseScore {
  name: string;
  /** Files each fold's profile is learned from (four fifths of the codebase). */
  learned: number;
  /** Files checked, each once, by the profile learned without it: every file of the codebase. */
  heldOut: number;
  /** Held-out human-written files the gate flagged, by path. */
  falseAlarms: string[];
  detections: Detection[];
}

/**
 * A restyle is scored only toward a variant the codebase rarely uses: one it writes less often than
 * this, and in which it writes less than this share of its files (a restyled file is written wholly
 * in the variant, so it is one more of them).
 */
export const rareShare = 0.05;

/** How many folds a codebase is split into: each learned on the others, so every file is held out once. */
export const folds = 5;

/** Fold `fold` of a codebase by sorted path: every fifth file, from the `fold`th, held out. */
export function split<T>(files: readonly T[], fold = folds - 1): { learn: T[]; check: T[] } {
  return {
    learn: files.filter((_, i) => i % folds !== fold),
    check: files.filter((_, i) => i % folds === fold),
  };
}

/** One restyle's detections over every fold: the folds that scored it add up, the others are left out. */
function mergeDetections(byFold: readonly Detection[][]): Detection[] {
  const merged = new Map<string, Detection>();
  for (const detection of byFold.flat()) {
    const seen = merged.get(detection.convention);
    if (!seen || (seen.skipped && !detection.skipped)) {
      merged.set(detection.convention, { ...detection });
    } else if (!detection.skipped) {
      seen.files += detection.files;
      seen.flagged += detection.flagged;
      if (detection.alike) seen.alike = (seen.alike ?? 0) + detection.alike;
    }
  }
  return [...merged.values()];
}

const departs = (profile: StyleProfile, file: { path: string; text: string }) =>
  compareFile(profile, file).filter((verdict) => verdict.verdict === 'departs');

/** How many of the codebase's files, of those the convention shows in, are written mostly in `variant`. */
function filesWrittenIn(profile: StyleProfile, convention: ConventionId, variant: string): number {
  const mostly = profile.conventions[convention].departures[variant]?.mostly;
  return mostly ? mostly.written / mostly.files : 0;
}

/** Whether a file holds any occurrence that departs from the codebase: none, and nothing can flag it. */
const holdsDeparture = (profile: StyleProfile, file: { path: string; text: string }) =>
  compareFile(profile, file).some((verdict) => verdict.departing > 0);

function restyleDetections(profile: StyleProfile, heldOut: readonly CodebaseFile[]): Detection[] {
  const detections: Detection[] = [];
  for (const restyle of restyles) {
    const expected = profile.conventions[restyle.convention].enforced;
    // A restyle away from no convention departs from nothing.
    if (!expected) continue;
    const stats = profile.conventions[restyle.convention];
    const target = restyle.target(expected);
    const detection: Detection = {
      convention: restyle.convention,
      restyle: restyle.describe(expected),
      files: 0,
      flagged: 0,
    };
    const share = target ? (stats.counts[target] ?? 0) / stats.total : 1;
    const files = target ? filesWrittenIn(profile, restyle.convention, target) : 1;
    // A file in a variant the codebase itself writes often departs from nothing.
    if (share >= rareShare || files >= rareShare) {
      const skipped =
        share >= rareShare
          ? `the codebase writes ${(share * 100).toFixed(0)}% in it`
          : `${(files * 100).toFixed(0)}% of the codebase's files are written in it`;
      detections.push({ ...detection, skipped });
      continue;
    }
    for (const file of heldOut) {
      const restyled = restyle.apply(file, expected);
      if (!restyled) continue;
      detection.files++;
      if (departs(profile, restyled).some((verdict) => verdict.convention === restyle.convention)) {
        detection.flagged++;
      }
    }
    if (detection.files) detections.push(detection);
  }
  return detections;
}

/**
 * Learns one codebase on four fifths of its files and checks the rest, as written and restyled,
 * once per fold: every file is checked by a profile learned without it.
 */
export function evaluateCodebase(
  name: CodebaseName,
  others: readonly CodebaseFile[],
  alpha?: number,
): CodebaseScore {
  return evaluateFiles(name, readCodebase(name), others, alpha);
}

/** {@link evaluateCodebase} on files read elsewhere: any folder of TypeScript sources, by sorted path. */
export function evaluateFiles(
  name: string,
  codebase: readonly CodebaseFile[],
  others: readonly CodebaseFile[],
  alpha?: number,
): CodebaseScore {
  // Generated files show no style: they are neither learned from nor checked.
  const files = codebase.filter(
    (file) => observeSource(file.path, file.text, { pathAliases: [] }).length > 0,
  );
  const falseAlarms: string[] = [];
  const byFold: Detection[][] = [];
  for (let fold = 0; fold < folds; fold++) {
    const { learn, check } = split(files, fold);
    const profile = learnFromSources(learn, { alpha });
    for (const file of check) if (departs(profile, file).length > 0) falseAlarms.push(file.path);
    const unlike = others.filter((file) => holdsDeparture(profile, file));
    const another: Detection = {
      convention: 'another codebase',
      restyle: 'real CommonJS files of other packages',
      files: unlike.length,
      flagged: unlike.filter((file) => departs(profile, file).length > 0).length,
      alike: others.length - unlike.length,
    };
    byFold.push([...restyleDetections(profile, check), another]);
  }
  return {
    name,
    learned: split(files).learn.length,
    heldOut: files.length,
    falseAlarms: falseAlarms.sort(),
    detections: mergeDetections(byFold),
  };
}

/** Each of `names`' scores (every codebase by default), at the profile's default false-alarm rate unless `alpha` is given. */
export function evaluateStyleGate(
  alpha?: number,
  names: readonly CodebaseName[] = codebases,
): CodebaseScore[] {
  const others = readOtherStyle();
  return names.map((name) => evaluateCodebase(name, others, alpha));
}

export const recallOf = (detections: readonly Detection[]) => {
  const scored = detections.filter((d) => !d.skipped);
  const files = scored.reduce((sum, d) => sum + d.files, 0);
  return files ? scored.reduce((sum, d) => sum + d.flagged, 0) / files : 1;
};

/** The per-codebase, per-convention table the bench prints. */
export function formatEvaluation(scores: readonly CodebaseScore[]): string {
  const lines: string[] = [];
  for (const score of scores) {
    const rate = score.falseAlarms.length / score.heldOut;
    lines.push(
      `${score.name}: learned from ${score.learned} files a fold, ${score.heldOut} held out over ${folds} folds; false alarms ${score.falseAlarms.length}/${score.heldOut} (${(rate * 100).toFixed(1)}%); recall ${(recallOf(score.detections) * 100).toFixed(1)}%`,
    );
    for (const path of score.falseAlarms) lines.push(`  false alarm: ${path}`);
    for (const d of score.detections) {
      if (d.skipped) {
        lines.push(`  ${d.convention.padEnd(22)} ${d.restyle.padEnd(40)} not scored: ${d.skipped}`);
        continue;
      }
      lines.push(
        `  ${d.convention.padEnd(22)} ${d.restyle.padEnd(40)} ${String(d.flagged).padStart(4)}/${String(d.files).padEnd(4)} ${((d.flagged / d.files) * 100).toFixed(1).padStart(5)}%${d.alike ? ` (${d.alike} files with no departure left out)` : ''}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
