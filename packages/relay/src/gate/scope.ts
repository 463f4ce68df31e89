import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import {
  handoffsDir,
  parseHandoff,
  resolveReference,
  workspaceFilesOnDisk,
  type WorkspaceFiles,
} from '../feature';
import type { FileChange } from '../git';
import type { CollaborationMap } from '../map';
import type { PhaseTrailers } from '../provenance';
import type { CheckOutcome, CheckProblem } from './tools';

/** A model-written commit and what it changed: workspace-relative paths with their added lines. */
export interface PhaseCommitChange {
  hash: string;
  trailers: PhaseTrailers;
  files: FileChange[];
}

export interface ScopeLimits {
  /** Files inside the feature's project that its handoff does not reference, allowed per handoff. */
  maxUnreferencedFiles: number;
}

/** A phase writes its feature: a model that strays into many unrelated files is scope creep (the seed's word). */
export const defaultScopeLimits: ScopeLimits = { maxUnreferencedFiles: 15 };

const isInside = (path: string, folder: string) => folder === '.' || path.startsWith(`${folder}/`);
const short = (hash: string) => hash.slice(0, 7);

/** The project a handoff belongs to: the folder above its `handoffs/`, or null when the path is no handoff's. */
function projectOfHandoff(handoff: string): string | null {
  const parts = handoff.split('/');
  const at = parts.lastIndexOf(handoffsDir);
  if (at < 0 || at !== parts.length - 2 || !handoff.endsWith('.md')) return null;
  return at === 0 ? '.' : parts.slice(0, at).join('/');
}

/**
 * Scope: a phase's commits stay inside the feature's project or the files its handoff references;
 * they touch at most `maxUnreferencedFiles` project files the handoff does not reference; and a
 * phase adds no more lines than its `budget.maxAddedLines`.
 */
export function checkScope(
  workspaceRoot: string,
  commits: readonly PhaseCommitChange[],
  map: CollaborationMap | null,
  limits: ScopeLimits = defaultScopeLimits,
): CheckOutcome {
  const files = workspaceFilesOnDisk(workspaceRoot);
  const byHandoff = new Map<string, PhaseCommitChange[]>();
  for (const commit of commits) {
    byHandoff.set(commit.trailers.handoff, [
      ...(byHandoff.get(commit.trailers.handoff) ?? []),
      commit,
    ]);
  }
  const problems: CheckProblem[] = [
    ...[...byHandoff].flatMap(([handoff, group]) =>
      handoffScopeProblems({ workspaceRoot, files, limits }, handoff, group),
    ),
    ...addedLineProblems(commits, map),
  ];
  const phases = [...new Set(commits.map((commit) => commit.trailers.phase))];
  return {
    name: 'scope',
    status: problems.length ? 'failed' : 'passed',
    summary: problems.length
      ? `${problems.length} scope ${problems.length === 1 ? 'problem' : 'problems'}`
      : `${phases.join(', ')} stayed inside ${phases.length === 1 ? 'its' : 'their'} feature and budget`,
    problems,
  };
}

interface ScopeSetting {
  workspaceRoot: string;
  files: WorkspaceFiles;
  limits: ScopeLimits;
}

/** What the commits made from one handoff wrote outside its project and references. */
function handoffScopeProblems(
  { workspaceRoot, files, limits }: ScopeSetting,
  handoff: string,
  group: readonly PhaseCommitChange[],
): CheckProblem[] {
  const hashes = group.map((commit) => short(commit.hash)).join(', ');
  const phase = group[0]!.trailers.phase;
  const project = projectOfHandoff(handoff);
  if (project === null) {
    return [
      {
        message: `commit ${hashes} (${phase}) names the handoff "${handoff}", which is not a handoff of a feature project (<project>/handoffs/NNN-<from>-to-<to>.md)`,
      },
    ];
  }
  let referenced: Set<string>;
  try {
    const doc = parseHandoff(
      readFileSync(join(workspaceRoot, handoff), 'utf8'),
      posix.basename(handoff),
    );
    referenced = new Set(doc.files.map((file) => resolveReference(project, file.path, files)));
  } catch (error) {
    return [
      {
        file: handoff,
        message: `commit ${hashes} (${phase}) worked from this handoff, which cannot be read: ${(error as Error).message.split('\n')[0]}`,
      },
    ];
  }
  const problems: CheckProblem[] = [];
  const touched = new Set(group.flatMap((commit) => commit.files.map((file) => file.path)));
  const records = posix.join(project === '.' ? '' : project, handoffsDir);
  const unreferenced: string[] = [];
  for (const path of [...touched].sort()) {
    if (referenced.has(path) || isInside(path, records)) continue;
    if (isInside(path, project)) {
      unreferenced.push(path);
    } else {
      problems.push({
        file: path,
        message: `written by ${phase} (${hashes}), outside the feature's project ${project} and not among its handoff's references`,
      });
    }
  }
  if (unreferenced.length > limits.maxUnreferencedFiles) {
    problems.push({
      message: `${phase} (${hashes}) touched ${unreferenced.length} files of ${project} that its handoff ${handoff} does not reference, more than the limit of ${limits.maxUnreferencedFiles}: ${unreferenced.slice(0, 10).join(', ')}${unreferenced.length > 10 ? ', ...' : ''}`,
    });
  }
  return problems;
}

/** Phases whose commits added more lines than their `budget.maxAddedLines`. */
function addedLineProblems(
  commits: readonly PhaseCommitChange[],
  map: CollaborationMap | null,
): CheckProblem[] {
  const addedByPhase = new Map<string, { added: number; hashes: string[] }>();
  for (const commit of commits) {
    const entry = addedByPhase.get(commit.trailers.phase) ?? { added: 0, hashes: [] };
    entry.added += commit.files.reduce((sum, file) => sum + file.added, 0);
    entry.hashes.push(short(commit.hash));
    addedByPhase.set(commit.trailers.phase, entry);
  }
  return [...addedByPhase].flatMap(([phase, { added, hashes }]) => {
    const budget = map?.phases[phase]?.budget?.maxAddedLines;
    return budget !== undefined && added > budget
      ? [
          {
            message: `${phase} added ${added} lines (${hashes.join(', ')}), over its budget of ${budget} (phases.${phase}.budget.maxAddedLines in nx.json)`,
          },
        ]
      : [];
  });
}
