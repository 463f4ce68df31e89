// Nx's own module, already loaded in the plugin worker: @nx/devkit re-exports it only from
// `@nx/devkit/internal`, which would load 224 more modules on every graph (measured).
import { workspaceDataDirectory } from 'nx/src/utils/cache-directory';
import { withTargetCache } from './plugins/target-cache';

/** Baton's inferred targets, answered from the cache; the plugin itself loads only on a miss. */
export const createNodes = withTargetCache(
  '**/handoffs/FEATURE.md',
  // require, not import(): Node's ES module loader scans the bundled plugin for its exports (85 ms).
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a deferred, synchronous load
  async () => (require('./plugins/plugin.js') as typeof import('./plugins/plugin.js')).createNodes,
  () => workspaceDataDirectory,
);
