import type { ExecutorContext } from '@nx/devkit';
import { nxCommands, renderError } from '../../errors';
import type { RelayExecutorSchema } from './schema';

/**
 * `nx run <feature>:relay`: conducts the remaining phases with the relay's `conductRelay`, on the
 * map Nx read from nx.json. Thin on purpose: every rule lives in @baton/relay. Ctrl-C stops the
 * phase in flight; a second relay goes on. Whatever fails is printed by `renderError`.
 */
export default async function relayExecutor(
  options: RelayExecutorSchema,
  context: ExecutorContext,
): Promise<{ success: boolean }> {
  const project = context.projectName!;
  try {
    // The relay loads when the executor is called, not when Nx requires it.
    const [{ conductRelay }, { whileInterruptible }, { collaborationMapFromNxJson }] =
      await Promise.all([
        import('@baton/relay'),
        import('../../cli/interrupt.js'),
        import('../../collaboration-map.js'),
      ]);
    await whileInterruptible((signal) =>
      conductRelay({
        workspaceRoot: context.root,
        project,
        projectRoot: context.projectsConfigurations.projects[project]!.root,
        map: collaborationMapFromNxJson(context.nxJsonConfiguration),
        commands: nxCommands,
        ...(options.through === undefined ? {} : { through: options.through }),
        gates: options.gates !== false,
        out: { write: (text) => process.stdout.write(text), isTTY: process.stdout.isTTY },
        signal,
      }),
    );
    return { success: true };
  } catch (error) {
    console.error(renderError(error));
    return { success: false };
  }
}
