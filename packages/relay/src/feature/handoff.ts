import { posix } from 'node:path';
import { Document, isMap, parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { MalformedHandoffError } from '../errors';

/** A feature project's handoff folder, FEATURE.md and report folder, relative to the project root. */
export const handoffsDir = 'handoffs';
export const featureFile = 'FEATURE.md';
export const reportsDir = 'handoffs/reports';

/** One entry of "Files to Reference": `api-routes.ts (structure only)` sends only the outline. */
export interface HandoffFile {
  path: string;
  structureOnly: boolean;
}

export interface HandoffParty {
  phase: string;
  /** The model alias of the collaboration map. */
  model: string;
}

/** A handoff document: the seed's format under YAML front matter (docs/handoffs.md). */
export interface HandoffDocument {
  /** From the file name (`002-...md`): the number is where the handoff sits in the feature's relay. */
  number: number;
  feature: string;
  from: HandoffParty;
  to: HandoffParty;
  /** The commit the handoff was written at. */
  base: string;
  /** ISO 8601 time the handoff was written. */
  created: string;
  featureTitle: string;
  completed: string;
  nextPhase: string;
  keyContext: string[];
  files: HandoffFile[];
  /** Free text after "Files to Reference", kept as written. */
  notes?: string;
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

const structureOnlySuffix = ' (structure only)';
const arrow = '→';

/** `001-start-to-architecture.md`. */
export function handoffFileName(number: number, from: string, to: string): string {
  return `${String(number).padStart(3, '0')}-${from}-to-${to}.md`;
}

const fileNamePattern = /^(\d{3,})-([a-z0-9][a-z0-9-]*?)-to-([a-z0-9][a-z0-9-]*)\.md$/;

/** The parts of a handoff file name (a bare name or a path), or null for any other file. */
export function parseHandoffFileName(
  name: string,
): { number: number; from: string; to: string } | null {
  const match = fileNamePattern.exec(posix.basename(name.replaceAll('\\', '/')));
  if (!match) return null;
  return { number: Number(match[1]), from: match[2]!, to: match[3]! };
}

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

type FrontMatter = z.infer<typeof frontMatterSchema>;

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
  const { data, body, bodyLine } = splitFrontMatter(text, fail);
  const checked = frontMatterSchema.safeParse(data);
  if (!checked.success) {
    fail(`its front matter ${checked.error.issues.map(describeFrontMatterIssue).join(' and ')}`);
  }
  const front = checked.data as FrontMatter;
  const expectedName = handoffFileName(nameParts!.number, front.from.phase, front.to.phase);
  if (posix.basename(fileName.replaceAll('\\', '/')) !== expectedName) {
    fail(
      `its front matter hands off from "${front.from.phase}" to "${front.to.phase}", so it should be named ${expectedName}`,
    );
  }

  const lines = new BodyLines(body, bodyLine, fail);
  const [fromModel, toModel] = lines.take(
    /^## Handoff: (.+?) (?:→|->) (.+)$/,
    '## Handoff: <model> → <model>',
  );
  if (fromModel !== front.from.model || toModel !== front.to.model) {
    fail(
      `its heading hands off from ${fromModel} to ${toModel}, but its front matter says from ${front.from.model} to ${front.to.model}`,
    );
  }
  const [featureTitle] = lines.take(/^\*\*Feature\*\*: ?(.*)$/, '**Feature**: <title>');
  const [completed] = lines.take(/^\*\*Completed\*\*: ?(.*)$/, '**Completed**: <what is done>');
  const [nextPhase] = lines.take(/^\*\*Next Phase\*\*: ?(.*)$/, '**Next Phase**: <phase>');
  lines.take(/^\*\*Key Context\*\*:$/, '**Key Context**:');
  const keyContext = lines.items();
  lines.take(/^\*\*Files to Reference\*\*:$/, '**Files to Reference**:');
  const files = lines.items().map(parseHandoffFile);
  const notes = lines.rest();

  return {
    number: nameParts!.number,
    feature: front.feature,
    from: front.from,
    to: front.to,
    base: front.base,
    created: front.created,
    featureTitle: featureTitle!,
    completed: completed!,
    nextPhase: nextPhase!,
    keyContext,
    files,
    ...(notes === undefined ? {} : { notes }),
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
      doc.files.map((file) => `${file.path}${file.structureOnly ? structureOnlySuffix : ''}`),
    ),
  ];
  const notes = doc.notes ? `\n${doc.notes}\n` : '';
  return `${front}\n${body.join('\n')}\n${notes}`;
}

/** `path` or `path (structure only)`. */
export function parseHandoffFile(item: string): HandoffFile {
  return item.endsWith(structureOnlySuffix)
    ? { path: item.slice(0, -structureOnlySuffix.length), structureOnly: true }
    : { path: item, structureOnly: false };
}

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
  if (text.startsWith('---\n') || text.startsWith('---\r\n')) {
    const split = splitFrontMatter(text, fail);
    const checked = featureFrontMatterSchema.safeParse(split.data);
    if (!checked.success) {
      fail(`its front matter ${checked.error.issues.map(describeFrontMatterIssue).join(' and ')}`);
    }
    feature = checked.data!.feature;
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

/** A handoff file found in a folder listing. */
export interface HandoffEntry {
  name: string;
  number: number;
  from: string;
  to: string;
}

/** The handoff documents among `names` (names or paths, e.g. a folder listing), in relay order. */
export function handoffEntries(names: readonly string[]): HandoffEntry[] {
  return names
    .flatMap((name) => {
      const parts = parseHandoffFileName(name);
      return parts ? [{ name: posix.basename(name.replaceAll('\\', '/')), ...parts }] : [];
    })
    .sort((a, b) => a.number - b.number || a.name.localeCompare(b.name));
}

/** The last handoff among `names` (the last one to `toPhase` when given), or null. */
export function latestHandoff(names: readonly string[], toPhase?: string): HandoffEntry | null {
  const entries = handoffEntries(names).filter(
    (entry) => toPhase === undefined || entry.to === toPhase,
  );
  return entries.at(-1) ?? null;
}

/** The number of the next handoff: one past the highest, so numbers stay dense and never move. */
export function nextHandoffNumber(names: readonly string[]): number {
  return (handoffEntries(names).at(-1)?.number ?? 0) + 1;
}

/** Workspace-relative paths of a project's Baton files (posix separators, as Nx uses). */
export function featurePaths(projectRoot: string): {
  handoffs: string;
  feature: string;
  reports: string;
  handoff: (name: string) => string;
} {
  const root = projectRoot === '.' ? '' : projectRoot;
  return {
    handoffs: posix.join(root, handoffsDir),
    feature: posix.join(root, handoffsDir, featureFile),
    reports: posix.join(root, reportsDir),
    handoff: (name) => posix.join(root, handoffsDir, name),
  };
}

function renderFrontMatter(data: Record<string, unknown>): string {
  const document = new Document(data);
  // `drafted` stays in block style: Prettier (the pre-commit hook) breaks a long flow map over lines.
  for (const key of ['from', 'to']) {
    const node = document.get(key, true);
    if (isMap(node)) node.flow = true;
  }
  // lineWidth 0: never fold a long value onto a second line.
  return `---\n${document.toString({ lineWidth: 0 })}---\n`;
}

const frontMatterPattern = /^---\r?\n([\s\S]*?)^---\r?\n?/m;

/** The front matter's data (all scalars as strings: the `failsafe` schema) and the body after it. */
function splitFrontMatter(
  text: string,
  fail: (problem: string) => never,
): { data: unknown; body: string; bodyLine: number } {
  const match = frontMatterPattern.exec(text);
  if (!match || match.index !== 0) {
    return fail('it does not start with YAML front matter between two "---" lines');
  }
  let data: unknown;
  try {
    data = parseYaml(match[1]!, { schema: 'failsafe' });
  } catch (error) {
    return fail(`its front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  return {
    data,
    body: text.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}

/** The body of a document, line by line; blank lines between expected lines are skipped. */
class BodyLines {
  private readonly lines: string[];
  private index = 0;

  constructor(
    body: string,
    private readonly firstLine: number,
    private readonly fail: (problem: string) => never,
  ) {
    this.lines = body.split(/\r?\n/);
  }

  take(pattern: RegExp, expected: string): string[] {
    this.skipBlank();
    const line = this.lines[this.index];
    // Trimmed: Prettier indents a bold line that follows a list as the list's continuation.
    const match = line === undefined ? null : pattern.exec(line.trim());
    if (!match) {
      this.fail(
        line === undefined
          ? `it ends where "${expected}" was expected`
          : `line ${this.firstLine + this.index} is "${truncate(line)}" where "${expected}" was expected`,
      );
    }
    this.index += 1;
    return match!.slice(1);
  }

  /** A `- item` list (possibly empty); a blank line after an item ends it. */
  items(): string[] {
    const items: string[] = [];
    this.skipBlank();
    for (;;) {
      const match = /^\s*[-*] (.*)$/.exec(this.lines[this.index] ?? '');
      if (!match) return items;
      items.push(match[1]!);
      this.index += 1;
    }
  }

  /** Whatever follows, as written (one final newline dropped), or undefined when nothing does. */
  rest(): string | undefined {
    this.skipBlank();
    if (this.index >= this.lines.length) return undefined;
    const rest = this.lines.slice(this.index);
    if (rest.at(-1) === '') rest.pop();
    return rest.join('\n');
  }

  private skipBlank(): void {
    while (this.lines[this.index]?.trim() === '' && this.index < this.lines.length) {
      this.index += 1;
    }
  }
}

function assertOneLine(field: string, value: string): void {
  if (/[\r\n]/.test(value)) {
    throw new TypeError(`A handoff's ${field} must be one line; it was ${JSON.stringify(value)}`);
  }
}

function describeFrontMatterIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') return `has unknown key(s) ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type' && where === '') return 'is not a map of keys and values';
  if (issue.code === 'invalid_type') return `needs "${where}"`;
  return `"${where}" ${issue.message}`;
}

function truncate(line: string): string {
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}
