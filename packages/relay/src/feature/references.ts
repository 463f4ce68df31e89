import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, posix, relative, sep } from 'node:path';
import { checkOutgoingFiles, RefusedFileError, type RefusalReason } from '@baton/guard';
import { HandoffFileRefusedError, type ReferenceProblem } from '../errors';
import { featureFile, handoffsDir, parseHandoffFileName } from './handoff';

/**
 * The workspace as a handoff reads it, by workspace-relative posix paths: the generator passes its
 * Tree (so files it has not flushed count), the executor and the hooks the disk.
 */
export interface WorkspaceFiles {
  /** Absolute workspace root: git runs there. */
  root: string;
  exists(path: string): boolean;
  isFile(path: string): boolean;
  /** The file's text, or null when there is none. */
  read(path: string): string | null;
  /** The names in a folder; empty when it does not exist. */
  children(path: string): string[];
}

/** {@link WorkspaceFiles} over the file system. */
export function workspaceFilesOnDisk(root: string): WorkspaceFiles {
  const at = (path: string) => join(root, path);
  return {
    root,
    exists: (path) => existsSync(at(path)),
    isFile: (path) => existsSync(at(path)) && statSync(at(path)).isFile(),
    read: (path) =>
      existsSync(at(path)) && statSync(at(path)).isFile() ? readFileSync(at(path), 'utf8') : null,
    children: (path) =>
      existsSync(at(path)) && statSync(at(path)).isDirectory() ? readdirSync(at(path)) : [],
  };
}

/**
 * The workspace-relative path of a handoff's file reference. References are written relative to
 * the project (`schema.sql`); `--files` may also name a path from the workspace root or an
 * absolute one. The project-relative reading wins when both exist. A result starting with `..`
 * is outside the workspace.
 */
export function resolveReference(
  projectRoot: string,
  path: string,
  files: Pick<WorkspaceFiles, 'root' | 'exists'>,
  { projectOnly = false }: { projectOnly?: boolean } = {},
): string {
  const fromProject = posix.normalize(posix.join(projectRoot, toPosix(path)));
  if (projectOnly) return fromProject;
  if (isAbsolute(path)) return toPosix(relative(files.root, path)) || '.';
  const fromRoot = posix.normalize(toPosix(path));
  if (!files.exists(fromProject) && files.exists(fromRoot)) return fromRoot;
  return fromProject;
}

/** How a workspace-relative file is written in a handoff of the project: relative to the project. */
export function referencePath(projectRoot: string, workspacePath: string): string {
  return posix.relative(projectRoot === '.' ? '' : projectRoot, workspacePath);
}

/** FEATURE.md, handoffs and the ledger: sent with every phase already, never referenced. */
export function isFeatureRecord(projectRoot: string, workspacePath: string): boolean {
  const handoffs = posix.join(projectRoot === '.' ? '' : projectRoot, handoffsDir);
  if (!workspacePath.startsWith(`${handoffs}/`)) return false;
  const rest = workspacePath.slice(handoffs.length + 1);
  return rest === featureFile || rest === 'ledger.jsonl' || parseHandoffFileName(rest) !== null;
}

/**
 * The references that may go into a handoff: inside the workspace, existing, and allowed to leave
 * the machine by @baton/guard (not secret-looking, not git-ignored). With `refuse`, the first that
 * may not throws {@link HandoffFileRefusedError}; without, the allowed ones are returned.
 */
export async function checkReferences(
  files: WorkspaceFiles,
  references: ReadonlyArray<{ asked: string; workspacePath: string }>,
  { refuse }: { refuse: boolean },
): Promise<Set<string>> {
  const problems = new Map<string, ReferenceProblem>();
  const reject = (
    reference: { asked: string; workspacePath: string },
    problem: ReferenceProblem,
  ) => {
    if (refuse) throw new HandoffFileRefusedError(reference.asked, problem);
    problems.set(reference.workspacePath, problem);
  };
  for (const reference of references) {
    const path = reference.workspacePath;
    if (path === '..' || path.startsWith('../') || isAbsolute(path)) reject(reference, 'outside');
    else if (!files.exists(path)) reject(reference, 'missing');
    else if (!files.isFile(path)) reject(reference, 'folder');
    else if (files.read(path)?.slice(0, 8000).includes('\0')) reject(reference, 'binary');
  }
  const candidates = references.filter((reference) => !problems.has(reference.workspacePath));
  const refusals = await guardRefusals(
    files.root,
    candidates.map((reference) => reference.workspacePath),
  );
  for (const reference of candidates) {
    const reason = refusals.get(reference.workspacePath);
    if (reason) reject(reference, guardProblems[reason]);
  }
  return new Set(
    references.map((reference) => reference.workspacePath).filter((path) => !problems.has(path)),
  );
}

const guardProblems: Record<RefusalReason, ReferenceProblem> = {
  'outside-workspace': 'outside',
  'secret-name': 'secret',
  'git-ignored': 'ignored',
};

async function guardRefusals(root: string, paths: string[]): Promise<Map<string, RefusalReason>> {
  if (paths.length === 0) return new Map();
  try {
    await checkOutgoingFiles(root, paths);
    return new Map();
  } catch (error) {
    if (!(error instanceof RefusedFileError)) throw error;
    return new Map(error.refusals.map((refusal) => [refusal.path, refusal.reason]));
  }
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
