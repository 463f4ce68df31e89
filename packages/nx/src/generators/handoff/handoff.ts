import { logger, readNxJson, type Tree } from '@nx/devkit';
import {
  draftHandoff,
  largeReferences,
  largeReferenceWarning,
  type CollaborationMap,
  type HandoffRequest,
  type WorkspaceFiles,
} from '@baton/relay/handoff';
import { collaborationMapFromNxJson } from '../../collaboration-map';
import { withRenderedErrors } from '../../errors';
import { readFeatureProject } from './lib/feature-project';
import type { HandoffGeneratorSchema } from './schema';

interface NormalizedSchema {
  request: HandoffRequest;
  map: CollaborationMap;
  defaultBase: string;
}

export function normalizeOptions(tree: Tree, schema: HandoffGeneratorSchema): NormalizedSchema {
  const nxJson = readNxJson(tree);
  const map = collaborationMapFromNxJson(nxJson);
  const project = readFeatureProject(tree, schema.project);
  const context = schema.context === undefined ? undefined : [schema.context].flat();
  const criteria = schema.criteria === undefined ? undefined : [schema.criteria].flat();
  return {
    request: {
      project,
      ...(schema.to === undefined ? {} : { to: schema.to }),
      ...(schema.from === undefined ? {} : { from: schema.from }),
      ...(schema.goal === undefined ? {} : { goal: schema.goal }),
      ...(schema.feature === undefined ? {} : { feature: schema.feature }),
      ...(schema.completed === undefined ? {} : { completed: schema.completed }),
      ...(context === undefined ? {} : { context }),
      ...(criteria === undefined ? {} : { criteria }),
      ...(schema.files === undefined ? {} : { files: schema.files }),
      ...(schema.onlyFiles === undefined ? {} : { onlyFiles: schema.onlyFiles }),
      ...(schema.force ? { force: true } : {}),
    },
    map,
    defaultBase: nxJson?.defaultBase ?? nxJson?.affected?.defaultBase ?? 'main',
  };
}

/** The Tree as the handoff draft reads the workspace: files written earlier in this run count. */
export function treeFiles(tree: Tree): WorkspaceFiles {
  return {
    root: tree.root,
    exists: (path) => tree.exists(path),
    isFile: (path) => tree.isFile(path),
    read: (path) => (tree.isFile(path) ? tree.read(path, 'utf-8') : null),
    children: (path) => tree.children(path),
  };
}

export async function handoffGenerator(tree: Tree, schema: HandoffGeneratorSchema) {
  const options = normalizeOptions(tree, schema);
  const draft = await draftHandoff(options.request, {
    map: options.map,
    files: treeFiles(tree),
    defaultBase: options.defaultBase,
  });
  if (draft.feature) tree.write(draft.feature.path, draft.feature.text);
  tree.write(draft.handoff.path, draft.handoff.text);

  const { from, to } = draft.handoff.document;
  const large = largeReferences(
    options.request.project.root,
    draft.handoff.document.files,
    treeFiles(tree),
  );
  for (const reference of large) logger.warn(largeReferenceWarning(reference));
  return () => {
    logger.info(
      `Handoff ${from.phase} (${from.model}) → ${to.phase} (${to.model}) written. Next: ` +
        `\`nx g phase-branch --project ${options.request.project.name} --phase ${to.phase}\` ` +
        `(it commits the handoff on the phase branch), or \`nx run ${options.request.project.name}:relay\` to conduct the remaining phases.`,
    );
  };
}

export default withRenderedErrors(handoffGenerator);
