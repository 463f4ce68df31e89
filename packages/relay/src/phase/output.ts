// Where a phase run writes, apart from what it writes: the executor reaches it without the providers.
import { writeSync } from 'node:fs';

/** Where a phase run speaks: the dry run's payload, the progress line (terminals only), the outcome. */
export interface PhaseRunOutput {
  write(text: string): void;
  /** A progress line is drawn only on a terminal, and never in CI. */
  isTTY?: boolean;
}

/**
 * The process's own stdout, written synchronously to the end: a forked Nx executor exits as soon as
 * it returns, and a pending write to a pipe or file would be cut off (a 5.5 MB dry run stopped at
 * about 220 KB). A non-blocking pipe answers EAGAIN while full: wait a moment and write the rest.
 */
export function stdoutOutput(): PhaseRunOutput {
  return { write: (text) => writeFully(1, text), isTTY: process.stdout.isTTY };
}

function writeFully(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(fd, bytes, written);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 5);
    }
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * The run's output as the progress and waiting lines see it: a terminal only when the output is one
 * and the run's environment (not necessarily this process's) does not say CI.
 */
export function runOutput(out: PhaseRunOutput, env: NodeJS.ProcessEnv): PhaseRunOutput {
  return { write: (text) => out.write(text), isTTY: Boolean(out.isTTY) && !env['CI'] };
}
