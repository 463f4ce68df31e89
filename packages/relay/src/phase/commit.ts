import { posix } from 'node:path';
import { validateChanges } from '@baton/guard';
import type { CompletionResult } from '@baton/providers';
import {
  DirtyPhaseTreeError,
  EmptyEditsError,
  GitIdentityUnknownError,
  InvalidEditsError,
  PhaseCommitRejectedError,
  WrongPhaseBranchError,
  type PhaseRef,
} from '../errors';
import { featurePaths } from '../feature';
import {
  commit,
  currentBranch,
  headCommit,
  stage,
  stagedChanges,
  unstage,
  workTreeStatus,
} from '../git';
import type { PhaseEntry, TrailerStyle } from '../map';
import {
  conventionTrailerLines,
  ledgerFile,
  recordCommitTrace,
  trailerLines,
  type PhaseTrailers,
} from '../provenance';
import { checkAddedLines } from './budget';
import { phaseBranchName, phaseCommitEnvironment } from './identity';
import { applyEdits, parseEdits, type AppliedEdits, type FileEdit } from './edits';
import { hookFindings } from './hook-output';
import { workspaceFormatter } from './standards';

/** A `changes` phase commits on its own branch: the one `nx g phase-branch` made for it. */
export async function checkPhaseBranch(
  workspaceRoot: string,
  {
    feature,
    project,
    phase,
    aliases,
  }: { feature: string; project: string; phase: string; aliases: string[] },
): Promise<string> {
  const current = (await currentBranch(workspaceRoot)) ?? '(detached HEAD)';
  const allowed = aliases.map((alias) => phaseBranchName(feature, alias, phase));
  if (!allowed.includes(current))
    throw new WrongPhaseBranchError(current, allowed[0]!, project, phase);
  return current;
}

/**
 * A `changes` phase commits only the model's edits, so it starts from a clean tree: no staged or
 * unstaged change to a tracked file, no untracked file in the project (an edit could overwrite it).
 * Baton's own outputs never block: the ledger (append-only, written after every run) and reports
 * not yet committed (edits can never write in handoffs/). A new handoff does block: the commit's
 * AI-Handoff trailer must name a committed file.
 */
export async function checkCleanTree(
  workspaceRoot: string,
  { projectRoot, project, phase }: { projectRoot: string; project: string; phase: string },
): Promise<void> {
  const status = await workTreeStatus(workspaceRoot, { allUntracked: true });
  const paths = featurePaths(projectRoot);
  const ledger = posix.join(projectRoot, ledgerFile.replaceAll('\\', '/'));
  const inProject = (path: string) => projectRoot === '' || path.startsWith(`${projectRoot}/`);
  const dirty = status.files
    .filter((file) => file.path !== ledger)
    .filter((file) => file.index !== '?' || !file.path.startsWith(`${paths.reports}/`))
    .filter((file) => file.index !== '?' || inProject(file.path))
    .map((file) => file.path);
  if (dirty.length > 0) throw new DirtyPhaseTreeError(dirty, project, phase);
}

/** What a phase's commit is made of: the reply, and what its trailers and message name. */
export interface PhaseCommitInput {
  workspaceRoot: string;
  project: string;
  projectRoot: string;
  phase: string;
  entry: PhaseEntry;
  handoffPath: string;
  featureTitle: string;
  result: CompletionResult;
  /** What to run after fixing what the hooks report: by default, the phase again. */
  rerun?: string;
  /** The map's `trailers`: a convention's trailers to write beside Baton's own. */
  trailerStyle?: TrailerStyle;
}

/**
 * Parses the reply's edits, validates every path, applies all of them (formatted with the
 * workspace's Prettier) and commits them with the phase trailers; the hooks run. Any failure
 * puts the work tree and the index back as they were.
 */
export async function commitEdits(
  input: PhaseCommitInput,
): Promise<{ commit: string; paths: string[] }> {
  const { workspaceRoot: cwd } = input;
  const { edits, message } = await readEdits(input);
  const applied = await rerunOnInvalid(input, () =>
    applyEdits(cwd, edits, workspaceFormatter(cwd)),
  );
  try {
    await stage(cwd, applied.paths);
    const changes = await stagedChanges(cwd, applied.paths);
    if (changes.length === 0) throw new EmptyEditsError(edits.map((edit) => edit.path));
    checkAddedLines(changes, input.entry, input);
    await commitStaged(input, message ?? `${input.phase}: ${input.featureTitle}`);
  } catch (error) {
    await rollBack(cwd, applied);
    throw error;
  }
  const hash = await headCommit(cwd);
  // The commit stands either way; its Agent Trace record goes beside it, in a note.
  await recordCommitTrace(cwd, hash, phaseTrailers(input));
  return { commit: hash, paths: applied.paths };
}

/** What the commit's trailers (and its Agent Trace record) say wrote it. */
function phaseTrailers(input: PhaseCommitInput): PhaseTrailers {
  const model = `${input.result.provider}/${input.result.modelReported}`;
  return { phase: input.phase, model, handoff: input.handoffPath };
}

/** The reply's edits, their paths validated and normalised by the guard. */
async function readEdits(
  input: PhaseCommitInput,
): Promise<{ edits: FileEdit[]; message?: string }> {
  const edits = await rerunOnInvalid(input, async () => parseEdits(input.result.text));
  const normalised = validateChanges({
    workspaceRoot: input.workspaceRoot,
    projectRoot: input.projectRoot,
    paths: edits.edits.map((edit) => edit.path),
  });
  return {
    edits: edits.edits.map((edit, index) => ({ ...edit, path: normalised[index]! })),
    message: edits.message,
  };
}

async function commitStaged(input: PhaseCommitInput, message: string): Promise<void> {
  const own = phaseTrailers(input);
  const trailers = [...trailerLines(own), ...conventionTrailerLines(input.trailerStyle, own)];
  try {
    // No --no-verify: the workspace's hooks judge a model's commit as they judge anyone's.
    await commit(input.workspaceRoot, message, trailers, phaseCommitEnvironment(input));
  } catch (error) {
    if (error instanceof GitIdentityUnknownError) throw error;
    throw new PhaseCommitRejectedError(
      hookFindings((error as Error).message),
      phaseOf(input),
      input.rerun,
    );
  }
}

/** Puts the index and the work tree back as they were before the edits. */
async function rollBack(cwd: string, applied: AppliedEdits): Promise<void> {
  await unstage(cwd, applied.paths).catch(() => undefined);
  await applied.rollback();
}

/** The phase a fix names; the host words the command that runs it again. */
function phaseOf(input: Pick<PhaseCommitInput, 'project' | 'phase'>): PhaseRef {
  return { project: input.project, phase: input.phase };
}

/** An {@link InvalidEditsError} that names the phase to run again. */
async function rerunOnInvalid<T>(input: PhaseCommitInput, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw withRerun(input, error);
  }
}

function withRerun(input: PhaseCommitInput, error: unknown): unknown {
  return error instanceof InvalidEditsError
    ? new InvalidEditsError(error.problems, phaseOf(input))
    : error;
}
