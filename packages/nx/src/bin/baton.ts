#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports -- deferred, synchronous loads */
import { setFlagsFromString } from 'node:v8';
import { commitMsgHookFile, hookPassesPersonsCommit } from '../cli/authorship';

// A `baton` process is short, and a style check spends most of it in TypeScript's parser, cold in
// every process. V8 optimizes a function once it has run through a budget of bytecode. At Node 20's
// default (66 KB), a check of 600 files optimized 762 functions and threw 115 of those away again;
// at 200 KB, 468 and 73, and the check took 14% less time (bench/style.bench.ts). A budget the user
// set (`node --interrupt-budget=…`; Node refuses it in NODE_OPTIONS) is kept.
if (!process.execArgv.some((arg) => /^--interrupt[-_]budget\b/.test(arg))) {
  setFlagsFromString('--interrupt-budget=200000');
}

// Node 22.1+ keeps the code it compiles (TypeScript, the SDKs) for the next run; Node 20 has no cache.
(require('node:module') as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const renderError = (error: unknown) =>
  (require('../errors.js') as typeof import('../errors.js')).renderError(error);

// A person's commit passes the hooks untouched: decided before the command line and its commands load.
const args = process.argv.slice(2);
hookPassesPersonsCommit(args)
  .then(async (passes) => {
    if (passes) return;
    // A phase's commit-msg hook: the rule alone, without loading the command line and its parser.
    const messageFile = commitMsgHookFile(args);
    if (messageFile !== null) {
      const { commitMsgHook } = require('../cli/hook.js') as typeof import('../cli/hook.js');
      await commitMsgHook(messageFile);
      return;
    }
    const { batonProgram } = require('../cli/program.js') as typeof import('../cli/program.js');
    await batonProgram(process.argv).parseAsync(process.argv);
  })
  .catch((error: unknown) => {
    process.stderr.write(`${renderError(error)}\n`);
    process.exitCode = 1;
  })
  // Every step is awaited by now, but simple-git keeps a 50 ms timer alive after each git process
  // exits: leave as soon as the output is written, not when that timer lets the event loop drain.
  .finally(() => process.stdout.write('', () => process.stderr.write('', () => process.exit())));
