import { entryPointReferences } from './entry-points';
import type { HandoffGitFacts } from './git-facts';
import { featurePaths, type HandoffDocument, type HandoffFile } from './handoff';
import {
  checkReferences,
  isFeatureRecord,
  referencePath,
  resolveReference,
  type WorkspaceFiles,
} from './references';
import { parseFilesOption } from './options';

/**
 * The handoff's "Files to Reference": `--only-files` alone, else `--files` and then the files the
 * finishing model named (with the reports since) or, without its draft, git's defaults.
 */
export async function handoffReferences(
  projectRoot: string,
  files: WorkspaceFiles,
  given: { files?: string; onlyFiles?: string; drafted?: HandoffFile[] },
  since: { previous: HandoffDocument | null; previousReport: string | null; git: HandoffGitFacts },
): Promise<HandoffFile[]> {
  const option = given.onlyFiles ?? given.files;
  const explicit =
    option === undefined
      ? []
      : await explicitReferences(projectRoot, files, parseFilesOption(option));
  if (given.onlyFiles !== undefined) return explicit;
  const { previous, previousReport, git } = since;
  return dedupe([
    ...explicit,
    // The finishing model names the files the next phase needs; without a draft, git does.
    ...(given.drafted
      ? await explicitReferences(projectRoot, files, [
          ...given.drafted,
          ...reportsSince(projectRoot, files, previous, git),
        ])
      : await defaultReferences(projectRoot, files, previous, previousReport, git)),
  ]);
}

/** The reports the previous phase wrote, always handed on with a model's draft. */
export function reportsSince(
  projectRoot: string,
  files: WorkspaceFiles,
  previous: HandoffDocument | null,
  git: HandoffGitFacts,
): HandoffFile[] {
  const reports = `${featurePaths(projectRoot).reports}/`;
  return git.changedFiles
    .filter((path) => path.startsWith(reports) && files.isFile(path))
    .filter(
      (path) => previous === null || path.includes(`/${String(previous.number).padStart(3, '0')}-`),
    )
    .sort()
    .map((path) => ({ path: referencePath(projectRoot, path), structureOnly: false }));
}

/** `--files` as given: every file must exist and may leave the machine, else nothing is written. */
export async function explicitReferences(
  projectRoot: string,
  files: WorkspaceFiles,
  given: HandoffFile[],
): Promise<HandoffFile[]> {
  const resolved = given.map((file) => ({
    ...file,
    workspacePath: resolveReference(projectRoot, file.path, files),
  }));
  await checkReferences(
    files,
    resolved.map((file) => ({ asked: file.path, workspacePath: file.workspacePath })),
    { refuse: true },
  );
  return dedupe(
    resolved.map((file) => ({
      path: referencePath(projectRoot, file.workspacePath!),
      structureOnly: file.structureOnly,
    })),
  );
}

/**
 * The previous handoff's files that still exist, the previous phase's report, the project's files
 * changed on the branch, then its entry points as outlines; files that may not leave the machine
 * are left out quietly (nobody asked for them).
 */
export async function defaultReferences(
  projectRoot: string,
  files: WorkspaceFiles,
  previous: HandoffDocument | null,
  previousReport: string | null,
  git: HandoffGitFacts,
): Promise<HandoffFile[]> {
  const candidates: Array<HandoffFile & { workspacePath: string }> = [];
  for (const file of previous?.files ?? []) {
    const workspacePath = resolveReference(projectRoot, file.path, files, { projectOnly: true });
    if (workspacePath !== null) candidates.push({ ...file, workspacePath });
  }
  if (previousReport !== null && files.isFile(previousReport)) {
    candidates.push({ path: previousReport, structureOnly: false, workspacePath: previousReport });
  }
  const inProject = projectRoot === '.' || projectRoot === '' ? '' : `${projectRoot}/`;
  for (const workspacePath of [...git.changedFiles].sort()) {
    if (!workspacePath.startsWith(inProject) || isFeatureRecord(projectRoot, workspacePath))
      continue;
    if (!files.isFile(workspacePath)) continue;
    candidates.push({ path: workspacePath, structureOnly: false, workspacePath });
  }
  candidates.push(...entryPointReferences(projectRoot, files));
  const allowed = await checkReferences(
    files,
    candidates.map((file) => ({ asked: file.path, workspacePath: file.workspacePath })),
    { refuse: false },
  );
  return dedupe(
    candidates
      .filter((file) => allowed.has(file.workspacePath))
      .map((file) => ({
        path: referencePath(projectRoot, file.workspacePath),
        structureOnly: file.structureOnly,
      })),
  );
}

export function dedupe(files: HandoffFile[]): HandoffFile[] {
  const seen = new Set<string>();
  return files.filter((file) => !seen.has(file.path) && seen.add(file.path));
}
