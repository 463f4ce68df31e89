import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, posix, relative } from 'node:path';
import type { CompletionResult } from '@baton/providers';
import { KeptReplyError } from '../errors';

/** Where the replies of failed runs are kept, workspace-relative; the folder ignores itself in git. */
export const repliesDir = '.baton/replies';

/** A reply kept on disk: the model's answer and the run it belongs to. */
interface KeptReply {
  project: string;
  phase: string;
  /** The handoff the model answered. */
  handoff: string;
  time: string;
  result: CompletionResult;
}

/** Who a reply belongs to. */
export interface ReplyOwner {
  workspaceRoot: string;
  project: string;
  phase: string;
  feature: string;
  handoffPath: string;
}

/**
 * Writes the model's reply under `.baton/replies/<feature>/<phase>-<time>.json` before it is
 * applied, so that a failure after the call never makes the user pay for it again. Returns the
 * workspace-relative path.
 */
export function keepReply(owner: ReplyOwner, result: CompletionResult, now = new Date()): string {
  const folder = join(owner.workspaceRoot, repliesDir);
  mkdirSync(join(folder, owner.feature), { recursive: true });
  // Ignored wherever the workspace's own .gitignore stands: a reply is never committed by accident.
  if (!existsSync(join(folder, '.gitignore'))) writeFileSync(join(folder, '.gitignore'), '*\n');
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const path = posix.join(repliesDir, owner.feature, `${owner.phase}-${stamp}.json`);
  const kept: KeptReply = {
    project: owner.project,
    phase: owner.phase,
    handoff: owner.handoffPath,
    time: now.toISOString(),
    result,
  };
  writeFileSync(join(owner.workspaceRoot, path), `${JSON.stringify(kept, null, 2)}\n`);
  return path;
}

/** Removes a kept reply once it was applied. */
export function dropReply(workspaceRoot: string, path: string): void {
  rmSync(join(workspaceRoot, path), { force: true });
}

/** The command that applies a kept reply without a new call. */
export function applyReplyCommand(project: string, phase: string, path: string): string {
  return `\`nx run ${project}:${phase} --reply ${path}\``;
}

/**
 * Reads a reply kept for this phase (`path` absolute or workspace-relative) and checks it answers
 * the phase's latest handoff, so that a reply is never applied to work it did not see.
 */
export function readKeptReply(owner: ReplyOwner, path: string): CompletionResult {
  const absolute = isAbsolute(path) ? path : join(owner.workspaceRoot, path);
  const shown = relative(owner.workspaceRoot, absolute).replaceAll('\\', '/');
  const refuse = (reason: string) => new KeptReplyError(shown, reason, owner.project, owner.phase);
  let kept: Partial<KeptReply>;
  try {
    kept = JSON.parse(readFileSync(absolute, 'utf8')) as Partial<KeptReply>;
  } catch (error) {
    throw refuse((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'not JSON');
  }
  if (typeof kept.result?.text !== 'string' || typeof kept.result.alias !== 'string') {
    throw refuse('it holds no model reply');
  }
  if (kept.project !== owner.project || kept.phase !== owner.phase) {
    throw refuse(`it was kept for ${kept.project}:${kept.phase}`);
  }
  if (kept.handoff !== owner.handoffPath) {
    throw refuse(
      `it answers ${kept.handoff}, and the phase's latest handoff is ${owner.handoffPath}`,
    );
  }
  return kept.result;
}
