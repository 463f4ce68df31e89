import { InvalidFeatureNameError } from './errors';

// A feature name goes into branch names (`feature/<feature>-<alias>-<phase>`): keep it to safe characters.
const featureNamePattern = /^[a-z0-9]+([._-][a-z0-9]+)*$/;

/**
 * The feature's name: `override` (`--feature`, recorded in FEATURE.md) when given, else the project's
 * name without its npm scope (`@acme/analytics` is `analytics`).
 */
export function featureName(projectName: string, override?: string): string {
  const name =
    override ??
    projectName
      .replace(/^@[^/]+\//, '')
      .replaceAll('/', '-')
      .toLowerCase();
  if (!featureNamePattern.test(name)) throw new InvalidFeatureNameError(name);
  return name;
}

/** `feature/<feature>-<model alias>-<phase>`, the seed's branch per model (PRODUCT.md). */
export function phaseBranchName(feature: string, modelAlias: string, phase: string): string {
  return `feature/${feature}-${modelAlias}-${phase}`;
}
