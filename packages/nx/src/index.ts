// Nx's own module, already loaded in the plugin worker: @nx/devkit re-exports it only from
// `@nx/devkit/internal`, which would load 224 more modules on every graph (measured).
import { workspaceDataDirectory } from 'nx/src/utils/cache-directory';
import { withTargetCache } from './plugins/target-cache';

/** Baton's inferred targets, answered from the cache; the plugin itself loads only on a miss. */
export const createNodes = withTargetCache(
  '**/handoffs/FEATURE.md',
  async () => (await import('./plugins/plugin.js')).createNodes,
  () => workspaceDataDirectory,
);
