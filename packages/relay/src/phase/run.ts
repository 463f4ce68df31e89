import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { OutgoingPayload } from '@baton/guard';
import { complete, type CompletionResult, type ModelSpec } from '@baton/providers';
import { NoHandoffError } from '../errors';
import {
  criteriaVerdict,
  featureName,
  featurePaths,
  latestHandoff,
  parseFeature,
  parseHandoff,
  reportFileName,
  type HandoffDocument,
} from '../feature';
import { modelEntry, nextPhase, phaseEntry, type CollaborationMap, type PhaseEntry } from '../map';
import { appendLedgerEntry, type LedgerEntry } from '../provenance';
import { checkBudget, estimatePayload, type PayloadEstimate } from './budget';
import { checkCleanTree, checkPhaseBranch, commitEdits } from './commit';
import { buildPhaseContext, type PhaseContext } from './context';
import { writePhaseReport } from './report';
import {
  clearProgress,
  outcomeLine,
  progressLine,
  renderDryRun,
  type PhaseRunOutput,
} from './terminal';

export interface PhaseRunOptions {
  /** Absolute path of the workspace (the git work tree). */
  workspaceRoot: string;
  /** The Nx project that holds the feature. */
  project: string;
  /** Workspace-relative, e.g. `packages/analytics`. */
  projectRoot: string;
  phase: string;
  /** The collaboration map (at least this phase and the models it may run on), as the host read it. */
  map: CollaborationMap;
  /** Print what would be sent, with estimates, and send nothing. */
  dryRun?: boolean;
  /** A model alias of the map to use instead of the phase's (its fallbacks are not tried then). */
  model?: string;
  /** Keys and base URLs of the providers; process.env when left out. */
  env?: NodeJS.ProcessEnv;
  out?: PhaseRunOutput;
  signal?: AbortSignal;
}

export type PhaseRunResult =
  | { kind: 'dry-run'; payload: OutgoingPayload; estimate: PayloadEstimate }
  | { kind: 'report'; report: string; entry: LedgerEntry; reply: string }
  | {
      kind: 'changes';
      commit: string;
      branch: string;
      paths: string[];
      entry: LedgerEntry;
      /** The model's whole reply: the relay reads the next handoff from it. */
      reply: string;
    };

/** What a run works from, read before anything is sent. */
interface PhaseRun {
  workspaceRoot: string;
  project: string;
  /** Workspace-relative, `/`-separated, without a trailing `/`. */
  projectRoot: string;
  phase: string;
  feature: string;
  entry: PhaseEntry;
  /** The assigned model (or `--model`), then its fallbacks. */
  chain: ModelSpec[];
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
}

/**
 * Runs one phase of a feature (docs/phases.md): the latest handoff to the phase,
 * its context through the guard, a budget check, one streaming call to the assigned model (then
 * its fallbacks), and a report in `handoffs/reports/` or a commit of the model's edits on the
 * phase branch. Every run that reaches the budget check leaves one line in the ledger, success or
 * failure; refusals before it (no handoff, dirty tree, wrong branch, refused file) write nothing.
 * On failure the work tree is exactly as before, the ledger line aside.
 */
export async function runPhase(options: PhaseRunOptions): Promise<PhaseRunResult> {
  const run = await readPhaseRun(options);
  const context = await buildPhaseContext({ ...run, alias: run.chain[0]!.alias });
  const estimate = estimatePayload(context.payload, run.chain, run.entry);
  if (options.dryRun) {
    run.out.write(renderDryRun({ ...run, estimate, context }));
    return { kind: 'dry-run', payload: context.payload, estimate };
  }

  let result: CompletionResult | undefined;
  try {
    result = await callModel(run, context, estimate, options);
    return run.entry.produces === 'report'
      ? finishReport(run, result)
      : await finishChanges(run, result);
  } catch (error) {
    clearProgress(run.out);
    const failure = error as Error & { code?: string };
    record(run, {
      outcome: 'failure',
      ...(result ? usageOf(result) : {}),
      error: failure.message,
      ...(typeof failure.code === 'string' ? { errorCode: failure.code } : {}),
    });
    throw error;
  }
}

/** Reads the phase's map entry, the handoff and FEATURE.md; a `changes` phase also checks its branch and tree. */
async function readPhaseRun(options: PhaseRunOptions): Promise<PhaseRun> {
  const started = performance.now();
  const { workspaceRoot, project, phase } = options;
  const projectRoot = options.projectRoot.replaceAll('\\', '/').replace(/\/$/, '');
  const paths = featurePaths(projectRoot);

  const { map } = options;
  const entry = phaseEntry(map, phase);
  const aliases = options.model ? [options.model] : [entry.model, ...(entry.fallback ?? [])];
  const chain: ModelSpec[] = aliases.map((alias) => ({ alias, ...modelEntry(map, alias) }));

  const handoffName = latestHandoff(readdirSync(join(workspaceRoot, paths.handoffs)), phase);
  if (!handoffName) throw new NoHandoffError(project, phase, paths.handoffs);
  const handoffPath = paths.handoff(handoffName.name);
  const handoffText = readFileSync(join(workspaceRoot, handoffPath), 'utf8');
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
    handoff,
    handoffPath,
    handoffText,
    featureText,
    nextPhase: nextPhase(map, phase),
    criteria: vision.criteria?.length ?? 0,
    out: options.out ?? { write: () => undefined },
    started,
  };
  if (entry.produces === 'changes' && !options.dryRun) {
    const own = options.model ? [entry.model, options.model] : [entry.model];
    run.branch = await checkPhaseBranch(workspaceRoot, { feature, project, phase, aliases: own });
    await checkCleanTree(workspaceRoot, run);
  }
  return run;
}

/** Checks the budget, then streams one call to the chain's first model that answers. */
async function callModel(
  run: PhaseRun,
  context: PhaseContext,
  estimate: PayloadEstimate,
  options: PhaseRunOptions,
): Promise<CompletionResult> {
  const outputTokens = checkBudget(estimate, run.entry, run);
  const result = await complete(
    run.chain,
    {
      phase: run.phase,
      system: context.payload.system,
      user: context.payload.user,
      maxOutputTokens: outputTokens,
      signal: options.signal,
      onDelta: progressLine(run.out, run.chain),
    },
    { env: options.env },
  );
  clearProgress(run.out);
  return result;
}

function finishReport(run: PhaseRun, result: CompletionResult): PhaseRunResult {
  const report = posix.join(
    featurePaths(run.projectRoot).reports,
    reportFileName(run.handoff.number, run.phase),
  );
  writePhaseReport(join(run.workspaceRoot, report), { ...run, result });
  const line = record(run, {
    outcome: 'success',
    ...usageOf(result),
    report,
    ...verdictOf(run, result),
  });
  run.out.write(`${outcomeLine(run.phase, result)} wrote ${report}\n`);
  return { kind: 'report', report, entry: line, reply: result.text };
}

async function finishChanges(run: PhaseRun, result: CompletionResult): Promise<PhaseRunResult> {
  const committed = await commitEdits({ ...run, featureTitle: run.handoff.featureTitle, result });
  const line = record(run, {
    outcome: 'success',
    ...usageOf(result),
    commit: committed.commit,
    ...verdictOf(run, result),
  });
  const files = `${committed.paths.length} file${committed.paths.length === 1 ? '' : 's'}`;
  run.out.write(
    `${outcomeLine(run.phase, result)} committed ${committed.commit.slice(0, 7)} on ${run.branch} (${files})\n`,
  );
  return {
    kind: 'changes',
    commit: committed.commit,
    branch: run.branch!,
    paths: committed.paths,
    entry: line,
    reply: result.text,
  };
}

/** Appends the run's line to the project's ledger: the assigned model's, unless a reply says otherwise. */
function record(
  run: PhaseRun,
  fields: Partial<LedgerEntry> & Pick<LedgerEntry, 'outcome'>,
): LedgerEntry {
  const line: LedgerEntry = {
    time: new Date().toISOString(),
    feature: run.feature,
    project: run.project,
    phase: run.phase,
    produces: run.entry.produces,
    provider: run.chain[0]!.provider,
    alias: run.chain[0]!.alias,
    modelRequested: run.chain[0]!.model,
    modelReported: null,
    fallbackUsed: null,
    inputTokens: 0,
    outputTokens: 0,
    costUsd: 0,
    durationMs: Math.round(performance.now() - run.started),
    handoff: run.handoffPath,
    ...(run.branch ? { branch: run.branch } : {}),
    ...fields,
  };
  appendLedgerEntry(join(run.workspaceRoot, run.projectRoot), line);
  return line;
}

/** The reply's verdict on the acceptance criteria, for the ledger line. */
function verdictOf(run: PhaseRun, result: CompletionResult): Partial<LedgerEntry> {
  const criteria = criteriaVerdict(result.text, run.criteria);
  return criteria ? { criteria } : {};
}

function usageOf(result: CompletionResult): Partial<LedgerEntry> {
  return {
    provider: result.provider,
    alias: result.alias,
    modelRequested: result.modelRequested,
    modelReported: result.modelReported,
    fallbackUsed: result.fallbackUsed,
    inputTokens: result.usage.inputTokens,
    outputTokens: result.usage.outputTokens,
    costUsd: result.costUsd,
    requestId: result.requestId,
  };
}
