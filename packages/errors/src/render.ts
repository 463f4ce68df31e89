import { BatonError } from './baton-error';
import { plainCommands, type Commands } from './commands';

/** The environment variable that adds the stack to an unexpected error's message. */
export const debugVariable = 'BATON_DEBUG';

export interface RenderOptions {
  /** How the host spells commands; words without commands when left out. */
  commands?: Commands;
  /** Where {@link debugVariable} is read; process.env when left out. */
  env?: NodeJS.ProcessEnv;
}

/**
 * What a command prints when it fails: a {@link BatonError}'s message, or for anything else one
 * paragraph that says so and how to see more. A stack only when BATON_DEBUG is set.
 */
export function renderError(error: unknown, options: RenderOptions = {}): string {
  const env = options.env ?? process.env;
  const debug = Boolean(env[debugVariable]) && env[debugVariable] !== '0';
  const stack = debug && error instanceof Error && error.stack ? `\n${error.stack}` : '';
  if (error instanceof BatonError)
    return `${error.describe(options.commands ?? plainCommands)}${stack}`;
  const what = error instanceof Error ? error.message || error.name : String(error);
  return (
    `Baton stopped on an error it did not expect: ${oneLine(what)}. ` +
    (debug
      ? 'Where it happened follows; please report it with this output.'
      : `Run the command again with ${debugVariable}=1 to see where it happened, and report it with that output.`) +
    stack
  );
}

function oneLine(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/\.$/, '');
}
