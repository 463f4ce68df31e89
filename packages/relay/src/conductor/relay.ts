import { plainCommands, type Commands } from '@baton/errors';
import { RelayDirtyTreeError, RelayThroughDoneError } from '../errors';
import { featurePaths } from '../feature';
import { checkScope, type CheckProblem } from '../gate';
import {
  checkoutBranch,
  commitChanges,
  commitStat,
  currentBranch,
  fileAt,
  openRepository,
  workTreeStatus,
} from '../git';
import { phaseEntry, type CollaborationMap } from '../map';
import { createPhaseBranch, planPhaseBranch, runPhase, type PhaseRunOutput } from '../phase';
import { ledgerFile, type LedgerEntry } from '../provenance';
import { commitPendingHandoffs, commitPhaseOutputs } from './commits';
import { renderGate, type GateScreen, type NextHandoff } from './gate';
import { writeHandoff } from './next-handoff';
import { readFeatureState, type FeatureState, type PhaseState } from './state';

export interface RelayOptions {
  /** Absolute path of the workspace (the git work tree's top). */
  workspaceRoot: string;
  /** The Nx project that holds the feature. */
  project: string;
  /** Workspace-relative, e.g. `packages/analytics`. */
  projectRoot: string;
  /** The collaboration map, as the host read it. */
  map: CollaborationMap;
  /** How the host spells the commands the gates name; words without commands when left out. */
  commands?: Commands;
  /** Run without stopping until this phase is done (a `review: "required"` gate still stops). */
  through?: string;
  /** false: run every remaining phase without stopping (`--no-gates`), required reviews aside. */
  gates?: boolean;
  /** Keys and base URLs of the providers; process.env when left out. */
  env?: NodeJS.ProcessEnv;
  out?: PhaseRunOutput;
  /** Aborts the phase in flight (Ctrl-C): it is recorded as a failure and the next relay reruns it. */
  signal?: AbortSignal;
}

export type RelayOutcome =
  | { kind: 'gate'; phase: string; reason: GateScreen['reason']; next: string }
  | { kind: 'done'; phase: string | null }
  | { kind: 'stopped'; phase: string };

/**
 * Conducts a feature's remaining phases in the map's order, from wherever it stands: for each one
 * it makes sure the handoff exists (drafted by the model that finished the phase before, else from
 * git), switches to the phase branch (created from the previous phase's branch), runs the phase,
 * commits its report and ledger line with the phase trailers, drafts the next handoff, and stops
 * at the gate after it unless told to run further. A phase that already answered its latest
 * handoff is never run again, so a second relay after a gate, a failure or Ctrl-C pays for nothing
 * twice. It starts only from a tree whose uncommitted changes are Baton's own.
 */
export async function conductRelay(options: RelayOptions): Promise<RelayOutcome> {
  const out = options.out ?? { write: () => undefined };
  const commands = options.commands ?? plainCommands;
  const root = options.workspaceRoot;
  // Each phase starts its branch from a commit: a repository without one cannot hold a relay.
  await openRepository(root);
  let state = await readFeatureState(root, options.project, options.projectRoot, options.map);
  checkThrough(state, options);
  await checkRelayTree(state);
  if (await joinFurthestBranch(state, out)) {
    state = await readFeatureState(root, options.project, options.projectRoot, options.map);
  }

  await settleFinishedPhase(state, out);
  state = await readFeatureState(root, options.project, options.projectRoot, options.map);
  if (state.next === null) {
    out.write(`Relay ${state.feature}: every phase has run (${state.map.order.join(' → ')}).\n`);
    return { kind: 'done', phase: null };
  }
  const remaining = state.phases.filter((phase) => !phase.done).map((phase) => phase.phase);
  out.write(`Relay ${state.feature}: ${remaining.join(' → ')}\n`);

  for (;;) {
    const phase = state.next!;
    if (options.signal?.aborted) return { kind: 'stopped', phase: phase.phase };
    out.write(`\n── ${phase.phase} (${phase.entry.model}) ${'─'.repeat(40)}\n`);
    if (phase.handoff === null) {
      await writeHandoff(state, phase.phase, out, { commitIt: false });
      state = await readFeatureState(root, options.project, options.projectRoot, options.map);
    }
    await switchToPhaseBranch(state, phase, out);
    await commitPendingHandoffs(state, phase);

    let result;
    try {
      result = await runPhase({
        workspaceRoot: root,
        project: options.project,
        projectRoot: state.projectRoot,
        phase: phase.phase,
        map: state.map,
        env: options.env,
        out,
        signal: options.signal,
      });
    } catch (error) {
      out.write(
        `\nThe relay stopped at ${phase.phase}; the phases before it are kept, and this run left nothing behind but, at most, its line in the ledger. ` +
          `Fix what the message below says, then ${commands.runRelay(options.project)} goes on from ${phase.phase}.\n`,
      );
      throw error;
    }
    if (result.kind === 'dry-run') throw new TypeError('a relay never dry-runs a phase');
    // The relay runs only a phase no run has answered, by the rule the phase run checks.
    if (result.kind === 'already-ran') throw new TypeError('a relay never reruns a done phase');
    await commitPhaseOutputs(state, phase.phase, result.entry);

    const following = state.map.order[state.map.order.indexOf(phase.phase) + 1] ?? null;
    const next = following
      ? await writeHandoff(state, following, out, {
          commitIt: true,
          reply: result.reply,
          by: result.entry.alias ?? phase.entry.model,
        })
      : null;

    state = await readFeatureState(root, options.project, options.projectRoot, options.map);
    const finished = state.phases.find((item) => item.phase === phase.phase)!;
    const reason = gateReason(finished, following, options);
    if (reason !== null) {
      const screen = await gateScreen(state, finished, result, next, reason);
      out.write(renderGate(screen, commands));
      return reason === 'done'
        ? { kind: 'done', phase: phase.phase }
        : { kind: 'gate', phase: phase.phase, reason, next: following! };
    }
    out.write(`(no gate: going on to ${following})\n`);
  }
}

/** `--through` must name a phase of the map that has not run yet. */
function checkThrough(state: FeatureState, options: RelayOptions): void {
  if (options.through === undefined) return;
  phaseEntry(state.map, options.through, '--through');
  const through = state.phases.find((phase) => phase.phase === options.through)!;
  if (through.done) {
    throw new RelayThroughDoneError(options.through, options.project, state.next?.phase ?? null);
  }
}

function gateReason(
  phase: PhaseState,
  following: string | null,
  options: RelayOptions,
): GateScreen['reason'] | null {
  if (following === null) return 'done';
  if (phase.entry.review === 'required') return 'review-required';
  if (options.through === phase.phase) return 'through';
  if (options.through !== undefined || options.gates === false) return null;
  return 'gate';
}

/** Baton's own files: the feature's handoffs/ (handoffs, reports, ledger) and `.baton/`. */
function isBatonFile(state: FeatureState, path: string): boolean {
  return (
    path.startsWith(`${featurePaths(state.projectRoot).handoffs}/`) || path.startsWith('.baton/')
  );
}

async function checkRelayTree(state: FeatureState): Promise<void> {
  const status = await workTreeStatus(state.workspaceRoot, { allUntracked: true });
  const foreign = status.files.map((file) => file.path).filter((path) => !isBatonFile(state, path));
  if (foreign.length > 0) throw new RelayDirtyTreeError(foreign, state.project);
}

/**
 * The relay goes on from its furthest phase branch, whatever is checked out: the handoffs, reports
 * and ledger there say what ran, so a person who looked around on `main` between gates pays for
 * nothing twice. True when it switched.
 */
async function joinFurthestBranch(state: FeatureState, out: PhaseRunOutput): Promise<boolean> {
  const furthest = state.phases.findLast((phase) => phase.branchExists);
  if (!furthest || (await currentBranch(state.workspaceRoot)) === furthest.branch) return false;
  await checkoutBranch(state.workspaceRoot, furthest.branch);
  out.write(`Switched to ${furthest.branch}, where the relay stopped.\n`);
  return true;
}

/**
 * A phase that ran but whose relay stopped before the end (Ctrl-C, a crash): its report and ledger
 * line are committed now, and the next handoff drafted from git, so nothing is paid twice.
 */
async function settleFinishedPhase(state: FeatureState, out: PhaseRunOutput): Promise<void> {
  const index = state.next ? state.phases.indexOf(state.next) : state.phases.length;
  const last = state.phases[index - 1];
  if (!last?.done || !last.run) return;
  const ledger = `${state.projectRoot ? `${state.projectRoot}/` : ''}${ledgerFile.replaceAll('\\', '/')}`;
  const committed = (await fileAt(state.workspaceRoot, 'HEAD', ledger)) ?? '';
  if (!committed.includes(`"time":"${last.run.time}"`)) {
    await commitPhaseOutputs(state, last.phase, last.run);
  }
  const following = state.next;
  if (following && following.handoff === null) {
    out.write(`${last.phase} ran already; drafting the handoff to ${following.phase}.\n`);
    await writeHandoff(state, following.phase, out, { commitIt: true });
  }
}

/** The phase's branch: checked out when it exists, else created from the previous phase's. */
async function switchToPhaseBranch(
  state: FeatureState,
  phase: PhaseState,
  out: PhaseRunOutput,
): Promise<void> {
  const root = state.workspaceRoot;
  if ((await currentBranch(root)) === phase.branch) return;
  if (phase.branchExists) {
    await checkoutBranch(root, phase.branch);
    out.write(`Switched to ${phase.branch}.\n`);
    return;
  }
  const plan = await planPhaseBranch({
    cwd: root,
    map: state.map,
    feature: state.feature,
    phase: phase.phase,
    projectRoot: state.projectRoot,
  });
  // The relay commits the handoffs itself (commitPendingHandoffs), keeping a person's edits as theirs.
  await createPhaseBranch({ ...plan, carriedHandoffs: null });
  out.write(`Created ${plan.branch} from ${plan.startPoint} and switched to it.\n`);
}

async function gateScreen(
  state: FeatureState,
  phase: PhaseState,
  result: { entry: LedgerEntry; entries?: LedgerEntry[] },
  next: NextHandoff | null,
  reason: GateScreen['reason'],
): Promise<GateScreen> {
  const root = state.workspaceRoot;
  const { entry, entries } = result;
  let scope: CheckProblem[] = [];
  let commitInfo: GateScreen['commit'];
  const hash = entry.commit ?? phase.commit;
  if (entry.produces === 'changes' && hash) {
    commitInfo = { hash, ...(await commitStat(root, hash)) };
    const trailers = { phase: phase.phase, model: '', handoff: entry.handoff };
    scope = checkScope(
      root,
      [{ hash, trailers, files: await commitChanges(root, hash) }],
      state.map,
    ).problems;
  }
  return {
    state,
    phase,
    entry,
    ...(entries && entries.length > 1 ? { entries } : {}),
    ...(commitInfo ? { commit: commitInfo } : {}),
    scope,
    next,
    reason,
  };
}
