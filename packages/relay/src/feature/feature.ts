import { InvalidFeatureNameError, UnknownProjectError } from '../errors';

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

/**
 * The project `given` names: its exact name, or its name without the npm scope when only one
 * project has it (`--project analytics` finds `@acme/analytics`). Throws {@link UnknownProjectError}.
 */
export function findProjectName(projectNames: Iterable<string>, given: string): string {
  const names = [...projectNames];
  if (names.includes(given)) return given;
  const unscoped = names.filter((name) => name.replace(/^@[^/]+\//, '') === given);
  if (unscoped.length === 1) return unscoped[0]!;
  throw new UnknownProjectError(given);
}
