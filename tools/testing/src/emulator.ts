import { startEmulator, type Emulator, type EmulatorOptions } from '@baton/provider-emulator';
import { afterAll, beforeAll } from 'vitest';

/**
 * The loopback provider emulator for the tests of one file or `describe` block: started before
 * them and closed after them. The emulator exists only once `beforeAll` has run, so the tests reach
 * it through the returned stand-in, which forwards to it.
 */
export function emulatorForTests(options: EmulatorOptions = {}): Emulator {
  let running: Emulator | undefined;
  beforeAll(async () => {
    running = await startEmulator(options);
  });
  afterAll(() => running?.close());
  return new Proxy({} as Emulator, {
    get(_, key) {
      if (!running) throw new Error('the emulator is reached before its beforeAll has run');
      return Reflect.get(running, key);
    },
  });
}
