import { HandoffGoalMissingError, InvalidHandoffOptionError } from '../errors';
import type { DraftFile, HandoffRequest } from './draft';
import { featureName } from './feature';
import { parseFeature, renderFeature, type FeatureDocument } from './feature-document';
import { oneLine } from './options';
import type { WorkspaceFiles } from './references';

/** The feature's original vision: read from FEATURE.md, or made from `--goal` on the first handoff. */
export function readVision(
  request: HandoffRequest,
  files: WorkspaceFiles,
  path: string,
): { document: FeatureDocument; isNew: boolean; file: DraftFile<FeatureDocument> } {
  const existing = files.read(path);
  if (existing !== null) {
    if (request.criteria !== undefined) {
      throw new InvalidHandoffOptionError(
        'criteria',
        request.criteria.join(', '),
        `${path} exists already; add acceptance criteria to its "## Acceptance criteria" list by hand instead`,
      );
    }
    if (request.goal !== undefined) {
      throw new InvalidHandoffOptionError(
        'goal',
        request.goal,
        `${path} exists already and holds the feature's original vision; edit it by hand instead`,
      );
    }
    const document = parseFeature(existing, path);
    if (
      request.feature !== undefined &&
      request.feature !== featureName(request.project.name, document.feature)
    ) {
      throw new InvalidHandoffOptionError(
        'feature',
        request.feature,
        `the feature is named "${featureName(request.project.name, document.feature)}" by its first handoff; leave --feature out`,
      );
    }
    return { document, isNew: false, file: { path, text: existing, document } };
  }
  const goal = request.goal?.trim();
  if (!goal) throw new HandoffGoalMissingError(request.project.name);
  if (request.feature !== undefined) featureName(request.project.name, request.feature);
  const criteria = (request.criteria ?? []).map((item) => oneLine('criteria', item));
  const document: FeatureDocument = {
    ...(request.feature === undefined ? {} : { feature: request.feature }),
    title: featureTitle(goal),
    vision: goal,
    ...(criteria.length ? { criteria } : {}),
  };
  return { document, isNew: true, file: { path, text: renderFeature(document), document } };
}

/** The goal's headline: its first line up to the first ": " or ". " ("User analytics dashboard: ..."). */
export function featureTitle(goal: string): string {
  const firstLine = goal.trim().split(/\r?\n/, 1)[0]!;
  const headline = firstLine.split(/:\s|\.\s/, 1)[0]!.replace(/[.:;,\s]+$/, '');
  return headline.length <= 80 ? headline : `${headline.slice(0, 79).replace(/\s+\S*$/, '')}…`;
}
