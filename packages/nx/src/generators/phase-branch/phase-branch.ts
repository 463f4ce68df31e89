import { logger, readNxJson, type Tree } from '@nx/devkit';
import {
  createPhaseBranch,
  describePhaseBranchPlan,
  featureName,
  featurePaths,
  parseFeature,
  planPhaseBranch,
  type PhaseBranchRequest,
} from '@baton/relay/handoff';
import { collaborationMapFromNxJson } from '../../collaboration-map';
import { withRenderedErrors } from '../../errors';
import { readFeatureProject } from '../handoff/lib/feature-project';
import type { PhaseBranchGeneratorSchema } from './schema';

export function normalizeOptions(
  tree: Tree,
  schema: PhaseBranchGeneratorSchema,
): PhaseBranchRequest & { projectName: string } {
  const map = collaborationMapFromNxJson(readNxJson(tree));
  const { name, root } = readFeatureProject(tree, schema.project);
  const featurePath = featurePaths(root).feature;
  const vision = tree.isFile(featurePath)
    ? parseFeature(tree.read(featurePath, 'utf-8')!, featurePath)
    : null;
  return {
    cwd: tree.root,
    map,
    feature: featureName(name, vision?.feature),
    phase: schema.phase,
    projectRoot: root,
    projectName: name,
  };
}

/** Plans in the generator (refusing before anything runs); the git work is the returned callback, skipped by --dry-run. */
export async function phaseBranchGenerator(tree: Tree, schema: PhaseBranchGeneratorSchema) {
  const options = normalizeOptions(tree, schema);
  const plan = await planPhaseBranch(options);
  logger.info(describePhaseBranchPlan(plan));
  return async () => {
    await createPhaseBranch(plan);
    logger.info(
      `Switched to ${plan.branch}. Next: \`nx run ${options.projectName}:${plan.phase}\`.`,
    );
  };
}

export default withRenderedErrors(phaseBranchGenerator);
