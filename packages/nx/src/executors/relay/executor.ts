import type { ExecutorContext } from '@nx/devkit';
import { conductRelay } from '@baton/relay';
import { whileInterruptible } from '../../cli/interrupt';
import { collaborationMapFromNxJson } from '../../collaboration-map';
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
