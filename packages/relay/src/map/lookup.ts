// The map's shapes and lookups, free of its schema: a phase run reads its entry without loading zod.
import type { ModelSpec } from '@baton/providers';
import { UnknownModelError, UnknownPhaseError } from '../errors/map';

/** A model of the map: the provider's own connection facts, keyed by its alias in `models`. */
export type ModelEntry = Omit<ModelSpec, 'alias'>;

export interface PhaseBudget {
  maxCostUsd?: number;
  /** Input tokens a run may send; a default applies when left out (docs/phases.md). */
  maxInputTokens?: number;
  maxAddedLines?: number;
}

export interface PhaseEntry {
  /** A model alias of `models`. */
  model: string;
  produces: 'report' | 'changes';
  /** Model aliases tried in turn when the phase's model fails. */
  fallback?: string[];
  /**
   * More reviewers for a `report` phase: each alias is asked alongside `model`, in parallel, on the
   * same payload, and their findings are merged by agreement (docs/collaboration-map.md).
   */
  models?: string[];
  /** With several reviewers: `one` (default) needs one answer to pass, `all` needs every one. */
  required?: ReviewersRequired;
  instructions?: string;
  /** Sends the feature's diff with the phase's context (review phases). */
  diff?: boolean;
  budget?: PhaseBudget;
  /** `required`: `relay` always stops at the gate after this phase; no flag skips it. */
  review?: 'required';
}

export type ReviewersRequired = 'one' | 'all';

export interface CollaborationMap {
  models: Record<string, ModelEntry>;
  phases: Record<string, PhaseEntry>;
  /** Every phase exactly once, in the order a feature goes through them. */
  order: string[];
  /**
   * Trailers a phase's commit carries beside Baton's own, for projects with a convention:
   * `assisted-by` (the Linux kernel's `Assisted-by: AGENT:MODEL`) or `co-authored-by`.
   */
  trailers?: TrailerStyle;
}

export type TrailerStyle = 'assisted-by' | 'co-authored-by';

/** The phase a feature's first handoff comes from. */
export const startPhase = 'start';

/** The aliases that review a `report` phase: `model`, then the other `models`, each once. */
export function phaseReviewers(entry: PhaseEntry): string[] {
  return [...new Set([entry.model, ...(entry.models ?? [])])];
}

/** The model a phase runs on, with its alias. Throws {@link UnknownPhaseError} listing the phases. */
export function phaseModel(map: CollaborationMap, phase: string): { alias: string } & ModelEntry {
  const entry = phaseEntry(map, phase);
  return { alias: entry.model, ...modelEntry(map, entry.model) };
}

/** A phase's entry. Throws {@link UnknownPhaseError} listing the phases, its fix naming `flag`. */
export function phaseEntry(map: CollaborationMap, phase: string, flag?: string): PhaseEntry {
  if (!Object.hasOwn(map.phases, phase)) throw new UnknownPhaseError(phase, map.order, flag);
  return map.phases[phase]!;
}

/** A model entry by alias (e.g. for `--model`). Throws {@link UnknownModelError} listing the aliases. */
export function modelEntry(map: CollaborationMap, alias: string): ModelEntry {
  if (!Object.hasOwn(map.models, alias)) {
    throw new UnknownModelError(alias, Object.keys(map.models));
  }
  return map.models[alias]!;
}

/** The phase before `phase` in the map's order, or null for the first. */
export function previousPhase(map: CollaborationMap, phase: string): string | null {
  phaseEntry(map, phase);
  const index = map.order.indexOf(phase);
  return index > 0 ? map.order[index - 1]! : null;
}

/** The phase after `phase` (`start` gives the first phase), or null after the last. */
export function nextPhase(map: CollaborationMap, phase: string): string | null {
  if (phase === startPhase) return map.order[0] ?? null;
  phaseEntry(map, phase);
  return map.order[map.order.indexOf(phase) + 1] ?? null;
}
