#!/usr/bin/env node
// baton-provider-emulator [--port N] [--script file.json] [--log file.jsonl]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseScript } from './script';
import { startEmulator } from './server';

const USAGE = 'Usage: baton-provider-emulator [--port N] [--script file.json] [--log file.jsonl]';

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      script: { type: 'string' },
      log: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return console.log(USAGE);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(
      `--port must be a port number (0 for a free one), not "${values.port}". ${USAGE}`,
    );
  }
  const script = values.script
    ? parseScript(JSON.parse(readFileSync(values.script, 'utf8')), values.script)
    : undefined;
  const emulator = await startEmulator({ port, script, logFile: values.log });

  console.log(
    `Baton provider emulator (a loopback test double, not a real model) on ${emulator.url}`,
  );
  console.log('Point Baton at it with:');
  for (const [name, value] of Object.entries(emulator.env)) console.log(`export ${name}=${value}`);
  if (values.log) console.log(`Requests are logged to ${values.log}`);

  const stop = () => void emulator.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
