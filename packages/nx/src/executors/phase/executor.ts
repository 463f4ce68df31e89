import * as nodeModule from 'node:module';
import type { ExecutorContext } from '@nx/devkit';
// The light entry: the phase loads the rest of the relay as it reaches it.
import {
  cacheReplayNote,
  nextStepAfterPhase,
  nextStepLine,
  runPhase,
  stdoutOutput,
  type CollaborationMap,
} from '@baton/relay/phase';
import { renderError } from '../../errors';
import type { PhaseTargetMetadata } from '../../plugins/plugin';
import type { PhaseExecutorSchema } from './schema';

// Node 22.1+ keeps the code it compiles (the relay, the parsers, the SDK) for the next run, as Nx's
// own processes do, in the process Nx forks for each run; Node 20 has no cache.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

/**
 * `nx run <feature>:<phase>`: runs the phase with the relay's `runPhase`, from the map entry its
 * target carries. Thin on purpose: every rule lives in @baton/relay. Whatever fails is printed by
 * `renderError`: a Baton error as its one-paragraph message, never a stack.
 */
export default async function phaseExecutor(
  options: PhaseExecutorSchema,
  context: ExecutorContext,
): Promise<{ success: boolean }> {
  const project = context.projectName!;
  const projectRoot = context.projectsConfigurations.projects[project]!.root;
  const phase = options.phase ?? context.targetName!;
  try {
    const result = await runPhase({
      workspaceRoot: context.root,
      project,
      projectRoot,
      phase,
      map: await targetMap(options, context, phase),
      dryRun: options.dryRun ?? false,
      model: options.model,
      reply: options.reply,
      rerun: options.rerun ?? false,
      out: stdoutOutput(),
    });
    // Nx replays a cached report's output with no run: the note says the replay costs nothing.
    if (result.kind === 'report' && context.target?.cache) {
      console.log(cacheReplayNote(result.entries ?? [result.entry]));
    }
    if (result.kind !== 'dry-run') console.log(await nextStep(context, project, phase));
    return { success: true };
  } catch (error) {
    console.error(renderError(error));
    return { success: false };
  }
}

/**
 * The map as the target carries it: the phase's entry and its models from the options (what Nx
 * hashes), every other model from the metadata (for `--model`). A target written by hand, without
 * the entry, runs from nx.json as Nx read it.
 */
async function targetMap(
  options: PhaseExecutorSchema,
  context: ExecutorContext,
  phase: string,
): Promise<CollaborationMap> {
  const carried = options.mapEntry;
  if (!carried) return mapOfNxJson(context);
  const metadata = context.target?.metadata as Partial<PhaseTargetMetadata> | undefined;
  return {
    models: { ...metadata?.baton?.models, ...carried.models },
    phases: { [phase]: carried.phase },
    order: [phase],
    ...(carried.trailers ? { trailers: carried.trailers } : {}),
  };
}

/**
 * The closing line, from the phase after this one as the inferred target carries it (made for the
 * target's own phase), else from nx.json's map.
 */
async function nextStep(context: ExecutorContext, project: string, phase: string): Promise<string> {
  const carried = (context.target?.metadata as Partial<PhaseTargetMetadata> | undefined)?.baton;
  if (carried && 'next' in carried && phase === context.targetName) {
    return nextStepLine(project, phase, carried.next ?? null);
  }
  return nextStepAfterPhase(await mapOfNxJson(context), project, phase);
}

/** The whole map from nx.json, its schema loaded only when asked for. */
async function mapOfNxJson(context: ExecutorContext): Promise<CollaborationMap> {
  const { collaborationMapFromNxJson } = await import('../../collaboration-map.js');
  return collaborationMapFromNxJson(context.nxJsonConfiguration);
}
