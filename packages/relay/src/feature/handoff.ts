import { posix } from 'node:path';
import * as z from 'zod';
import { MalformedHandoffError } from '../errors';
import { readFrontMatter, renderFrontMatter } from './front-matter';
import {
  structureOnlySuffix,
  takeHandoffHeading,
  takeHandoffSections,
  type HandoffSections,
} from './handoff-body';
import { assertOneLine, BodyLines } from './markdown';
import { handoffFileName, parseHandoffFileName } from './handoff-names';

export {
  featureFile,
  featurePaths,
  handoffEntries,
  handoffFileName,
  handoffsDir,
  latestHandoff,
  nextHandoffNumber,
  parseHandoffFileName,
  reportsDir,
  type HandoffEntry,
} from './handoff-names';

export { parseHandoffFile, readHandoffReferences, type HandoffFile } from './handoff-body';

export interface HandoffParty {
  phase: string;
  /** The model alias of the collaboration map. */
  model: string;
}

/** A handoff document: the seed's format under YAML front matter (docs/handoffs.md). */
export interface HandoffDocument extends HandoffSections {
  /** From the file name (`002-...md`): the number is where the handoff sits in the feature's relay. */
  number: number;
  feature: string;
  from: HandoffParty;
  to: HandoffParty;
  /** The commit the handoff was written at. */
  base: string;
  /** ISO 8601 time the handoff was written. */
  created: string;
  /** Set when the model that finished the previous phase drafted the handoff (docs/handoffs.md). */
  drafted?: HandoffDraftMarks;
}

/**
 * Which lines of a handoff the model that finished the phase wrote (`model`, as
 * `completed`, `keyContext.2`, `files.0`, `notes`); every other line came from a person or from
 * git.
 */
export interface HandoffDraftMarks {
  by: string;
  model: string[];
}

const arrow = '→';

const party = z.strictObject({ phase: z.string().min(1), model: z.string().min(1) });
const draftedSchema = z.strictObject({
  by: z.string().min(1),
  model: z.array(z.string()).default([]),
});
const frontMatterSchema = z.strictObject({
  feature: z.string().min(1),
  from: party,
  to: party,
  base: z.string().min(1),
  created: z.string().min(1),
  drafted: draftedSchema.optional(),
});

/**
 * Reads a handoff document. `fileName` (a name or path) gives the number and names the file in
 * errors; it must agree with the front matter's phases. Blank lines between the body's lines are
 * tolerated (formatters add them); text written by {@link renderHandoff} reads back unchanged.
 */
export function parseHandoff(text: string, fileName: string): HandoffDocument {
  const fail = (problem: string): never => {
    throw new MalformedHandoffError(fileName, problem);
  };
  const nameParts = parseHandoffFileName(fileName);
  if (!nameParts) {
    fail('its name is not NNN-<from>-to-<to>.md (e.g. 001-start-to-architecture.md)');
  }
  const { data: front, body, bodyLine } = readFrontMatter(text, frontMatterSchema, fail);
  const expectedName = handoffFileName(nameParts!.number, front.from.phase, front.to.phase);
  if (posix.basename(fileName.replaceAll('\\', '/')) !== expectedName) {
    fail(
      `its front matter hands off from "${front.from.phase}" to "${front.to.phase}", so it should be named ${expectedName}`,
    );
  }

  const lines = new BodyLines(body, bodyLine, fail);
  const [fromModel, toModel] = takeHandoffHeading(lines);
  if (fromModel !== front.from.model || toModel !== front.to.model) {
    fail(
      `its heading hands off from ${fromModel} to ${toModel}, but its front matter says from ${front.from.model} to ${front.to.model}`,
    );
  }
  const sections = takeHandoffSections(lines);

  return {
    number: nameParts!.number,
    feature: front.feature,
    from: front.from,
    to: front.to,
    base: front.base,
    created: front.created,
    ...sections,
    ...(front.drafted ? { drafted: front.drafted as HandoffDraftMarks } : {}),
  };
}

/** Writes a handoff document in the one canonical form that {@link parseHandoff} reads back. */
export function renderHandoff(doc: HandoffDocument): string {
  for (const [field, value] of Object.entries({
    featureTitle: doc.featureTitle,
    completed: doc.completed,
    nextPhase: doc.nextPhase,
  })) {
    assertOneLine(field, value);
  }
  doc.keyContext.forEach((item, index) => assertOneLine(`keyContext[${index}]`, item));
  doc.files.forEach((file, index) => assertOneLine(`files[${index}].path`, file.path));

  const front = renderFrontMatter({
    feature: doc.feature,
    from: { phase: doc.from.phase, model: doc.from.model },
    to: { phase: doc.to.phase, model: doc.to.model },
    base: doc.base,
    created: doc.created,
    ...(doc.drafted ? { drafted: doc.drafted } : {}),
  });
  // Blank lines around the lists make it Markdown that renders as meant and that Prettier (run by
  // the pre-commit hook) leaves byte for byte; without them "Files to Reference" joins the last bullet.
  const list = (items: string[]) => (items.length ? ['', ...items.map((item) => `- ${item}`)] : []);
  const body = [
    `## Handoff: ${doc.from.model} ${arrow} ${doc.to.model}`,
    '',
    `**Feature**: ${doc.featureTitle}`,
    `**Completed**: ${doc.completed}`,
    `**Next Phase**: ${doc.nextPhase}`,
    '**Key Context**:',
    ...list(doc.keyContext),
    '',
    '**Files to Reference**:',
    ...list(
      doc.files.map(
        (file) => `${renderHandoffPath(file.path)}${file.structureOnly ? structureOnlySuffix : ''}`,
      ),
    ),
  ];
  const notes = doc.notes ? `\n${doc.notes}\n` : '';
  return `${front}\n${body.join('\n')}\n${notes}`;
}

// Characters Markdown (and so Prettier, in the pre-commit hook) reads as markup: `__tests__`
// becomes `**tests**`, a leading `-` or `1.` a nested list. An underscore inside a word is text.
const markupFree = /^(?![-+*#>]|\d+[.)])(?:[^_*`<>&[\]\\]|(?<=[\p{L}\p{N}])_(?=[\p{L}\p{N}]))*$/u;

/** A referenced path as Markdown keeps it: bare when nothing in it is markup, else as inline code. */
function renderHandoffPath(path: string): string {
  if (markupFree.test(path)) return path;
  const fence = '`'.repeat(Math.max(0, ...(path.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const padded = path.startsWith('`') || path.endsWith('`') ? ` ${path} ` : path;
  return `${fence}${padded}${fence}`;
}
