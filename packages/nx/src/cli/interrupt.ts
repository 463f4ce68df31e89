/**
 * Runs `work` with a signal that the first Ctrl-C aborts (the phase in flight is recorded and its
 * edits undone); a second Ctrl-C leaves at once, as a terminal user expects.
 */
export async function whileInterruptible<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onInterrupt = () => {
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write(
      '\nStopping the relay after undoing the phase in flight (Ctrl-C again to quit now)...\n',
    );
    controller.abort(new Error('Interrupted (Ctrl-C)'));
  };
  process.on('SIGINT', onInterrupt);
  try {
    return await work(controller.signal);
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}
