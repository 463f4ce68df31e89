import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { performance } from 'node:perf_hooks';
import { validateChanges, type OutgoingPayload } from '@baton/guard';
import {
  complete,
  estimateCost,
  estimateTokens,
  type CompletionResult,
  type ModelSpec,
} from '@baton/providers';
import { simpleGit, type SimpleGit } from 'simple-git';
import { Document } from 'yaml';
import { buildPhaseContext } from './context';
import { reportFileName } from './context-paths';
import { parseEdits } from './edits';
import { applyEdits } from './edits-apply';
import {
  BudgetExceededError,
  DirtyPhaseTreeError,
  InvalidEditsError,
  NoHandoffError,
  PhaseCommitRejectedError,
  UnpricedBudgetError,
  WrongPhaseBranchError,
} from './errors';
import { featureName, phaseBranchName } from './feature';
import { featurePaths, latestHandoff, parseFeature, parseHandoff } from './handoff';
import { appendLedgerEntry, ledgerFile, type LedgerEntry } from './ledger';
import { modelEntry, phaseEntry, type CollaborationMap, type PhaseEntry } from './map';
import { workspaceFormatter } from './standards';
import { trailerArgs } from './trailers';

/** Output tokens a phase may spend, unless its cost budget caps them lower. */
export const maxOutputTokens = { report: 8_192, changes: 16_384 } as const;
/** The least output a phase is worth calling a model for; a budget that leaves less is exceeded. */
export const minOutputTokens = 1_024;

/** Where a phase run speaks: the dry run's payload, the progress line (terminals only), the outcome. */
export interface PhaseRunOutput {
  write(text: string): void;
  /** A progress line is drawn only on a terminal, and never in CI. */
  isTTY?: boolean;
}

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

/** What a run would cost, estimated before any request. */
export interface PayloadEstimate {
  inputTokens: number;
  /** How the tokens were counted (a tokenizer, or an approximation). */
  tokenMethod: string;
  maxOutputTokens: number;
  /** USD with every output token spent, on the dearest model of the chain; null when unpriced. */
  maxCostUsd: number | null;
}

export type PhaseRunResult =
  | { kind: 'dry-run'; payload: OutgoingPayload; estimate: PayloadEstimate }
  | { kind: 'report'; report: string; entry: LedgerEntry }
  | { kind: 'changes'; commit: string; branch: string; paths: string[]; entry: LedgerEntry };

/**
 * Runs one phase of a feature (PRODUCT.md, "Inferred targets"): the latest handoff to the phase,
 * its context through the guard, a budget check, one streaming call to the assigned model (then
 * its fallbacks), and a report in `handoffs/reports/` or a commit of the model's edits on the
 * phase branch. Every run that reaches the budget check leaves one line in the ledger, success or
 * failure; refusals before it (no handoff, dirty tree, wrong branch, refused file) write nothing.
 * On failure the work tree is exactly as before, the ledger line aside.
 */
export async function runPhase(options: PhaseRunOptions): Promise<PhaseRunResult> {
  const started = performance.now();
  const { workspaceRoot, project, phase } = options;
  const projectRoot = options.projectRoot.replaceAll('\\', '/').replace(/\/$/, '');
  const out = options.out ?? { write: () => undefined };
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
  const feature = featureName(project, parseFeature(featureText, paths.feature).feature);

  const git = simpleGit(workspaceRoot);
  let branch: string | undefined;
  if (entry.produces === 'changes' && !options.dryRun) {
    const own = options.model ? [entry.model, options.model] : [entry.model];
    branch = await checkPhaseBranch(git, { feature, project, phase, aliases: own });
    await checkCleanTree(git, projectRoot, project, phase);
  }

  const context = await buildPhaseContext({
    workspaceRoot,
    project,
    projectRoot,
    feature,
    phase,
    entry,
    alias: chain[0]!.alias,
    handoff,
    handoffPath,
    handoffText,
    featureText,
  });
  const { payload } = context;
  const estimate = estimatePayload(payload, chain, entry);

  if (options.dryRun) {
    out.write(renderDryRun({ options, chain, entry, handoffPath, estimate, context }));
    return { kind: 'dry-run', payload, estimate };
  }

  const record = (fields: Partial<LedgerEntry> & Pick<LedgerEntry, 'outcome'>) => {
    const line: LedgerEntry = {
      time: new Date().toISOString(),
      feature,
      project,
      phase,
      produces: entry.produces,
      provider: chain[0]!.provider,
      alias: chain[0]!.alias,
      modelRequested: chain[0]!.model,
      modelReported: null,
      fallbackUsed: null,
      inputTokens: 0,
      outputTokens: 0,
      costUsd: 0,
      durationMs: Math.round(performance.now() - started),
      handoff: handoffPath,
      ...(branch ? { branch } : {}),
      ...fields,
    };
    appendLedgerEntry(join(workspaceRoot, projectRoot), line);
    return line;
  };
  const usageOf = (result: CompletionResult): Partial<LedgerEntry> => ({
    provider: result.provider,
    alias: result.alias,
    modelRequested: result.modelRequested,
    modelReported: result.modelReported,
    fallbackUsed: result.fallbackUsed,
    inputTokens: result.usage.inputTokens,
    outputTokens: result.usage.outputTokens,
    costUsd: result.costUsd,
    requestId: result.requestId,
  });

  let result: CompletionResult | undefined;
  try {
    const outputTokens = checkBudget(estimate, entry, { phase, project, chain });
    result = await complete(
      chain,
      {
        phase,
        system: payload.system,
        user: payload.user,
        maxOutputTokens: outputTokens,
        signal: options.signal,
        onDelta: progressLine(out, chain),
      },
      { env: options.env },
    );
    out.write(clearProgress(out));

    if (entry.produces === 'report') {
      const report = posix.join(paths.reports, reportFileName(handoff.number, phase));
      writeReport(join(workspaceRoot, report), { feature, phase, handoffPath, result });
      const line = record({ outcome: 'success', ...usageOf(result), report });
      out.write(`${outcomeLine(phase, result)} wrote ${report}\n`);
      return { kind: 'report', report, entry: line };
    }

    const committed = await commitEdits(git, {
      workspaceRoot,
      project,
      projectRoot,
      phase,
      entry,
      feature,
      handoffPath,
      featureTitle: handoff.featureTitle,
      result,
    });
    const line = record({ outcome: 'success', ...usageOf(result), commit: committed.commit });
    out.write(
      `${outcomeLine(phase, result)} committed ${committed.commit.slice(0, 7)} on ${branch} (${committed.paths.length} file${committed.paths.length === 1 ? '' : 's'})\n`,
    );
    return {
      kind: 'changes',
      commit: committed.commit,
      branch: branch!,
      paths: committed.paths,
      entry: line,
    };
  } catch (error) {
    out.write(clearProgress(out));
    const failure = error as Error & { code?: string };
    record({
      outcome: 'failure',
      ...(result ? usageOf(result) : {}),
      error: failure.message,
      ...(typeof failure.code === 'string' ? { errorCode: failure.code } : {}),
    });
    throw error;
  }
}

/** Tokens counted offline, and the most the call may cost, on the dearest model of the chain. */
export function estimatePayload(
  payload: OutgoingPayload,
  chain: readonly ModelSpec[],
  entry: PhaseEntry,
): PayloadEstimate {
  const text = `${payload.system}\n${payload.user}`;
  const counts = chain.map((spec) => ({ spec, ...estimateTokens(text, spec) }));
  const largest = counts.reduce((a, b) => (b.tokens > a.tokens ? b : a));
  const output = maxOutputTokens[entry.produces];
  const costs = counts.map(({ spec, tokens }) => estimateCost(spec, tokens, output));
  return {
    inputTokens: largest.tokens,
    tokenMethod: largest.method,
    maxOutputTokens: output,
    maxCostUsd: costs.includes(null) ? null : Math.max(...(costs as number[])),
  };
}

/**
 * Checks the phase's budget against the estimate, before any request, and returns the output
 * tokens the call may spend: with `maxCostUsd`, as many as keep the dearest model within it.
 */
function checkBudget(
  estimate: PayloadEstimate,
  entry: PhaseEntry,
  { phase, project, chain }: { phase: string; project: string; chain: readonly ModelSpec[] },
): number {
  const budget = entry.budget ?? {};
  if (budget.maxInputTokens !== undefined && estimate.inputTokens > budget.maxInputTokens) {
    throw new BudgetExceededError(
      phase,
      'maxInputTokens',
      estimate.inputTokens,
      budget.maxInputTokens,
      project,
    );
  }
  if (budget.maxCostUsd === undefined) return estimate.maxOutputTokens;
  let output = estimate.maxOutputTokens;
  for (const spec of chain) {
    const input = estimateCost(spec, estimate.inputTokens, 0);
    const perToken = estimateCost(spec, 0, 1_000_000);
    if (input === null || perToken === null)
      throw new UnpricedBudgetError(phase, spec.alias, spec.model);
    const affordable = Math.floor(((budget.maxCostUsd - input) / perToken) * 1_000_000);
    output = Math.min(output, affordable);
    if (affordable < minOutputTokens) {
      throw new BudgetExceededError(
        phase,
        'maxCostUsd',
        input + (perToken * minOutputTokens) / 1_000_000,
        budget.maxCostUsd,
        project,
      );
    }
  }
  return output;
}

/** A `changes` phase commits on its own branch: the one `nx g phase-branch` made for it. */
async function checkPhaseBranch(
  git: SimpleGit,
  {
    feature,
    project,
    phase,
    aliases,
  }: { feature: string; project: string; phase: string; aliases: string[] },
): Promise<string> {
  const current = (await git.raw(['branch', '--show-current'])).trim() || '(detached HEAD)';
  const allowed = aliases.map((alias) => phaseBranchName(feature, alias, phase));
  if (!allowed.includes(current))
    throw new WrongPhaseBranchError(current, allowed[0]!, project, phase);
  return current;
}

/**
 * A `changes` phase commits only the model's edits, so it starts from a clean tree: no staged or
 * unstaged change to a tracked file, no untracked file in the project (an edit could overwrite it).
 * Baton's own outputs never block: the ledger (append-only, written after every run) and reports
 * not yet committed (edits can never write in handoffs/). A new handoff does block: the commit's
 * AI-Handoff trailer must name a committed file.
 */
async function checkCleanTree(git: SimpleGit, projectRoot: string, project: string, phase: string) {
  const status = await git.status(['--untracked-files=all']);
  const paths = featurePaths(projectRoot);
  const ledger = posix.join(projectRoot, ledgerFile.replaceAll('\\', '/'));
  const inProject = (path: string) => projectRoot === '' || path.startsWith(`${projectRoot}/`);
  const dirty = status.files
    .filter((file) => file.path !== ledger)
    .filter((file) => file.index !== '?' || !file.path.startsWith(`${paths.reports}/`))
    .filter((file) => file.index !== '?' || inProject(file.path))
    .map((file) => file.path);
  if (dirty.length > 0) throw new DirtyPhaseTreeError(dirty, project, phase);
}

interface CommitInput {
  workspaceRoot: string;
  project: string;
  projectRoot: string;
  phase: string;
  entry: PhaseEntry;
  feature: string;
  handoffPath: string;
  featureTitle: string;
  result: CompletionResult;
}

/**
 * Parses the reply's edits, validates every path, applies all of them (formatted with the
 * workspace's Prettier) and commits them with the phase trailers; the hooks run. Any failure
 * puts the work tree and the index back as they were.
 */
async function commitEdits(
  git: SimpleGit,
  input: CommitInput,
): Promise<{ commit: string; paths: string[] }> {
  const at = { project: input.project, phase: input.phase };
  const invalid = (problems: string[]) => new InvalidEditsError(problems, at);
  let edits;
  try {
    edits = parseEdits(input.result.text);
  } catch (error) {
    throw error instanceof InvalidEditsError ? invalid(error.problems) : error;
  }
  const normalised = validateChanges({
    workspaceRoot: input.workspaceRoot,
    projectRoot: input.projectRoot,
    paths: edits.edits.map((edit) => edit.path),
  });
  const files = edits.edits.map((edit, index) => ({ ...edit, path: normalised[index]! }));

  let applied;
  try {
    applied = await applyEdits(input.workspaceRoot, files, workspaceFormatter(input.workspaceRoot));
  } catch (error) {
    throw error instanceof InvalidEditsError ? invalid(error.problems) : error;
  }
  const undo = async () => {
    await git.raw(['reset', '-q', '--', ...applied.paths]).catch(() => undefined);
    await applied.rollback();
  };
  try {
    await git.raw(['add', '-A', '--', ...applied.paths]);
    const maxAddedLines = input.entry.budget?.maxAddedLines;
    if (maxAddedLines !== undefined) {
      const added = addedLines(
        await git.raw(['diff', '--cached', '--numstat', '--', ...applied.paths]),
      );
      if (added > maxAddedLines) {
        throw new BudgetExceededError(
          input.phase,
          'maxAddedLines',
          added,
          maxAddedLines,
          input.project,
        );
      }
    }
    const message = edits.message ?? `${input.phase}: ${input.featureTitle}`;
    const model = `${input.result.provider}/${input.result.modelReported}`;
    try {
      // No --no-verify: the workspace's hooks judge a model's commit as they judge anyone's.
      await git.raw([
        'commit',
        '-q',
        '-m',
        message,
        ...trailerArgs({ phase: input.phase, model, handoff: input.handoffPath }),
      ]);
    } catch (error) {
      throw new PhaseCommitRejectedError((error as Error).message, at);
    }
  } catch (error) {
    await undo();
    throw error;
  }
  return { commit: (await git.revparse(['HEAD'])).trim(), paths: applied.paths };
}

/** Lines added, from `git diff --numstat` (binary files count none). */
function addedLines(numstat: string): number {
  return numstat
    .split('\n')
    .map((line) => Number(line.split('\t')[0]))
    .filter((count) => Number.isFinite(count))
    .reduce((sum, count) => sum + count, 0);
}

function writeReport(
  file: string,
  {
    feature,
    phase,
    handoffPath,
    result,
  }: { feature: string; phase: string; handoffPath: string; result: CompletionResult },
) {
  const front = new Document({
    feature,
    phase,
    handoff: handoffPath,
    model: {
      alias: result.alias,
      provider: result.provider,
      requested: result.modelRequested,
      reported: result.modelReported,
    },
    fallbackUsed: result.fallbackUsed,
    ...(result.attempts.length ? { attempts: result.attempts } : {}),
    usage: { inputTokens: result.usage.inputTokens, outputTokens: result.usage.outputTokens },
    costUsd: result.costUsd,
    durationMs: Math.round(result.durationMs),
    requestId: result.requestId,
    stopReason: result.stopReason,
  });
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `---\n${front.toString({ lineWidth: 0 })}---\n\n${result.text.trimEnd()}\n`);
}

function outcomeLine(phase: string, result: CompletionResult): string {
  const cost = result.costUsd === null ? 'cost unknown' : `$${result.costUsd.toFixed(4)}`;
  const fallback = result.fallbackUsed
    ? ` (fallback for ${result.attempts[0]?.alias ?? 'the assigned model'})`
    : '';
  return (
    `Baton ${phase}: ${result.alias}${fallback} answered as ${result.provider}/${result.modelReported}, ` +
    `${result.usage.inputTokens} in / ${result.usage.outputTokens} out tokens, ${cost}, ${(result.durationMs / 1000).toFixed(1)}s;`
  );
}

/** The progress line on a terminal: tokens so far and elapsed time, redrawn in place. */
function progressLine(out: PhaseRunOutput, chain: readonly ModelSpec[]) {
  if (!out.isTTY || process.env['CI']) return undefined;
  let last = 0;
  return (_text: string, soFar: { outputTokens: number; elapsedMs: number; attempt: number }) => {
    if (soFar.elapsedMs - last < 100) return;
    last = soFar.elapsedMs;
    const who = chain.length > 1 && soFar.attempt > 1 ? ` (attempt ${soFar.attempt})` : '';
    out.write(
      `\r\x1b[2K${chain[0]!.alias}${who}: ${soFar.outputTokens} tokens, ${(soFar.elapsedMs / 1000).toFixed(1)}s`,
    );
  };
}
function clearProgress(out: PhaseRunOutput): string {
  return out.isTTY && !process.env['CI'] ? '\r\x1b[2K' : '';
}

function renderDryRun(input: {
  options: PhaseRunOptions;
  chain: readonly ModelSpec[];
  entry: PhaseEntry;
  handoffPath: string;
  estimate: PayloadEstimate;
  context: Awaited<ReturnType<typeof buildPhaseContext>>;
}): string {
  const { options, chain, entry, estimate, context } = input;
  const models = chain.map((spec) => `${spec.alias} (${spec.provider}/${spec.model})`);
  const cost =
    estimate.maxCostUsd === null
      ? 'unknown (no price for a model)'
      : `up to $${estimate.maxCostUsd.toFixed(4)}`;
  const limits = Object.entries(entry.budget ?? {}).map(([key, value]) => `${key} ${value}`);
  let verdict = 'within it';
  try {
    checkBudget(estimate, entry, { phase: options.phase, project: options.project, chain });
  } catch (error) {
    verdict = `a real run would stop here: ${(error as Error).message}`;
  }
  const budget = limits.length ? [`${limits.join(', ')} (${verdict})`] : [];
  const redactions = context.payload.redactions.map(
    (r) => `${r.kind} #${r.fingerprint} in ${r.label} line ${r.line}`,
  );
  const lines = [
    `Baton dry run of ${options.project}:${options.phase}: nothing was sent.`,
    `Model: ${models[0]}${models.length > 1 ? `, then ${models.slice(1).join(', ')}` : ''}`,
    `Handoff: ${input.handoffPath}`,
    `Sends: ${context.parts.map((part) => `${part.label} (${part.chars} chars)`).join(', ')}`,
    `Input: ${estimate.inputTokens} tokens (${estimate.tokenMethod}); output: up to ${estimate.maxOutputTokens} tokens; cost: ${cost}`,
    `Budget: ${budget.length ? budget.join(', ') : 'none'}`,
    `Masked: ${redactions.length ? redactions.join('; ') : 'nothing'}`,
    ...context.notes.map((note) => `Note: ${note}`),
    '===== system =====',
    context.payload.system,
    '===== user =====',
    context.payload.user,
    '===== end =====',
  ];
  return `${lines.join('\n')}\n`;
}
