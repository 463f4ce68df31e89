import { posix } from 'node:path';
import type { HandoffFile } from './handoff';
import { resolveReference, type WorkspaceFiles } from './references';

/** Sources a project conventionally enters through when its manifests name none that exists. */
const conventionalEntries = ['src/index.ts', 'src/index.tsx', 'src/index.js', 'src/main.ts'];

/**
 * The project's entry points and public API, as structure-only references (workspace-relative):
 * package.json's `main`, `module`, `types`/`typings` and every path under `exports`,
 * project.json's `build` options `main`, and `src/index.ts`, each kept when the file exists. A
 * first handoff sends these so the model sees the codebase it is asked to fit.
 */
export function entryPointReferences(
  projectRoot: string,
  files: WorkspaceFiles,
): Array<HandoffFile & { workspacePath: string }> {
  const root = projectRoot === '.' ? '' : projectRoot;
  const packageJson = readJson(files, posix.join(root, 'package.json'));
  const projectJson = readJson(files, posix.join(root, 'project.json'));
  const fromPackage = [
    packageJson?.['types'],
    packageJson?.['typings'],
    packageJson?.['main'],
    packageJson?.['module'],
    ...exportedPaths(packageJson?.['exports']),
  ];
  const build = (projectJson?.['targets'] as Record<string, { options?: { main?: unknown } }>)
    ?.build;
  const candidates = [...fromPackage, build?.options?.main, ...conventionalEntries];

  const seen = new Set<string>();
  const references: Array<HandoffFile & { workspacePath: string }> = [];
  for (const candidate of candidates) {
    if (typeof candidate !== 'string' || candidate.includes('*')) continue;
    const workspacePath = resolveReference(projectRoot, candidate, files);
    if (seen.has(workspacePath) || !files.isFile(workspacePath)) continue;
    seen.add(workspacePath);
    references.push({ path: workspacePath, structureOnly: true, workspacePath });
  }
  return references;
}

/** Every path string in an `exports` field, whatever its nesting of subpaths and conditions. */
function exportedPaths(value: unknown): unknown[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(exportedPaths);
  if (value !== null && typeof value === 'object')
    return Object.values(value).flatMap(exportedPaths);
  return [];
}

function readJson(files: WorkspaceFiles, path: string): Record<string, unknown> | null {
  const text = files.read(path);
  if (text === null) return null;
  try {
    const json: unknown = JSON.parse(text);
    return json !== null && typeof json === 'object' ? (json as Record<string, unknown>) : null;
  } catch {
    // A manifest that does not parse names no entry point; Nx reports it on its own.
    return null;
  }
}
