// A handoff's body, below its front matter: read whole by parseHandoff, and alone by the project
// graph, whose targets need only the files it references (no YAML parser loads for that).
import { MalformedHandoffError } from '../errors';
import { BodyLines, splitFrontMatter } from './markdown';

/** One entry of "Files to Reference": `api-routes.ts (structure only)` sends only the outline. */
export interface HandoffFile {
  path: string;
  structureOnly: boolean;
}

/** What a handoff's body says after its heading. */
export interface HandoffSections {
  featureTitle: string;
  completed: string;
  nextPhase: string;
  keyContext: string[];
  files: HandoffFile[];
  /** Free text after "Files to Reference", kept as written. */
  notes?: string;
}

export const structureOnlySuffix = ' (structure only)';

/** `## Handoff: <from model> → <to model>`: the two models, as written. */
export function takeHandoffHeading(lines: BodyLines): [from: string, to: string] {
  const [from, to] = lines.take(
    /^## Handoff: (.+?) (?:→|->) (.+)$/,
    '## Handoff: <model> → <model>',
  );
  return [from!, to!];
}

/** Everything after the heading, in the order {@link takeHandoffHeading}'s caller left `lines`. */
export function takeHandoffSections(lines: BodyLines): HandoffSections {
  const [featureTitle] = lines.take(/^\*\*Feature\*\*: ?(.*)$/, '**Feature**: <title>');
  const [completed] = lines.take(/^\*\*Completed\*\*: ?(.*)$/, '**Completed**: <what is done>');
  const [nextPhase] = lines.take(/^\*\*Next Phase\*\*: ?(.*)$/, '**Next Phase**: <phase>');
  lines.take(/^\*\*Key Context\*\*:$/, '**Key Context**:');
  const keyContext = lines.items();
  lines.take(/^\*\*Files to Reference\*\*:$/, '**Files to Reference**:');
  const files = lines.items().map(parseHandoffFile);
  const notes = lines.rest();
  return {
    featureTitle: featureTitle!,
    completed: completed!,
    nextPhase: nextPhase!,
    keyContext,
    files,
    ...(notes === undefined ? {} : { notes }),
  };
}

/**
 * The files a handoff references, from its body alone: what the project graph hashes. Its front
 * matter is not read, let alone checked; {@link parseHandoff}, which every run calls, reports that.
 */
export function readHandoffReferences(text: string, fileName: string): HandoffFile[] {
  const fail = (problem: string): never => {
    throw new MalformedHandoffError(fileName, problem);
  };
  const { body, bodyLine } = splitFrontMatter(text, fail);
  const lines = new BodyLines(body, bodyLine, fail);
  takeHandoffHeading(lines);
  return takeHandoffSections(lines).files;
}

/** `path` or `path (structure only)`, the path bare or as inline code (see `renderHandoff`). */
export function parseHandoffFile(item: string): HandoffFile {
  const structureOnly = item.endsWith(structureOnlySuffix);
  const written = structureOnly ? item.slice(0, -structureOnlySuffix.length) : item;
  const code = /^(`+)(.*[^`])\1$/.exec(written);
  const path = code ? code[2]!.replace(/^ (.*) $/, '$1') : written;
  return { path, structureOnly };
}
