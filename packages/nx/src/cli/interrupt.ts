/**
 * Runs `work` with a signal that the first Ctrl-C aborts (the phase in flight is recorded and its
 * edits undone); a second Ctrl-C leaves at once, as a terminal user expects. SIGTERM stops it the
 * same way: Nx sends it to a task it stops on Ctrl-C, alone when the task has its own terminal.
 */
export async function whileInterruptible<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      // Nx's SIGTERM after the terminal's SIGINT is the same request, not a second Ctrl-C.
      if (signal === 'SIGINT') process.exit(130);
      return;
    }
    process.stderr.write(
      '\nStopping the relay after undoing the phase in flight (Ctrl-C again to quit now)...\n',
    );
    controller.abort(new Error(signal === 'SIGINT' ? 'Interrupted (Ctrl-C)' : 'Stopped (SIGTERM)'));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await work(controller.signal);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
