import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';

/**
 * A referenced path is relative to the feature's project when the file is there, else to the
 * workspace (handoffs accept both). Returns the workspace-relative path, `/`-separated.
 */
export function referencedPath(workspaceRoot: string, projectRoot: string, path: string): string {
  const posixPath = path.replaceAll('\\', '/');
  const inProject = posix.join(projectRoot, posixPath);
  return existsSync(join(workspaceRoot, inProject)) ? inProject : posix.normalize(posixPath);
}

/** `003-security-review.md`: a report is numbered after the handoff it answers. */
export function reportFileName(handoffNumber: number, phase: string): string {
  return `${String(handoffNumber).padStart(3, '0')}-${phase}.md`;
}
