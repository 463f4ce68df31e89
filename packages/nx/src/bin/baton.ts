#!/usr/bin/env node
import { renderError } from '../errors';
import { batonProgram } from '../cli/program';

batonProgram(process.argv)
  .then((program) => program.parseAsync(process.argv))
  .catch((error: unknown) => {
    process.stderr.write(`${renderError(error)}\n`);
    process.exitCode = 1;
  });
