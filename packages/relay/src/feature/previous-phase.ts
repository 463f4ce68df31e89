import { posix } from 'node:path';
import { startPhase } from '../map';
import type { HandoffGitFacts } from './git-facts';
import { featurePaths, type HandoffEntry } from './handoff';
import { reportFileName } from './paths';
import type { WorkspaceFiles } from './references';

/**
 * Who did `phase` since the handoff to it: its model when a successful ledger line for that
 * handoff, its report or a commit with its trailer says so; a person when only their commits changed
 * the project; null when nobody did, and a handoff would skip the phase.
 */
export function whoDidPhase(
  phase: string,
  handoff: HandoffEntry | null,
  projectRoot: string,
  files: WorkspaceFiles,
  git: HandoffGitFacts,
): 'model' | 'human' | null {
  const paths = featurePaths(projectRoot);
  if (git.commits.some((commit) => commit.phase === phase)) return 'model';
  if (handoff !== null) {
    const report = posix.join(paths.reports, reportFileName(handoff.number, phase));
    if (files.isFile(report) || ledgerHasRun(files, paths, phase, paths.handoff(handoff.name))) {
      return 'model';
    }
  }
  const inProject = projectRoot === '.' || projectRoot === '' ? '' : `${projectRoot}/`;
  const byPerson = git.commits.some(
    (commit) =>
      commit.phase === null &&
      commit.files.some((file) => file.startsWith(inProject) && !isInHandoffs(projectRoot, file)),
  );
  return byPerson ? 'human' : null;
}

function ledgerHasRun(
  files: WorkspaceFiles,
  paths: ReturnType<typeof featurePaths>,
  phase: string,
  handoffPath: string,
): boolean {
  return (files.read(posix.join(paths.handoffs, 'ledger.jsonl')) ?? '').split('\n').some((line) => {
    try {
      const entry = JSON.parse(line) as Record<string, unknown>;
      return entry.phase === phase && entry.outcome === 'success' && entry.handoff === handoffPath;
    } catch {
      // Not a ledger line: `baton ledger` names the broken line; here it is no evidence.
      return false;
    }
  });
}

/**
 * "architecture: Design the dashboard; Add the schema": the subjects of the commits since the
 * previous handoff, by that phase or by a human, leaving out those that only commit handoffs.
 */
export function defaultCompleted(from: string, projectRoot: string, git: HandoffGitFacts): string {
  if (from === startPhase) return "The feature's goal (handoffs/FEATURE.md)";
  const subjects = [
    ...new Set(
      git.commits
        .filter((commit) => commit.phase === null || commit.phase === from)
        .filter((commit) => !commit.files.every((file) => isInHandoffs(projectRoot, file)))
        .map((commit) => commit.subject.trim()),
    ),
  ].filter(Boolean);
  return subjects.length === 0 ? from : `${from}: ${subjects.join('; ')}`;
}

/** Commits of only handoffs, reports and the ledger carry the relay, not the phase's work. */
function isInHandoffs(projectRoot: string, workspacePath: string): boolean {
  return workspacePath.startsWith(`${featurePaths(projectRoot).handoffs}/`);
}
