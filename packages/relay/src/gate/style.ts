import type { StyleProfile } from '@baton/style';
import { modelWrittenFiles } from './authorship';

// Loaded when called: the commit-msg hook loads this module's entry too, and needs no style.
const style = () => import('@baton/style');

export interface WorkspaceStyle {
  profile: StyleProfile;
  /** `file`: read from `.baton/style-profile.json`; `learned`: learned in memory just now. */
  source: 'file' | 'learned';
  /** Tracked source files left out because a phase wrote them last. */
  modelWritten: number;
}

/** The workspace's TypeScript/JavaScript files whose last commit a person made. */
export async function humanWrittenSourceFiles(
  workspaceRoot: string,
): Promise<{ files: string[]; modelWritten: number }> {
  const { trackedSourceFiles } = await style();
  const tracked = trackedSourceFiles(workspaceRoot);
  const byModel = await modelWrittenFiles(workspaceRoot);
  const files = tracked.filter((file) => !byModel.has(file));
  return { files, modelWritten: tracked.length - files.length };
}

/** Learns the workspace's style from the code people wrote (`baton style learn`). */
export async function learnWorkspaceStyle(
  workspaceRoot: string,
  settings: {
    threshold?: number;
    minSamples?: number;
    alpha?: number;
    exclude?: readonly string[];
  } = {},
): Promise<WorkspaceStyle> {
  const { files, modelWritten } = await humanWrittenSourceFiles(workspaceRoot);
  const { learnStyleProfile } = await style();
  const exclude = new Set(settings.exclude);
  const profile = learnStyleProfile({
    workspaceRoot,
    files: files.filter((file) => !exclude.has(file)),
    threshold: settings.threshold,
    minSamples: settings.minSamples,
    alpha: settings.alpha,
  });
  return { profile, source: 'learned', modelWritten };
}

/**
 * The workspace's profile from `.baton/style-profile.json`, or learned in memory when there is none
 * (leaving out `exclude`: the files about to be checked are not the codebase's style yet).
 */
export async function workspaceStyle(
  workspaceRoot: string,
  { exclude }: { exclude?: readonly string[] } = {},
): Promise<WorkspaceStyle> {
  const { readStyleProfile } = await style();
  const profile = readStyleProfile(workspaceRoot);
  if (profile) return { profile, source: 'file', modelWritten: 0 };
  return learnWorkspaceStyle(workspaceRoot, { exclude });
}
