import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  changedLines,
  checkStyle,
  findingsOnChangedLines,
  isSourceFile,
  readSources,
} from '@baton/style';
import { CheckRevisionError } from '../errors';
import { commitChanges, revisionExists } from '../git';
import type { CollaborationMap } from '../map';
import { phaseCommits } from '../provenance';
import { checkScope, defaultScopeLimits, type PhaseCommitChange, type ScopeLimits } from './scope';
import { workspaceStyle } from './style';
import { checkFormatting, checkLint, type CheckOutcome } from './tools';

export interface MergeCheckOptions {
  workspaceRoot: string;
  /** The branch or commit the model-written commits are counted from (`main`, `origin/main`, `HEAD`). */
  base: string;
  /**
   * The newest commit to check. Default: the commit being merged during a merge, else HEAD.
   * `MERGE_HEAD` also names the commit being merged inside the pre-merge-commit hook, where git has
   * not written MERGE_HEAD yet.
   */
  head?: string;
  limits?: Partial<ScopeLimits>;
  /** The workspace's collaboration map, as the host read it; null where Baton is not set up. */
  map: CollaborationMap | null;
  /** The environment git runs the hook in (GIT_REFLOG_ACTION names what `git merge` merges). */
  env?: NodeJS.ProcessEnv;
}

/** What `baton check` found: the commits it read and each check's outcome. */
export interface MergeCheckReport {
  base: string;
  head: string;
  commits: PhaseCommitChange[];
  /** Workspace-relative files the model-written commits touched that still exist. */
  files: string[];
  checks: CheckOutcome[];
  passed: boolean;
}

/**
 * The commit a merge in progress brings in: MERGE_HEAD once git has written it; inside the
 * pre-merge-commit hook, where it has not yet, what `git merge` put in GIT_REFLOG_ACTION
 * (`merge <branch>`). Null when no merge is in progress.
 */
async function mergingRevision(root: string, env: NodeJS.ProcessEnv): Promise<string | null> {
  if (await revisionExists(root, 'MERGE_HEAD')) return 'MERGE_HEAD';
  const action = /^merge (.+)$/.exec(env['GIT_REFLOG_ACTION'] ?? '');
  for (const name of action?.[1]?.split(/\s+/) ?? []) {
    if (!name.startsWith('-') && (await revisionExists(root, name))) return name;
  }
  return null;
}

/**
 * The gate before merge, over the model-written commits (`AI-Phase` trailers) in `base..head`:
 * formatting (the workspace's prettier), lint (its eslint), style (its profile, on the lines the
 * change wrote) and scope. Files are read from the working tree, which during a merge holds the result.
 */
export async function runMergeCheck(options: MergeCheckOptions): Promise<MergeCheckReport> {
  const root = options.workspaceRoot;
  if (!(await revisionExists(root, options.base)))
    throw new CheckRevisionError('base', options.base);
  const merging = await mergingRevision(root, options.env ?? process.env);
  const head =
    options.head === undefined || options.head === 'MERGE_HEAD'
      ? (merging ?? options.head ?? 'HEAD')
      : options.head;
  if (!(await revisionExists(root, head))) throw new CheckRevisionError('head', head);

  const trailers = await phaseCommits(root, `${options.base}..${head}`);
  const commits: PhaseCommitChange[] = [];
  for (const [hash, commitTrailers] of [...trailers].reverse()) {
    commits.push({ hash, trailers: commitTrailers, files: await commitChanges(root, hash) });
  }
  const files = [...new Set(commits.flatMap((commit) => commit.files.map((file) => file.path)))]
    .filter((path) => existsSync(join(root, path)))
    .sort();
  const report = { base: options.base, head, commits, files, checks: [] as CheckOutcome[] };
  if (commits.length === 0) return { ...report, passed: true };

  const { map } = options;
  const [formatting, lint, style] = await Promise.all([
    checkFormatting(root, files),
    checkLint(root, files),
    checkChangedStyle(root, options.base, files),
  ]);
  const scope = checkScope(root, commits, map, { ...defaultScopeLimits, ...options.limits });
  const checks = [formatting, lint, style, scope];
  return { ...report, checks, passed: checks.every((check) => check.status !== 'failed') };
}

async function checkChangedStyle(
  root: string,
  base: string,
  files: readonly string[],
): Promise<CheckOutcome> {
  const sources = files.filter(isSourceFile);
  // The files under check are not the codebase's own style yet: a profile learned now leaves them out.
  const { profile, source } = await workspaceStyle(root, { exclude: sources });
  const findings = findingsOnChangedLines(
    checkStyle(profile, readSources(root, sources)),
    changedLines(root, sources, { base }),
  );
  const from =
    source === 'file'
      ? '.baton/style-profile.json'
      : 'a profile learned now from the human-written code';
  return {
    name: 'style',
    status: findings.length ? 'failed' : 'passed',
    summary: findings.length
      ? `${findings.length} ${findings.length === 1 ? 'departure' : 'departures'} from the workspace's conventions (${from})`
      : `${sources.length} source ${sources.length === 1 ? 'file' : 'files'} follow the workspace's conventions (${from})`,
    problems: findings.map((finding) => ({
      file: finding.file,
      line: finding.line,
      column: finding.column,
      rule: finding.convention,
      message: `${finding.message}; fix: ${finding.fix}`,
    })),
  };
}
