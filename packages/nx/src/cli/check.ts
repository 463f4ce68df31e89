import { Command, Option } from 'commander';
import { readWorkspaceMapOrNull } from '../collaboration-map';
import { defaultBase, wholeNumber, workspaceRootOf } from './style-workspace';

interface CheckOptions {
  base?: string;
  head?: string;
  maxUnreferencedFiles?: number;
  format: 'text' | 'json';
}

/** `baton check`: the gate before merge over the model-written commits since a base. */
export function addCheckCommand(program: Command): void {
  program
    .command('check')
    .description(
      'The gate before merge, over the model-written commits (AI-Phase trailers) since --base: prettier, eslint, style consistency and scope. Exits 1 when a check fails; usable in CI as it is.',
    )
    .option(
      '--base <ref>',
      "branch or commit to compare with (default: nx.json's defaultBase, else the repository's default branch)",
    )
    .option(
      '--head <ref>',
      'newest commit to check (default: MERGE_HEAD during a merge, else HEAD)',
    )
    .option(
      '--max-unreferenced-files <count>',
      "files of the feature's project a phase may touch without its handoff referencing them",
      wholeNumber,
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'),
    )
    .addHelpText(
      'after',
      '\nThe pre-merge-commit hook runs: baton check --base HEAD --head MERGE_HEAD\nIn CI: baton check --base origin/main',
    )
    .action(async (options: CheckOptions) => {
      const root = workspaceRootOf();
      const { formatMergeCheck, runMergeCheck } = await import('@baton/relay');
      const report = await runMergeCheck({
        workspaceRoot: root,
        map: await readWorkspaceMapOrNull(root),
        base: options.base ?? (await defaultBase(root)),
        head: options.head,
        limits:
          options.maxUnreferencedFiles === undefined
            ? {}
            : { maxUnreferencedFiles: options.maxUnreferencedFiles },
      });
      process.stdout.write(
        options.format === 'json'
          ? `${JSON.stringify(report, null, 2)}\n`
          : formatMergeCheck(report),
      );
      if (!report.passed) process.exitCode = 1;
    });
}
