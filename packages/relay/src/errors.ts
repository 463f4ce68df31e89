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

/** A line of a feature's `handoffs/ledger.jsonl` that is not a ledger entry. */
export class LedgerCorruptError extends RelayError {
  constructor(file: string, line: number, reason: string) {
    super(
      'LEDGER_CORRUPT',
      `${file}:${line} is not a ledger entry (${reason}). The ledger is append-only and written by phase runs; ` +
        `restore it with \`git restore ${file}\` if it is committed, or delete that line by hand, then run the command again.`,
    );
  }
}
