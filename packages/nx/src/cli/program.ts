import { Command } from 'commander';
import { version } from '../../package.json';

/* eslint-disable @typescript-eslint/no-require-imports -- deferred, synchronous loads */
/**
 * Each subcommand registers itself from its own module in this folder, loaded only when that
 * command runs (or for help): a git hook's `baton` process loads one command's imports, no more.
 * `require`, not `import()`: Node's ES module loader would start for CommonJS files alone.
 */
const commands: Record<string, () => (program: Command) => void> = {
  ledger: () => (require('./ledger.js') as typeof import('./ledger.js')).addLedgerCommand,
  blame: () => (require('./blame.js') as typeof import('./blame.js')).addBlameCommand,
  report: () => (require('./report.js') as typeof import('./report.js')).addReportCommand,
  style: () => (require('./style.js') as typeof import('./style.js')).addStyleCommand,
  check: () => (require('./check.js') as typeof import('./check.js')).addCheckCommand,
  hook: () => (require('./hook.js') as typeof import('./hook.js')).addHookCommand,
  relay: () => (require('./relay.js') as typeof import('./relay.js')).addRelayCommands,
  status: () => (require('./relay.js') as typeof import('./relay.js')).addRelayCommands,
  trace: () => (require('./trace.js') as typeof import('./trace.js')).addTraceCommand,
};
/* eslint-enable @typescript-eslint/no-require-imports */

/** The `baton` command for `argv`: with its one named subcommand, or all of them for help and typos. */
export function batonProgram(argv: string[]): Command {
  const program = new Command('baton')
    .description(
      'Relay a feature through several AI models: style gate, merge check, attribution and ledger.',
    )
    .version(version)
    .showHelpAfterError();
  const named = argv[2];
  const wanted = named && Object.hasOwn(commands, named) ? [named] : Object.keys(commands);
  // relay and status share one module: register it once when help asks for every command.
  const adders = new Set(wanted.map((name) => commands[name]!()));
  for (const add of adders) add(program);
  return program;
}
