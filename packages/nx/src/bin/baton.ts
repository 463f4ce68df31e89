#!/usr/bin/env node
import { renderError } from '../errors';
import { program } from '../cli/program';

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`${renderError(error)}\n`);
  process.exitCode = 1;
});
