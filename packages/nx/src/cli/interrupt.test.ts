import { afterEach, describe, expect, it, vi } from 'vitest';
import { whileInterruptible } from './interrupt';

describe('whileInterruptible', () => {
  afterEach(() => vi.restoreAllMocks());

  const stopped = (signals: NodeJS.Signals[]) => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    const work = whileInterruptible(
      (signal) =>
        new Promise<never>((_, reject) =>
          signal.addEventListener('abort', () => reject(signal.reason as Error)),
        ),
    );
    for (const name of signals) process.emit(name, name);
    return { work, exit };
  };

  it('stops the work on Nx’s SIGTERM after the terminal’s SIGINT, as one request', async () => {
    const { work, exit } = stopped(['SIGINT', 'SIGTERM']);
    await expect(work).rejects.toThrow('Interrupted (Ctrl-C)');
    expect(exit).not.toHaveBeenCalled();
  });

  it('stops the work on SIGTERM alone, as Nx stops a task with a terminal of its own', async () => {
    const { work, exit } = stopped(['SIGTERM']);
    await expect(work).rejects.toThrow('Stopped (SIGTERM)');
    expect(exit).not.toHaveBeenCalled();
  });

  it('quits at once on a second Ctrl-C', async () => {
    const { work, exit } = stopped(['SIGINT', 'SIGINT']);
    await expect(work).rejects.toThrow('Interrupted (Ctrl-C)');
    expect(exit).toHaveBeenCalledWith(130);
  });

  it('leaves no listener behind', async () => {
    const before = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
    await whileInterruptible(() => Promise.resolve('done'));
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(before);
  });
});
