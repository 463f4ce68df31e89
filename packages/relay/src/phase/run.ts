import type { OutgoingPayload } from '@baton/guard';
import type { CollaborationMap } from '../map/lookup';
import type { FittedFile, LedgerEntry } from '../provenance';
import type { PayloadEstimate } from './budget';
import type { PhaseRunOutput } from './output';
import { readPhaseRun } from './read';
import type { WaitingPace } from './waiting';

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
  /** A reply kept by a failed run (`.baton/replies/...`) to apply instead of calling a model. */
  reply?: string;
  /** Ask the models again though a run already answered the phase's latest handoff. */
  rerun?: boolean;
  /** Keys and base URLs of the providers; process.env when left out. */
  env?: NodeJS.ProcessEnv;
  out?: PhaseRunOutput;
  signal?: AbortSignal;
  /** How often the line that waits for the model's first text is written (tests shorten it). */
  waiting?: WaitingPace;
}

export type PhaseRunResult =
  | {
      kind: 'dry-run';
      payload: OutgoingPayload;
      estimate: PayloadEstimate;
      /** Referenced files the run would send as outlines to fit the model's context window. */
      fitted: FittedFile[];
    }
  | {
      kind: 'report';
      report: string;
      entry: LedgerEntry;
      /** Every reviewer's line, when several reviewed; `entry` is then the one whose answer is `reply`. */
      entries?: LedgerEntry[];
      /** The model's whole reply (the first reviewer's that answered): the relay reads the next handoff from it. */
      reply: string;
    }
  | {
      /** A run already answered the latest handoff: nothing was sent; `entry` is that run's line. */
      kind: 'already-ran';
      entry: LedgerEntry;
    }
  | {
      kind: 'changes';
      commit: string;
      branch: string;
      paths: string[];
      entry: LedgerEntry;
      /** The model's whole reply: the relay reads the next handoff from it. */
      reply: string;
    };

/**
 * Runs one phase of a feature (docs/phases.md): the latest handoff to the phase,
 * its context through the guard, a budget check, one streaming call to the assigned model (then
 * its fallbacks), and a report in `handoffs/reports/` or a commit of the model's edits on the
 * phase branch. A phase whose latest handoff a run already answered (the ledger says so) is not
 * asked again unless `rerun`, another `model` or a kept `reply` says to. Every run that reaches the budget check leaves one line in the ledger, success or
 * failure; refusals before it (no handoff, dirty tree, wrong branch, refused file) write nothing.
 * On failure the work tree is exactly as before, the ledger line aside.
 */
export async function runPhase(options: PhaseRunOptions): Promise<PhaseRunResult> {
  const run = await readPhaseRun(options);
  // The guard, the SDKs and git load once the phase's own work has begun.
  const { runSteps } = await import('./steps.js');
  return runSteps(run, options);
}
