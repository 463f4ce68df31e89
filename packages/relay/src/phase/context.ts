import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { prepareOutgoing, type OutgoingPart, type OutgoingPayload } from '@baton/guard';
import {
  DiffBaseMissingError,
  ReferencedFileMissingError,
  ReferencedFileNotTextError,
} from '../errors';
import { parseHandoff, type HandoffDocument } from '../feature/handoff';
import { featurePaths, handoffEntries } from '../feature/handoff-names';
import { modelHandoffInstruction } from '../feature/model-handoff';
import { referencedPath } from '../feature/paths';
import { diffSince } from '../git/diff';
import type { PhaseEntry } from '../map';
import { editFormatInstruction } from './edits';
import { canOutline, viewFile } from './outline';
import { cachedCodingStandards } from './standards-cache';

/** Everything a phase's context is built from, read by the phase run. */
export interface PhaseContextInput {
  workspaceRoot: string;
  /** The Nx project that holds the feature. */
  project: string;
  /** Workspace-relative, `/`-separated (`packages/analytics`). */
  projectRoot: string;
  feature: string;
  phase: string;
  entry: PhaseEntry;
  /** The alias of the model that will answer, as the handoff's readers know it. */
  alias: string;
  handoff: HandoffDocument;
  /** Workspace-relative path of the handoff. */
  handoffPath: string;
  handoffText: string;
  featureText: string;
  /** The phase after this one, asked for in the reply's handoff block; null after the last. */
  nextPhase?: string | null;
  /** How many acceptance criteria FEATURE.md lists, for the reply's verdict on them. */
  criteria?: number;
}

/** What the phase sends, after the guard, and what it left out. */
export interface PhaseContext {
  payload: OutgoingPayload;
  /** The repository content sent, in order, with its size before redaction (for `--dry-run`). */
  parts: Array<{ label: string; chars: number }>;
  /** What was left out and why: shown by `--dry-run`, never sent. */
  notes: string[];
  /** The referenced files, in the handoff's order. */
  references: ReferenceView[];
}

/** A referenced file as the phase sends it. */
export interface ReferenceView {
  path: string;
  /** The file's size whole, in characters. */
  chars: number;
  /** Sent whole, and Baton can outline it: fitting the context may send its outline instead. */
  outlinable: boolean;
}

/** What a phase's context is made of, read once: fitting assembles it again with more outlines. */
export interface PhaseSources {
  references: Array<{ path: string; text: string; structureOnly: boolean }>;
  standards: { text: string | null; notes: string[] };
  diff: OutgoingPart | null;
  notes: string[];
}

/**
 * Builds what a phase sends: the phase's instructions (role, the map's instructions, the reply
 * format), then FEATURE.md, the handoff, each referenced file (whole, or its outline when marked
 * structure-only), the workspace's coding standards and, for `diff` phases, the feature's diff
 * against the handoff's base. Everything goes through the guard's one door (`prepareOutgoing`):
 * refused files stop the run, secrets are masked and repository content is framed as data.
 */
export async function buildPhaseContext(input: PhaseContextInput): Promise<PhaseContext> {
  return assemblePhaseContext(input, await readPhaseSources(input));
}

/** Reads the referenced files, the coding standards and the diff a phase's context is made of. */
export async function readPhaseSources(input: PhaseContextInput): Promise<PhaseSources> {
  // git computes the diff while the files are read (and, in a run, while the SDK loads); its
  // failure waits for the references' own, as when the diff came after them.
  const diffing = input.entry.diff ? featureDiff(input) : null;
  diffing?.catch(() => undefined);
  const references: PhaseSources['references'] = [];
  const notes: string[] = [];
  for (const file of input.handoff.files) {
    const path = referencedPath(input.workspaceRoot, input.projectRoot, file.path);
    if (!existsSync(join(input.workspaceRoot, path))) {
      throw new ReferencedFileMissingError(
        input.handoffPath,
        file.path,
        input.project,
        input.phase,
      );
    }
    const absolute = join(input.workspaceRoot, path);
    const notText = (kind: 'folder' | 'binary') =>
      new ReferencedFileNotTextError(
        input.handoffPath,
        file.path,
        kind,
        input.project,
        input.phase,
      );
    if (!statSync(absolute).isFile()) throw notText('folder');
    const bytes = await readFile(absolute);
    // git's own test for a binary file: a NUL byte among the first 8000.
    if (bytes.subarray(0, 8000).includes(0)) throw notText('binary');
    const text = bytes.toString('utf8');
    references.push({ path, text, structureOnly: file.structureOnly });
  }

  const sample = join(input.workspaceRoot, input.projectRoot, 'src', 'index.ts');
  const standards = await cachedCodingStandards(input.workspaceRoot, sample);

  let diff: OutgoingPart | null = null;
  if (diffing) {
    diff = await diffing;
    if (!diff.content) {
      diff = null;
      notes.push(`diff left out: nothing in ${input.projectRoot} changed since the feature began`);
    }
  }
  return { references, standards, diff, notes };
}

/** The context of `sources`, with the files in `outlined` sent as outlines whatever the handoff says. */
export async function assemblePhaseContext(
  input: PhaseContextInput,
  sources: PhaseSources,
  outlined: ReadonlySet<string> = new Set(),
): Promise<PhaseContext> {
  const paths = featurePaths(input.projectRoot);
  const notes: string[] = [];
  const references: ReferenceView[] = [];
  const parts: OutgoingPart[] = [
    { label: paths.feature, path: paths.feature, content: input.featureText },
    { label: input.handoffPath, path: input.handoffPath, content: input.handoffText },
  ];

  for (const { path, text, structureOnly } of sources.references) {
    const view = await viewFile(path, text, structureOnly || outlined.has(path));
    if (view.note) notes.push(`${path}: ${view.note}`);
    references.push({
      path,
      chars: text.length,
      outlinable: view.kind === 'whole' && canOutline(path),
    });
    parts.push({
      label:
        view.kind === 'outline' ? `${path} (structure only: declarations and signatures)` : path,
      path,
      content: view.text,
    });
  }

  notes.push(...sources.standards.notes);
  if (sources.standards.text) {
    parts.push({ label: 'coding standards', content: sources.standards.text });
  }
  if (sources.diff) parts.push(sources.diff);
  notes.push(...sources.notes);

  const payload = await prepareOutgoing({
    workspaceRoot: input.workspaceRoot,
    instructions: phaseInstructions(input),
    parts,
  });
  return {
    payload,
    parts: parts.map((part) => ({ label: part.label, chars: part.content.length })),
    notes,
    references,
  };
}

/** The phase's role and task: Baton's text and the map's instructions, never repository content. */
export function phaseInstructions(input: PhaseContextInput): string {
  const { phase, entry, handoff } = input;
  const lines = [
    `You are the "${phase}" phase of a relay of AI models building one feature of an Nx monorepo, ` +
      `the way a team hands work from one specialist to the next. The previous phase ("${handoff.from.phase}", ` +
      `model "${handoff.from.model}") handed the feature to you ("${input.alias}") with the handoff document below.`,
    `Stay true to the feature's original vision (FEATURE.md): do not drift from it and do not add scope it does not ask for.`,
    `Work from the handoff's key context and the files it references; files marked "structure only" show declarations and signatures without bodies.`,
  ];
  if (entry.instructions) lines.push(`Your task in this phase: ${entry.instructions}`);
  if (entry.produces === 'report') {
    lines.push(
      'Answer with a report in Markdown for the next phase and the team: findings and decisions first, each with the file it concerns, then open questions. Do not restate the inputs.',
    );
  } else {
    lines.push(
      `Make the changes the phase calls for. Write only files inside ${input.projectRoot}/ (never handoffs/, ` +
        'package scripts, git hooks or CI files), and write code that meets the coding standards below so that it passes the formatter and the linter unchanged.',
      editFormatInstruction,
    );
  }
  lines.push(modelHandoffInstruction(input.nextPhase ?? null, input.criteria ?? 0));
  return lines.join('\n\n');
}

/**
 * Where the feature began: the base of its first handoff. A review reads everything the relay
 * changed, not only what the phase just before it did (whose handoff's base is already past it).
 */
function featureBase(input: PhaseContextInput): { base: string; handoffPath: string } {
  const paths = featurePaths(input.projectRoot);
  let names: string[] = [];
  try {
    names = readdirSync(join(input.workspaceRoot, paths.handoffs));
  } catch {
    // No handoffs folder: the handoff being run is the feature's first.
  }
  const first = handoffEntries(names)[0];
  if (!first || first.number === input.handoff.number) {
    return { base: input.handoff.base, handoffPath: input.handoffPath };
  }
  const handoffPath = paths.handoff(first.name);
  const text = readFileSync(join(input.workspaceRoot, handoffPath), 'utf8');
  return { base: parseHandoff(text, first.name).base, handoffPath };
}

/** The project's changes since the feature's base (work tree against base), handoffs left out. */
async function featureDiff(input: PhaseContextInput): Promise<OutgoingPart> {
  // Read at once, not awaited: git starts before the caller's next step.
  const { base, handoffPath } = featureBase(input);
  const paths = featurePaths(input.projectRoot);
  // One git process when the base is there: only a failed diff asks (through simple-git) whether
  // the base is missing.
  const content = await diffSince(input.workspaceRoot, `${base}^{commit}`, [
    input.projectRoot || '.',
    `:(exclude)${paths.handoffs}`,
  ]).catch(async (error: unknown) => {
    const { revisionExists } = await import('../git/refs.js');
    if (!(await revisionExists(input.workspaceRoot, base))) {
      throw new DiffBaseMissingError(handoffPath, base);
    }
    throw error;
  });
  return { label: `diff ${base.slice(0, 12)} -- ${input.projectRoot || '.'}`, content };
}
