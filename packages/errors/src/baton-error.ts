import { plainCommands, type Commands } from './commands';

/** How a fix is worded: text, or text that names commands as the host spells them. */
export type Fix = string | ((commands: Commands) => string);

/**
 * Every error a user can meet in Baton: a stable code, what is wrong, and the command that fixes
 * it. Each package derives its own errors from this one base; `renderError` prints them.
 */
export class BatonError extends Error {
  // Private: subclasses name their own data `problem`, `fix` and the like.
  readonly #wrong: string;
  readonly #fix: Fix;

  /**
   * @param code Stable identity (UPPER_SNAKE_CASE), for tests and for tools that branch on the kind of failure.
   * @param wrong What is wrong, in one or more sentences.
   * @param fix What fixes it, usually a command.
   */
  constructor(
    readonly code: string,
    wrong: string,
    fix: Fix,
    options?: ErrorOptions,
  ) {
    super(joined(wrong, fix, plainCommands), options);
    this.name = new.target.name;
    this.#wrong = wrong;
    this.#fix = fix;
  }

  /** The message with its commands spelled as `commands` spells them. */
  describe(commands: Commands = plainCommands): string {
    return joined(this.#wrong, this.#fix, commands);
  }
}

function joined(wrong: string, fix: Fix, commands: Commands): string {
  const text = typeof fix === 'string' ? fix : fix(commands);
  return text ? `${wrong} ${text}` : wrong;
}
