// A feature's handoff file names and paths, free of the document's schema: a phase run finds its
// handoff before it loads the parser.
import { posix } from 'node:path';

/** A feature project's handoff folder, FEATURE.md and report folder, relative to the project root. */
export const handoffsDir = 'handoffs';
export const featureFile = 'FEATURE.md';
export const reportsDir = 'handoffs/reports';

/** `001-start-to-architecture.md`. */
export function handoffFileName(number: number, from: string, to: string): string {
  return `${String(number).padStart(3, '0')}-${from}-to-${to}.md`;
}

const fileNamePattern = /^(\d{3,})-([a-z0-9][a-z0-9-]*?)-to-([a-z0-9][a-z0-9-]*)\.md$/;

/** The parts of a handoff file name (a bare name or a path), or null for any other file. */
export function parseHandoffFileName(
  name: string,
): { number: number; from: string; to: string } | null {
  const match = fileNamePattern.exec(posix.basename(name.replaceAll('\\', '/')));
  if (!match) return null;
  return { number: Number(match[1]), from: match[2]!, to: match[3]! };
}

/** A handoff file found in a folder listing. */
export interface HandoffEntry {
  name: string;
  number: number;
  from: string;
  to: string;
}

/** The handoff documents among `names` (names or paths, e.g. a folder listing), in relay order. */
export function handoffEntries(names: readonly string[]): HandoffEntry[] {
  return names
    .flatMap((name) => {
      const parts = parseHandoffFileName(name);
      return parts ? [{ name: posix.basename(name.replaceAll('\\', '/')), ...parts }] : [];
    })
    .sort((a, b) => a.number - b.number || a.name.localeCompare(b.name));
}

/** The last handoff among `names` (the last one to `toPhase` when given), or null. */
export function latestHandoff(names: readonly string[], toPhase?: string): HandoffEntry | null {
  const entries = handoffEntries(names).filter(
    (entry) => toPhase === undefined || entry.to === toPhase,
  );
  return entries.at(-1) ?? null;
}

/** The number of the next handoff: one past the highest, so numbers stay dense and never move. */
export function nextHandoffNumber(names: readonly string[]): number {
  return (handoffEntries(names).at(-1)?.number ?? 0) + 1;
}

/** Workspace-relative paths of a project's Baton files (posix separators, as Nx uses). */
export function featurePaths(projectRoot: string): {
  handoffs: string;
  feature: string;
  reports: string;
  handoff: (name: string) => string;
} {
  const root = projectRoot === '.' ? '' : projectRoot;
  return {
    handoffs: posix.join(root, handoffsDir),
    feature: posix.join(root, handoffsDir, featureFile),
    reports: posix.join(root, reportsDir),
    handoff: (name) => posix.join(root, handoffsDir, name),
  };
}
