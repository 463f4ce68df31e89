import type { ExecutorContext } from '@nx/devkit';
import { GuardError } from '@baton/guard';
import { ProvidersError } from '@baton/providers';
import { RelayError, runPhase } from '@baton/relay';
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
  try {
    await runPhase({
      workspaceRoot: context.root,
      project,
      projectRoot,
      phase: options.phase ?? context.targetName!,
      dryRun: options.dryRun ?? false,
      model: options.model,
      reply: options.reply,
      out: { write: (text) => process.stdout.write(text), isTTY: process.stdout.isTTY },
    });
    return { success: true };
  } catch (error) {
    const known =
      error instanceof RelayError || error instanceof GuardError || error instanceof ProvidersError;
    console.error(known ? error.message : ((error as Error).stack ?? String(error)));
    return { success: false };
  }
}
