import type { ExecutorContext } from '@nx/devkit';
import { GuardError } from '@baton/guard';
import { ProvidersError } from '@baton/providers';
import { nextStepAfterPhase, readCollaborationMap, RelayError, runPhase } from '@baton/relay';
import type { PhaseExecutorSchema } from './schema';

/**
 * `nx run <feature>:<phase>`: runs the phase with the relay's `runPhase`. Thin on purpose: every
 * rule lives in @baton/relay. An error a user can meet is printed as its one-paragraph message.
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
      dryRun: options.dryRun ?? false,
      model: options.model,
      out: { write: (text) => process.stdout.write(text), isTTY: process.stdout.isTTY },
    });
    if (result.kind !== 'dry-run') {
      console.log(nextStepAfterPhase(readCollaborationMap(context.root), project, phase));
    }
    return { success: true };
  } catch (error) {
    const known =
      error instanceof RelayError || error instanceof GuardError || error instanceof ProvidersError;
    console.error(known ? error.message : ((error as Error).stack ?? String(error)));
    return { success: false };
  }
}
