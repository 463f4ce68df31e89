import { statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { traceLines, traceNotesRef, TraceOutputError } from '@baton/relay';
import { Command } from 'commander';

/** `baton trace export`: the Agent Trace records of the model-written commits, as JSON lines. */
export function addTraceCommand(program: Command): void {
  const trace = program
    .command('trace')
    .description(
      `Agent Trace records (github.com/cursor/agent-trace): one per model-written commit, kept in git notes (${traceNotesRef}).`,
    );
  trace
    .command('export')
    .description('Writes every Agent Trace record as one JSON line each, oldest first.')
    .option('--out <file>', 'write to FILE instead of standard output')
    .action(async (options: { out?: string }) => {
      if (options.out) checkWritable(options.out);
      const lines = await traceLines(process.cwd());
      if (options.out) writeFileSync(resolve(options.out), lines);
      else process.stdout.write(lines);
    });
}

function checkWritable(out: string): void {
  if (statSync(resolve(out), { throwIfNoEntry: false })?.isDirectory()) {
    throw new TraceOutputError(out, 'folder');
  }
  if (!statSync(dirname(resolve(out)), { throwIfNoEntry: false })?.isDirectory()) {
    throw new TraceOutputError(out, 'no-folder');
  }
}
