import * as z from 'zod';
import { MalformedHandoffError } from '../errors';
import { featureFile } from './handoff';
import { readFrontMatter, renderFrontMatter } from './front-matter';
import { assertOneLine, BodyLines, startsWithFrontMatter } from './markdown';

/** The original vision of a feature: `handoffs/FEATURE.md`, sent with every phase. */
export interface FeatureDocument {
  /** Set when the feature is not named after its project (`--feature` on the first handoff). */
  feature?: string;
  title: string;
  /** The goal as the user wrote it. */
  vision: string;
  /** Acceptance criteria (`--criteria`), numbered from 1: every gate tallies which are met. */
  criteria?: string[];
}

const criteriaHeading = '## Acceptance criteria';

const featureFrontMatterSchema = z.strictObject({ feature: z.string().min(1).optional() });

/** Reads FEATURE.md: optional front matter (`feature`), a `# <title>` heading, then the vision. */
export function parseFeature(text: string, fileName: string = featureFile): FeatureDocument {
  const fail = (problem: string): never => {
    throw new MalformedHandoffError(fileName, problem);
  };
  let body = text;
  let bodyLine = 1;
  let feature: string | undefined;
  if (startsWithFrontMatter(text)) {
    const split = readFrontMatter(text, featureFrontMatterSchema, fail);
    feature = split.data.feature;
    body = split.body;
    bodyLine = split.bodyLine;
  }
  const lines = new BodyLines(body, bodyLine, fail);
  const [title] = lines.take(/^# (.+)$/, '# <feature title>');
  const rest = lines.rest();
  if (rest === undefined) fail('it has no vision under its title');
  const [vision, criteriaText] = rest!.split(new RegExp(`^${criteriaHeading}\\s*$`, 'm'), 2);
  if (!vision!.trim()) fail('it has no vision under its title');
  const criteria = (criteriaText ?? '')
    .split(/\r?\n/)
    .flatMap((line) => /^\s*(?:[-*]|\d+\.) (.*\S)/.exec(line)?.slice(1) ?? []);
  return {
    ...(feature === undefined ? {} : { feature }),
    title: title!,
    vision: criteriaText === undefined ? vision! : vision!.trimEnd(),
    ...(criteriaText === undefined ? {} : { criteria }),
  };
}

export function renderFeature(doc: FeatureDocument): string {
  assertOneLine('title', doc.title);
  doc.criteria?.forEach((item, index) => assertOneLine(`criteria[${index}]`, item));
  const front = doc.feature === undefined ? '' : renderFrontMatter({ feature: doc.feature });
  const criteria = doc.criteria?.length
    ? `\n${criteriaHeading}\n\n${doc.criteria.map((item, index) => `${index + 1}. ${item}`).join('\n')}\n`
    : '';
  return `${front}# ${doc.title}\n\n${doc.vision}\n${criteria}`;
}
