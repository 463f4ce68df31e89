import { Command } from 'commander';
import { version } from '../../package.json';

/**
 * Each subcommand registers itself from its own module in this folder, loaded only when that
 * command runs (or for help): a git hook's `baton` process loads one command's imports, no more.
 */
const commands: Record<string, () => Promise<(program: Command) => void>> = {
  ledger: async () => (await import('./ledger.js')).addLedgerCommand,
  blame: async () => (await import('./blame.js')).addBlameCommand,
  report: async () => (await import('./report.js')).addReportCommand,
  style: async () => (await import('./style.js')).addStyleCommand,
  check: async () => (await import('./check.js')).addCheckCommand,
  hook: async () => (await import('./hook.js')).addHookCommand,
  relay: async () => (await import('./relay.js')).addRelayCommands,
  status: async () => (await import('./relay.js')).addRelayCommands,
  trace: async () => (await import('./trace.js')).addTraceCommand,
};

/** The `baton` command for `argv`: with its one named subcommand, or all of them for help and typos. */
export async function batonProgram(argv: string[]): Promise<Command> {
  const program = new Command('baton')
    .description(
      'Relay a feature through several AI models: style gate, merge check, attribution and ledger.',
    )
    .version(version)
    .showHelpAfterError();
  const named = argv[2];
  const wanted = named && Object.hasOwn(commands, named) ? [named] : Object.keys(commands);
  // relay and status share one module: register it once when help asks for every command.
  const adders = new Set(await Promise.all(wanted.map((name) => commands[name]!())));
  for (const add of adders) add(program);
  return program;
}
