import { formatFiles, logger, readNxJson, updateNxJson, type Tree } from '@nx/devkit';
import { batonPluginName } from '../../collaboration-map';

const retired = 'claude-sonnet-4-5';
const successor = 'claude-sonnet-4-6';

/**
 * `nx migrate`: every model of the @baton/nx map that still names claude-sonnet-4-5, which reaches
 * end-of-life on 2026-11-30, moves to claude-sonnet-4-6. Other models and dated snapshots stay.
 */
export default async function claudeSonnet46(tree: Tree): Promise<void> {
  const nxJson = readNxJson(tree);
  if (!nxJson?.plugins) return;
  const moved: string[] = [];
  for (const entry of nxJson.plugins) {
    if (typeof entry === 'string' || entry.plugin !== batonPluginName) continue;
    const models = (entry.options as { models?: Record<string, { model?: unknown }> } | undefined)
      ?.models;
    for (const [alias, model] of Object.entries(models ?? {})) {
      if (model?.model !== retired) continue;
      model.model = successor;
      moved.push(alias);
    }
  }
  if (moved.length === 0) return;
  updateNxJson(tree, nxJson);
  await formatFiles(tree);
  logger.info(
    `@baton/nx: moved ${moved.join(', ')} from ${retired} (end of life 2026-11-30) to ${successor} in nx.json.`,
  );
}
