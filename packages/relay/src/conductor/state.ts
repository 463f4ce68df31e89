import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  featureName,
  featurePaths,
  handoffEntries,
  parseFeature,
  parseHandoff,
  type FeatureDocument,
  type HandoffDocument,
} from '../feature';
import { NotAGitRepositoryError } from '../errors';
import { localBranches, repositoryLocation } from '../git';
import type { CollaborationMap, PhaseEntry } from '../map';
import { phaseBranchName } from '../phase';
import { answeringRun, phaseCommits, readLedger, type LedgerEntry } from '../provenance';
import { readReviewSummary } from '../review';
import { documentText } from '../text';

/** Where one phase of a feature stands, read from its handoffs, the ledger and its branch. */
export interface PhaseState {
  phase: string;
  entry: PhaseEntry;
  /** The latest handoff to the phase (workspace-relative), or null when none was written. */
  handoff: string | null;
  /** The successful run that answered that handoff, or null: the phase still has to run. */
  run: LedgerEntry | null;
  /** The commit a `changes` phase made from that handoff, found by its trailers on the branch. */
  commit: string | null;
  done: boolean;
  /** `feature/<feature>-<alias>-<phase>`. */
  branch: string;
  branchExists: boolean;
  /** Every ledger line of the phase, failures too. */
  runs: LedgerEntry[];
}

export interface FeatureState {
  workspaceRoot: string;
  project: string;
  /** Workspace-relative, `/`-separated, without a trailing `/`. */
  projectRoot: string;
  feature: string;
  map: CollaborationMap;
  vision: FeatureDocument;
  /** The handoffs, in relay order, parsed. */
  handoffs: Array<{ path: string; document: HandoffDocument }>;
  ledger: LedgerEntry[];
  phases: PhaseState[];
  /** The first phase of the map's order that has not run from its latest handoff. */
  next: PhaseState | null;
}

/**
 * Where a feature stands: for each phase of the map's order, its latest handoff and whether a
 * successful run answered it (the ledger, or for `changes` phases a commit with its trailers on
 * the phase branch: a run stopped before its ledger line still counts). Reads only; no network.
 */
export async function readFeatureState(
  workspaceRoot: string,
  project: string,
  projectRootGiven: string,
  map: CollaborationMap,
): Promise<FeatureState> {
  // Branches and phase commits are read from git; outside a repository none can be. Asked once per
  // folder: a relay reads the state after every phase.
  await repositoryLocation(workspaceRoot).catch(() => {
    throw new NotAGitRepositoryError(workspaceRoot);
  });
  const projectRoot = projectRootGiven.replaceAll('\\', '/').replace(/\/$/, '');
  const paths = featurePaths(projectRoot);
  const vision = parseFeature(
    readFileSync(join(workspaceRoot, paths.feature), 'utf8'),
    paths.feature,
  );
  const feature = featureName(project, vision.feature);
  const names = existsSync(join(workspaceRoot, paths.handoffs))
    ? readdirSync(join(workspaceRoot, paths.handoffs))
    : [];
  const handoffs = handoffEntries(names).map((entry) => {
    const path = paths.handoff(entry.name);
    return { path, document: parseHandoff(readFileSync(join(workspaceRoot, path), 'utf8'), path) };
  });
  const ledger = readLedger(join(workspaceRoot, projectRoot));
  const branches = new Set(await localBranches(workspaceRoot, `feature/${feature}-*`));

  const phases: PhaseState[] = [];
  for (const phase of map.order) {
    const entry = map.phases[phase]!;
    const branch = phaseBranchName(feature, entry.model, phase);
    const handoff = handoffs.filter((item) => item.document.to.phase === phase).at(-1) ?? null;
    const runs = ledger.filter((line) => line.phase === phase);
    const run = handoff === null ? null : answeringRun(workspaceRoot, runs, phase, handoff.path);
    let commit = run?.commit ?? null;
    if (handoff && entry.produces === 'changes' && commit === null && branches.has(branch)) {
      const trailers = await phaseCommits(workspaceRoot, branch);
      commit =
        [...trailers].find(
          ([, found]) => found.phase === phase && found.handoff === handoff.path,
        )?.[0] ?? null;
    }
    const done = entry.produces === 'report' ? run !== null : run !== null || commit !== null;
    phases.push({
      phase,
      entry,
      handoff: handoff?.path ?? null,
      run,
      commit,
      done,
      branch,
      branchExists: branches.has(branch),
      runs,
    });
  }
  return {
    workspaceRoot,
    project,
    projectRoot,
    feature,
    map,
    vision,
    handoffs,
    ledger,
    phases,
    next: phases.find((phase) => !phase.done) ?? null,
  };
}

/**
 * The acceptance criteria with the phases whose run (the one that counts, from its latest handoff)
 * says its work meets each, from the ledger.
 */
export function criteriaTally(
  state: Pick<FeatureState, 'vision' | 'phases'>,
): Array<{ number: number; text: string; metBy: string[] }> {
  return (state.vision.criteria ?? []).map((text, index) => ({
    number: index + 1,
    text,
    metBy: state.phases
      .filter((phase) => phase.run?.criteria?.met.includes(index + 1))
      .map((phase) => phase.phase),
  }));
}

/**
 * Findings of a report: a review's by agreement, from its front matter; else the list items under a
 * heading that says "finding" (or "issue", "risk").
 */
export function reportFindings(workspaceRoot: string, report: string): string[] {
  const file = join(workspaceRoot, report);
  if (!existsSync(file)) return [];
  const text = documentText(readFileSync(file, 'utf8'));
  const review = readReviewSummary(text);
  if (review) {
    return review.findings
      .toSorted((a, b) => b.foundBy.length - a.foundBy.length)
      .map(
        (finding) =>
          `${finding.agreement} agree (${finding.foundBy.join(', ')}): ${finding.severity} ${finding.kind}, ` +
          `${finding.file} ${finding.lines.start === finding.lines.end ? `line ${finding.lines.start}` : `lines ${finding.lines.start}-${finding.lines.end}`}`,
      );
  }
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  const findings: string[] = [];
  let inFindings = false;
  for (const line of body.split('\n')) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) inFindings = /finding|issue|risk|vulnerab/i.test(heading[1]!);
    else if (inFindings) {
      const item = /^(?:[-*]|\d+\.)\s+(.*\S)/.exec(line);
      if (item) findings.push(item[1]!);
    }
  }
  return findings;
}
