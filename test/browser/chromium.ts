import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// playwright-core drives the system's Chromium; it downloads no browser of its own.
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium: installed by `npm test` (tools/scripts/setup-tests.mjs), never downloaded by Playwright. */
export const chromiumPath = '/usr/bin/chromium';

// Headless, and nothing that would reach the network on its own.
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Starts Debian's Chromium with a fresh profile; fails (never skips) when it is not installed. */
export async function launchChromium(): Promise<Chromium> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is not installed at ${chromiumPath}, and the report tests render the page in it. ` +
        'Install it with `apt-get update && apt-get install -y chromium` (as `npm test` does when run as root), then run the tests again.',
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'baton-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
