import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ModelSpec } from '@baton/providers';
import { parseHandoff } from '../feature/handoff';
import { featurePaths, handoffEntries } from '../feature/handoff-names';
import { referencedPath } from '../feature/paths';
import type { FittedFile } from '../provenance';
import { estimatePayload, windowOverflow, type PayloadEstimate } from './budget';
import {
  assemblePhaseContext,
  readPhaseSources,
  type PhaseContext,
  type PhaseContextInput,
  type ReferenceView,
} from './context';

/** A phase's context fitted to the context windows of the models that may answer it. */
export interface FittedContext {
  context: PhaseContext;
  estimate: PayloadEstimate;
  /** The referenced files sent as outlines to fit, in the order they were cut. */
  fitted: FittedFile[];
}

/**
 * Builds the phase's context and, while it does not fit every model of `chain` (input plus the
 * output kept for the answer), sends one more whole file as its outline: the least referenced by
 * the feature's handoffs first, the largest first among equals. When every file is an outline and
 * the context still does not fit, it is returned as it is and the budget check refuses the run.
 * `exact`: the estimate counts the tokens even when a ceiling is within every limit.
 */
export async function fitPhaseContext(
  input: PhaseContextInput,
  chain: readonly ModelSpec[],
  seal: (context: PhaseContext) => PhaseContext = (context) => context,
  { exact = false }: { exact?: boolean } = {},
): Promise<FittedContext> {
  const sources = await readPhaseSources(input);
  const outlined = new Set<string>();
  const build = async () => {
    const context = seal(await assemblePhaseContext(input, sources, outlined));
    const scope = { phase: input.phase, project: input.project, chain };
    return { context, estimate: estimatePayload(context.payload, input.entry, scope, { exact }) };
  };
  let built = await build();
  if (windowOverflow(built.estimate, chain)) {
    for (const path of await cutOrder(input, built.context.references)) {
      outlined.add(path);
      built = await build();
      if (!windowOverflow(built.estimate, chain)) break;
    }
  }
  const fitted = [...outlined].map((path) => ({ path, from: 'whole', to: 'structure' }) as const);
  return { ...built, fitted };
}

/** The files that may go structure-only, least referenced by the feature's handoffs first, then largest. */
async function cutOrder(
  input: PhaseContextInput,
  references: readonly ReferenceView[],
): Promise<string[]> {
  const counts = await referenceCounts(input);
  return references
    .filter((file) => file.outlinable)
    .sort((a, b) => (counts.get(a.path) ?? 0) - (counts.get(b.path) ?? 0) || b.chars - a.chars)
    .map((file) => file.path);
}

/** How many of the feature's handoffs reference each file (workspace-relative). */
async function referenceCounts(input: PhaseContextInput): Promise<Map<string, number>> {
  const paths = featurePaths(input.projectRoot);
  const names = await readdir(join(input.workspaceRoot, paths.handoffs)).catch(() => []);
  const counts = new Map<string, number>();
  for (const { name } of handoffEntries(names)) {
    const path = paths.handoff(name);
    let handoff;
    try {
      handoff = parseHandoff(await readFile(join(input.workspaceRoot, path), 'utf8'), path);
    } catch {
      // An earlier handoff that no longer parses only counts for nothing: it is not this run's.
      continue;
    }
    const files = new Set(
      handoff.files.map((file) =>
        referencedPath(input.workspaceRoot, input.projectRoot, file.path),
      ),
    );
    for (const file of files) counts.set(file, (counts.get(file) ?? 0) + 1);
  }
  return counts;
}
