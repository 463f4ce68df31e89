import { Command } from 'commander';
import { version } from '../../package.json';

/** The `baton` command: each subcommand registers itself from its own module in this folder. */
export const program = new Command('baton')
  .description(
    'Relay a feature through several AI models: style gate, merge check, attribution and ledger.',
  )
  .version(version)
  .showHelpAfterError();
