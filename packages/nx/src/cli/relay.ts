import { Command, Option } from 'commander';
import { readWorkspaceMap } from '../collaboration-map';
import { nxCommands } from '../errors';
import { whileInterruptible } from './interrupt';
import { workspaceRootOf } from './style-workspace';

// The relay's module loads the providers' SDKs: imported when a command runs, not for every hook.
/** `baton relay <feature>` and `baton status [feature]`. */
export function addRelayCommands(program: Command): void {
  program
    .command('relay')
    .description(
      "Conduct a feature's remaining phases: handoff, phase branch, run, commit; stops at a review gate after each phase (as `nx run <project>:relay`).",
    )
    .argument('<feature>', 'the feature (or its project)')
    .option('--through <phase>', 'run without stopping until this phase is done')
    .option(
      '--no-gates',
      'run every remaining phase without stopping (required reviews still stop)',
    )
    .action(async (name: string, options: { through?: string; gates: boolean }) => {
      const { conductRelay, findFeature } = await import('@baton/relay');
      const root = workspaceRootOf();
      const feature = findFeature(root, name);
      const map = await readWorkspaceMap(root);
      await whileInterruptible((signal) =>
        conductRelay({
          workspaceRoot: root,
          project: feature.project,
          projectRoot: feature.projectRoot,
          map,
          commands: nxCommands,
          ...(options.through === undefined ? {} : { through: options.through }),
          gates: options.gates,
          out: { write: (text) => process.stdout.write(text), isTTY: process.stdout.isTTY },
          signal,
        }),
      );
    });

  program
    .command('status')
    .description(
      'Where each feature stands: phases done and next, branch, model, cost against budgets, open findings and criteria.',
    )
    .argument('[feature]', 'one feature (or its project); every feature when left out')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'),
    )
    .action(async (name: string | undefined, options: { format: 'text' | 'json' }) => {
      const { featureStatus, findFeature, findFeatures, renderStatus } =
        await import('@baton/relay');
      const root = workspaceRootOf();
      const features = name === undefined ? findFeatures(root) : [findFeature(root, name)];
      const map = await readWorkspaceMap(root);
      const statuses = [];
      for (const feature of features) statuses.push(await featureStatus(root, feature, map));
      if (options.format === 'json') {
        process.stdout.write(
          `${JSON.stringify(name === undefined ? statuses : statuses[0], null, 2)}\n`,
        );
        return;
      }
      if (statuses.length === 0) {
        process.stdout.write(
          'No features yet: no project holds handoffs/FEATURE.md. Start one with `nx g handoff --project <project> --goal "..."`.\n',
        );
        return;
      }
      process.stdout.write(statuses.map((status) => renderStatus(status, nxCommands)).join('\n'));
    });
}
