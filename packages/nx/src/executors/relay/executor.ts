import type { ExecutorContext } from '@nx/devkit';
import { GuardError } from '@baton/guard';
import { ProvidersError } from '@baton/providers';
import { conductRelay, RelayError } from '@baton/relay';
import { whileInterruptible } from '../../cli/interrupt';
import type { RelayExecutorSchema } from './schema';

/**
 * `nx run <feature>:relay`: conducts the remaining phases with the relay's `conductRelay`. Thin on
 * purpose: every rule lives in @baton/relay. Ctrl-C stops the phase in flight; a second relay goes on.
 */
export default async function relayExecutor(
  options: RelayExecutorSchema,
  context: ExecutorContext,
): Promise<{ success: boolean }> {
  const project = context.projectName!;
  try {
    await whileInterruptible((signal) =>
      conductRelay({
        workspaceRoot: context.root,
        project,
        projectRoot: context.projectsConfigurations.projects[project]!.root,
        ...(options.through === undefined ? {} : { through: options.through }),
        gates: options.gates !== false,
        out: { write: (text) => process.stdout.write(text), isTTY: process.stdout.isTTY },
        signal,
      }),
    );
    return { success: true };
  } catch (error) {
    const known =
      error instanceof RelayError || error instanceof GuardError || error instanceof ProvidersError;
    console.error(known ? error.message : ((error as Error).stack ?? String(error)));
    return { success: false };
  }
}
