import type { StyleFinding, StyleProfile } from '@baton/style';
import { Command, Option } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { mayBeModelWritten, phaseIsCommitting } from './authorship';
import { checkedNumber, wholeNumber, workspacePaths, workspaceRootOf } from './style-workspace';

interface CheckOptions {
  staged?: boolean;
  base?: string;
  ifModelWritten?: boolean;
  format: 'text' | 'json';
}

// The libraries load inside the actions: `baton --help` and a human commit's hook stay quick.
/* eslint-disable @typescript-eslint/no-require-imports -- deferred, synchronous loads */
const relay = () => require('@baton/relay/hooks') as typeof import('@baton/relay/hooks');
const style = () => require('@baton/style') as typeof import('@baton/style');
const collaborationMap = () =>
  require('../collaboration-map.js') as typeof import('../collaboration-map.js');
/* eslint-enable @typescript-eslint/no-require-imports */

/** The workspace's profile: read from disk without loading @baton/relay, which learns one when there is none. */
async function styleOf(root: string, exclude: readonly string[]) {
  const profile = style().readStyleProfile(root);
  if (profile) return { profile, source: 'file' as const };
  return relay().workspaceStyle(root, { exclude });
}

function enforcedLines(profile: StyleProfile): string[] {
  return Object.entries(profile.conventions)
    .filter(([, stats]) => stats.enforced !== null)
    .map(
      ([id, stats]) =>
        `  ${id.padEnd(22)} ${stats.enforced!.padEnd(12)} ${Math.floor((stats.shares[stats.enforced!] ?? 0) * 100)}% of ${stats.total}`,
    );
}

async function learn(options: {
  threshold?: number;
  minSamples?: number;
  alpha?: number;
}): Promise<void> {
  const root = workspaceRootOf();
  const { learnWorkspaceStyle } = relay();
  const { writeStyleProfile, styleProfilePath } = style();
  const { profile, modelWritten } = await learnWorkspaceStyle(root, options);
  writeStyleProfile(root, profile);
  const enforced = enforcedLines(profile);
  process.stdout.write(
    [
      `Wrote ${styleProfilePath}: learned from ${counted(profile.files, 'human-written file')}` +
        (modelWritten ? ` (${modelWritten} written last by a phase left out)` : '') +
        `; each file is judged on the ${counted(enforced.length, 'convention')} held by at least ${Math.round(profile.threshold * 100)}% of the code, flagged when a file in the codebase's style would depart as much less than ${profile.alpha * 100}% of the time:`,
      ...(enforced.length
        ? enforced
        : ['  (none yet: the code follows no convention strongly enough)']),
      '',
    ].join('\n'),
  );
}

/** `1 convention`, `2 conventions`. */
function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

async function check(files: string[], options: CheckOptions): Promise<void> {
  const root = workspaceRootOf();
  if (options.ifModelWritten && !(await mayBeModelWritten(root))) return;
  // A person's commit is not held to the style gate: only code a model wrote is. A phase's commit
  // says so itself; a commit on a phase branch is known by the map.
  if (options.ifModelWritten && !phaseIsCommitting()) {
    const { isModelWrittenCommit } = relay();
    const { readWorkspaceMapOrNull } = collaborationMap();
    if (!(await isModelWrittenCommit(root, await readWorkspaceMapOrNull(root)))) return;
  }
  const {
    changedLines,
    changedSourceFiles,
    checkStyleConcurrently,
    findingsOnChangedLines,
    formatFindings,
    isSourceFile,
    readSources,
    readStagedSources,
    stagedSourceFiles,
    trackedSourceFiles,
  } = style();
  const named = workspacePaths(root, files);
  const given = named.filter(isSourceFile);
  // Only a plain check reads the files named: with --staged or --base a named file may be deleted.
  if (!options.staged && !options.base && named.length) {
    const unfit =
      named.find((path) => !existsSync(join(root, path))) ?? (given.length ? null : named[0]!);
    if (unfit !== null) throw style().styleErrors.notASourceFile(unfit, 'check');
  }
  const narrow = (paths: string[]) =>
    files.length ? paths.filter((path) => given.includes(path)) : paths;

  let paths: string[];
  let findingsOf: (profile: StyleProfile) => Promise<StyleFinding[]>;
  if (options.staged) {
    paths = narrow(stagedSourceFiles(root));
    findingsOf = async (profile) =>
      findingsOnChangedLines(
        await checkStyleConcurrently(profile, readStagedSources(root, paths)),
        changedLines(root, paths, { cached: true }),
      );
  } else if (options.base) {
    const base = options.base;
    paths = narrow(changedSourceFiles(root, base));
    findingsOf = async (profile) =>
      findingsOnChangedLines(
        await checkStyleConcurrently(profile, readSources(root, paths)),
        changedLines(root, paths, { base }),
      );
  } else {
    paths = files.length ? given : trackedSourceFiles(root);
    findingsOf = (profile) => checkStyleConcurrently(profile, readSources(root, paths));
  }
  // Code under check is not held against itself, unless the whole workspace is checked.
  const checksAll = !options.staged && !options.base && files.length === 0;
  const { profile, source } = await styleOf(root, checksAll ? [] : paths);
  const findings = await findingsOf(profile);
  if (options.format === 'json') {
    process.stdout.write(
      `${JSON.stringify({ checked: paths.length, profile: { source, files: profile.files, threshold: profile.threshold }, findings }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(formatFindings(findings, paths.length, profile));
  }
  if (findings.length) process.exitCode = 1;
}

async function explain(file: string): Promise<void> {
  const root = workspaceRootOf();
  const { compareFile, formatComparison, readSources, isSourceFile, styleErrors } = style();
  const [path] = workspacePaths(root, [file]);
  const [source] = isSourceFile(path) ? readSources(root, [path]) : [];
  if (!source) throw styleErrors.notASourceFile(path);
  const { profile } = await styleOf(root, [path]);
  process.stdout.write(formatComparison(path, compareFile(profile, source), profile));
}

/** `baton style learn`, `check` and `explain`: the workspace's conventions, learned and enforced. */
export function addStyleCommand(program: Command): void {
  const command = program
    .command('style')
    .description(
      "Learn the conventions the workspace's human-written code holds to, and flag code that departs from them.",
    );

  command
    .command('learn')
    .description(
      'Learn the conventions of the human-written TypeScript/JavaScript (files whose last commit has no AI-Phase trailer) into .baton/style-profile.json.',
    )
    .option(
      '--threshold <share>',
      "share of the code (0.5 to 1) one variant needs to be the codebase's convention",
      checkedNumber((value) => style().validateThreshold(value)),
      0.6,
    )
    .option(
      '--alpha <rate>',
      "false-alarm rate (above 0, at most 0.5): the chance that a file written in the codebase's style is flagged",
      checkedNumber((value) => style().validateAlpha(value)),
      0.02,
    )
    .option(
      '--min-samples <count>',
      'occurrences a convention needs before files are judged by it',
      wholeNumber,
      10,
    )
    .action(learn);

  command
    .command('check')
    .description(
      'Flag code that departs from the conventions in .baton/style-profile.json (learned in memory when there is none). Exits 1 when it finds any.',
    )
    .argument('[files...]', 'files to check (default: every tracked source file)')
    .option('--staged', 'check the staged version of staged files, on the lines the commit changes')
    .option('--base <ref>', 'check the files changed since REF, on the lines changed since REF')
    .option(
      '--if-model-written',
      'check only when a model writes the commit (a phase commits, or on a phase branch); exit 0 otherwise',
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'),
    )
    .addHelpText(
      'after',
      '\nThe pre-commit hook (lint-staged) runs: baton style check --staged --if-model-written <staged files>',
    )
    .action(check);

  command
    .command('explain')
    .description(
      "Compare one file with the codebase on every convention: the codebase's counts and shares, the file's, how unlikely the file's share is (p-value) and the verdict.",
    )
    .argument('<file>', 'the file to compare')
    .action(explain);
}
