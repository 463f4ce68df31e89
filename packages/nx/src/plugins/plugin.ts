import { createNodesFromFiles, type CreateNodesV2 } from '@nx/devkit';

/** Options of the `@baton/nx` entry in nx.json: the collaboration map. */
export type BatonPluginOptions = Record<string, unknown>;

const featureGlob = '**/handoffs/FEATURE.md';

export const createNodesV2: CreateNodesV2<BatonPluginOptions> = [
  featureGlob,
  async (files, options, context) =>
    createNodesFromFiles(async () => ({}), files, options, context),
];
