import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ModelSpec } from '@baton/providers';
import { NoHandoffError } from '../errors/phase';
import type { HandoffDocument } from '../feature';
import { featurePaths, latestHandoff } from '../feature/handoff-names';
import {
  modelEntry,
  nextPhase,
  phaseEntry,
  phaseReviewers,
  type PhaseEntry,
  type TrailerStyle,
} from '../map/lookup';
import type { FittedFile } from '../provenance';
import { runOutput, type PhaseRunOutput } from './output';
import type { PhaseRunOptions } from './run';

/** What a run works from, read before anything is sent. */
export interface PhaseRun {
  workspaceRoot: string;
  project: string;
  /** Workspace-relative, `/`-separated, without a trailing `/`. */
  projectRoot: string;
  phase: string;
  feature: string;
  entry: PhaseEntry;
  /** The assigned model (or `--model`), then its fallbacks; or a review's reviewers. */
  chain: ModelSpec[];
  /** Several reviewers answer at once (the phase's `models`), each alone. */
  review: boolean;
  /** The map's `trailers`, for a `changes` phase's commit. */
  trailerStyle?: TrailerStyle;
  handoff: HandoffDocument;
  handoffPath: string;
  handoffText: string;
  featureText: string;
  nextPhase: string | null;
  criteria: number;
  /** The phase branch a `changes` phase commits on. */
  branch?: string;
  out: PhaseRunOutput;
  started: number;
  /** Files sent as outlines to fit the context window, for the ledger line. */
  fitted?: FittedFile[];
}

/** Reads the map, the handoff and FEATURE.md; a `changes` phase also checks its branch and tree. */
export async function readPhaseRun(options: PhaseRunOptions): Promise<PhaseRun> {
  const started = performance.now();
  const { workspaceRoot, project, phase } = options;
  const projectRoot = options.projectRoot.replaceAll('\\', '/').replace(/\/$/, '');
  const paths = featurePaths(projectRoot);

  const { map } = options;
  const entry = phaseEntry(map, phase);
  const reviewers = phaseReviewers(entry);
  const review = !options.model && reviewers.length > 1;
  const aliases = options.model
    ? [options.model]
    : review
      ? reviewers
      : [entry.model, ...(entry.fallback ?? [])];
  const chain: ModelSpec[] = aliases.map((alias) => ({ alias, ...modelEntry(map, alias) }));

  const handoffName = latestHandoff(readdirSync(join(workspaceRoot, paths.handoffs)), phase);
  if (!handoffName) throw new NoHandoffError(project, phase, paths.handoffs);
  const handoffPath = paths.handoff(handoffName.name);
  const handoffText = readFileSync(join(workspaceRoot, handoffPath), 'utf8');
  // The parsers (yaml, zod) load once the phase has found its handoff.
  const [{ parseHandoff }, { parseFeature }, { featureName }] = await Promise.all([
    import('../feature/handoff.js'),
    import('../feature/feature-document.js'),
    import('../feature/feature.js'),
  ]);
  const handoff = parseHandoff(handoffText, handoffPath);
  const featureText = readFileSync(join(workspaceRoot, paths.feature), 'utf8');
  const vision = parseFeature(featureText, paths.feature);
  const feature = featureName(project, vision.feature);
  const run: PhaseRun = {
    workspaceRoot,
    project,
    projectRoot,
    phase,
    feature,
    entry,
    chain,
    review,
    ...(map.trailers ? { trailerStyle: map.trailers } : {}),
    handoff,
    handoffPath,
    handoffText,
    featureText,
    nextPhase: nextPhase(map, phase),
    criteria: vision.criteria?.length ?? 0,
    out: runOutput(options.out ?? { write: () => undefined }, options.env ?? process.env),
    started,
  };
  if (entry.produces === 'changes' && !options.dryRun) {
    const { checkCleanTree, checkPhaseBranch } = await import('./commit.js');
    const own = options.model ? [entry.model, options.model] : [entry.model];
    run.branch = await checkPhaseBranch(workspaceRoot, { feature, project, phase, aliases: own });
    await checkCleanTree(workspaceRoot, run);
  }
  return run;
}
