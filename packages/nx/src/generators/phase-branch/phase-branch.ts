import { getProjects, logger, readNxJson, type Tree } from '@nx/devkit';
import {
  collaborationMapFromNxJson,
  createPhaseBranch,
  describePhaseBranchPlan,
  featureName,
  featurePaths,
  findProjectName,
  parseFeature,
  planPhaseBranch,
  type PhaseBranchRequest,
} from '@baton/relay/handoff';
import type { PhaseBranchGeneratorSchema } from './schema';

export function normalizeOptions(
  tree: Tree,
  schema: PhaseBranchGeneratorSchema,
): PhaseBranchRequest & { projectName: string } {
  const map = collaborationMapFromNxJson(readNxJson(tree));
  const projects = getProjects(tree);
  const name = findProjectName(projects.keys(), schema.project);
  const root = projects.get(name)!.root;
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

export default phaseBranchGenerator;
