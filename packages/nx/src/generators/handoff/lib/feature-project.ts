import { getProjects, readCachedProjectGraph, workspaceRoot, type Tree } from '@nx/devkit';
import { findProjectName } from '@baton/relay/handoff';

/**
 * The project a Baton generator works on, by its name or its unscoped package name. `nx g` has just
 * computed the project graph, so its cache answers without reading every project file again (and
 * knows projects that only plugins infer); a Tree elsewhere (tests) is read as Nx's own generators do.
 */
export function readFeatureProject(tree: Tree, given: string): { name: string; root: string } {
  const roots = new Map<string, string>();
  const graph = tree.root === workspaceRoot ? cachedGraph() : null;
  if (graph) {
    for (const [name, node] of Object.entries(graph.nodes)) roots.set(name, node.data.root);
  } else {
    for (const [name, project] of getProjects(tree)) roots.set(name, project.root);
  }
  const name = findProjectName(roots.keys(), given);
  return { name, root: roots.get(name)! };
}

/** The graph this `nx` process computed; an older cache (e.g. NX_CACHE_PROJECT_GRAPH=false) is not trusted. */
function cachedGraph(): ReturnType<typeof readCachedProjectGraph> | null {
  try {
    return readCachedProjectGraph(Math.floor(performance.timeOrigin));
  } catch {
    return null;
  }
}
