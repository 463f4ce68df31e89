import type { PhaseRunOutput } from './terminal';

/** How often the waiting line is redrawn on a terminal, and written again off one. */
export interface WaitingPace {
  redrawMs?: number;
  plainEveryMs?: number;
}

/** What a run tells the waiting line: a try starts, the first text arrives, the call ends. */
export interface WaitingLine {
  attempt(info: { alias: string; timeoutMs: number }): void;
  answered(): void;
  stop(): void;
}

const seconds = (ms: number) => `${Math.floor(ms / 1000)}s`;

/**
 * Says which model Baton waits for until its first text arrives: a line redrawn in place with the
 * elapsed time on a terminal, a plain line every 30 s off one (CI logs, pipes), each naming the
 * time limit after which the try is given up.
 */
export function waitingLine(
  out: PhaseRunOutput,
  phase: string,
  { redrawMs = 1_000, plainEveryMs = 30_000 }: WaitingPace = {},
): WaitingLine {
  const terminal = Boolean(out.isTTY);
  let timer: NodeJS.Timeout | undefined;
  let drawn = false;
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
    if (drawn) out.write('\r\x1b[2K');
    drawn = false;
  };
  return {
    attempt({ alias, timeoutMs }) {
      stop();
      const started = Date.now();
      const limit = `time limit ${seconds(timeoutMs)}`;
      const draw = () => {
        const elapsed = seconds(Date.now() - started);
        if (terminal) {
          out.write(`\r\x1b[2Kwaiting for ${alias}… ${elapsed} (${limit})`);
          drawn = true;
        } else {
          out.write(`Baton ${phase}: waiting for ${alias}, ${elapsed} so far (${limit})\n`);
        }
      };
      if (terminal) draw();
      timer = setInterval(draw, terminal ? redrawMs : plainEveryMs);
      timer.unref();
    },
    answered() {
      if (timer) stop();
    },
    stop,
  };
}
