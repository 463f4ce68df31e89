/**
 * Every error a user can meet in the relay: what is wrong and the command that fixes it, in one
 * paragraph. Commands print `message` as it is and exit non-zero.
 */
export class RelayError extends Error {
  constructor(
    /** Stable identity, for tests and for tools that branch on the kind of failure. */
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
