import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NxJsonConfiguration } from '@nx/devkit';
import {
  BatonNotInitialisedError,
  CollaborationMapError,
  parseCollaborationMap,
  type CollaborationMap,
} from '@baton/relay/graph';

/** The plugin whose nx.json entry holds the collaboration map. */
export const batonPluginName = '@baton/nx';

/** Where the map's problems are said to be. */
export const mapSource = `nx.json (plugins → "${batonPluginName}" → options)`;

/** The `@baton/nx` entry of nx.json's plugins: `"@baton/nx"` or `{ "plugin": "@baton/nx", "options": {...} }`. */
export function batonPluginEntry(
  nxJson: NxJsonConfiguration | null | undefined,
): { options?: unknown } | undefined {
  const entry = nxJson?.plugins?.find((plugin) =>
    typeof plugin === 'string' ? plugin === batonPluginName : plugin.plugin === batonPluginName,
  );
  return typeof entry === 'string' ? {} : entry;
}

/**
 * The map held by nx.json's `@baton/nx` entry (its options, or the default map for a bare entry).
 * Throws a `BatonNotInitialisedError` without one.
 */
export function collaborationMapFromNxJson(
  nxJson: NxJsonConfiguration | null | undefined,
): CollaborationMap {
  const entry = batonPluginEntry(nxJson);
  if (!entry) {
    throw new BatonNotInitialisedError(`nx.json has no "${batonPluginName}" entry in "plugins"`);
  }
  return parseCollaborationMap(entry.options, mapSource);
}

/**
 * The map of the workspace at `root`, read from its nx.json as Nx reads it (comments and trailing
 * commas allowed), for commands that run outside an Nx Tree.
 */
export async function readWorkspaceMap(root: string): Promise<CollaborationMap> {
  const file = join(root, 'nx.json');
  if (!existsSync(file)) throw new BatonNotInitialisedError(`${root} has no nx.json`);
  // The devkit's readJsonFile itself: loading all of @nx/devkit would double a commit hook's start-up.
  const { readJsonFile } = await import('nx/src/utils/fileutils');
  let nxJson: NxJsonConfiguration;
  try {
    nxJson = readJsonFile<NxJsonConfiguration>(file);
  } catch (error) {
    throw new CollaborationMapError(file, [
      `nx.json is not valid JSON (${(error as Error).message.trim().split('\n')[0]})`,
    ]);
  }
  return collaborationMapFromNxJson(nxJson);
}

/** {@link readWorkspaceMap}, or null where Baton is not set up (no nx.json, no entry). */
export async function readWorkspaceMapOrNull(root: string): Promise<CollaborationMap | null> {
  try {
    return await readWorkspaceMap(root);
  } catch (error) {
    if (error instanceof BatonNotInitialisedError) return null;
    throw error;
  }
}
