import {
  startEmulator,
  type Emulator,
  type EmulatorOptions,
  type EmulatorScript,
} from '@baton/provider-emulator';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { standIn } from './stand-in';

/**
 * The loopback provider emulator for the tests of one file or `describe` block: started before
 * them and closed after them; with `eachTest`, its requests forgotten and that script set before
 * each test. The emulator exists only once `beforeAll` has run, so the tests reach it through the
 * returned stand-in, which forwards to it.
 */
export function emulatorForTests({
  eachTest,
  ...options
}: EmulatorOptions & { eachTest?: EmulatorScript } = {}): Emulator {
  let running: Emulator | undefined;
  beforeAll(async () => {
    running = await startEmulator(options);
  });
  afterAll(() => running?.close());
  if (eachTest) {
    beforeEach(() => {
      running!.requests.length = 0;
      running!.setScript(eachTest);
    });
  }
  return standIn(() => running, 'the emulator is reached before its beforeAll has run');
}
