import { Command } from 'commander';
import { version } from '../../package.json';
import { addBlameCommand } from './blame';
import { addCheckCommand } from './check';
import { addHookCommand } from './hook';
import { addLedgerCommand } from './ledger';
import { addRelayCommands } from './relay';
import { addReportCommand } from './report';
import { addStyleCommand } from './style';
import { addTraceCommand } from './trace';

/** The `baton` command: each subcommand registers itself from its own module in this folder. */
export const program = new Command('baton')
  .description(
    'Relay a feature through several AI models: style gate, merge check, attribution and ledger.',
  )
  .version(version)
  .showHelpAfterError();

addRelayCommands(program);
addLedgerCommand(program);
addBlameCommand(program);
addReportCommand(program);
addStyleCommand(program);
addCheckCommand(program);
addHookCommand(program);
addTraceCommand(program);
