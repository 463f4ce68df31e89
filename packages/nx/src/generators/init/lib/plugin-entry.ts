import { readNxJson, updateNxJson, type Tree } from '@nx/devkit';
import { defaultCollaborationMap } from '@baton/relay';
import { batonPluginEntry, batonPluginName } from '../../../collaboration-map';

/** Whether nx.json already lists @baton/nx, as a name or as `{ plugin, options }`. */
export function hasBatonPlugin(tree: Tree): boolean {
  return batonPluginEntry(readNxJson(tree)) !== undefined;
}

/** Adds `{ "plugin": "@baton/nx", "options": <default map> }` to nx.json's plugins. */
export function registerBatonPlugin(tree: Tree): void {
  const nxJson = readNxJson(tree) ?? {};
  nxJson.plugins = [
    ...(nxJson.plugins ?? []),
    { plugin: batonPluginName, options: structuredClone(defaultCollaborationMap) },
  ];
  updateNxJson(tree, nxJson);
}

/** Takes every @baton/nx entry (and the map in its options) out of nx.json's plugins; false when there was none. */
export function unregisterBatonPlugin(tree: Tree): boolean {
  const nxJson = readNxJson(tree);
  if (!nxJson || !hasBatonPlugin(tree)) return false;
  const plugins = (nxJson.plugins ?? []).filter((entry) =>
    typeof entry === 'string' ? entry !== batonPluginName : entry.plugin !== batonPluginName,
  );
  if (plugins.length > 0) nxJson.plugins = plugins;
  else delete nxJson.plugins;
  updateNxJson(tree, nxJson);
  return true;
}

/** Nx's rule for init generators: inferred-target plugins unless the workspace opted out. */
export function addPluginByDefault(tree: Tree): boolean {
  return (
    process.env['NX_ADD_PLUGINS'] !== 'false' && readNxJson(tree)?.useInferencePlugins !== false
  );
}
