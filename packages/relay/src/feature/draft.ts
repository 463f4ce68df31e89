import { posix } from 'node:path';
import {
  HandoffExistsError,
  HandoffGoalMissingError,
  InvalidHandoffOptionError,
  NoNextPhaseError,
  PhaseNotRunError,
} from '../errors';
import { entryPointReferences } from './entry-points';
import { featureName } from './feature';
import {
  featurePaths,
  handoffFileName,
  latestHandoff,
  nextHandoffNumber,
  parseFeature,
  parseHandoff,
  renderFeature,
  renderHandoff,
  type FeatureDocument,
  type HandoffDocument,
  type HandoffEntry,
  type HandoffFile,
} from './handoff';
import { reportFileName } from './paths';
import { readHandoffGitFacts, type HandoffGitFacts } from './git-facts';
import {
  checkReferences,
  isFeatureRecord,
  referencePath,
  resolveReference,
  type WorkspaceFiles,
} from './references';
import { nextPhase, phaseEntry, phaseModel, startPhase, type CollaborationMap } from '../map';

/** Who the first handoff comes from: the developer who set the goal. */
export const startModel = 'human';

/** The options of `nx g handoff`, as given (all but the project optional). */
export interface HandoffRequest {
  project: { name: string; root: string };
  to?: string;
  from?: string;
  goal?: string;
  feature?: string;
  completed?: string;
  /** "Key: value" entries; a key given again replaces the previous handoff's entry. */
  context?: string[];
  /**
   * Comma list of `path` or `path:structure`, relative to the project or the workspace root: added
   * to the default references.
   */
  files?: string;
  /** The same list, replacing the default references. */
  onlyFiles?: string;
  /** Hand over from a phase that has not run: a person did its work, so the handoff is from `human`. */
  force?: boolean;
  /** Acceptance criteria, written into FEATURE.md by the first handoff (`--criteria`, repeatable). */
  criteria?: string[];
  /**
   * The handoff the model that finished the previous phase drafted, validated: it replaces the
   * git-derived "Completed", adds to the key context and names the files; a person's lines stay.
   */
  modelDraft?: ModelHandoffDraft;
}

/** A model's handoff section, validated (conductor/model-handoff.ts): what the next phase needs. */
export interface ModelHandoffDraft {
  /** The model alias that wrote it. */
  by: string;
  completed: string;
  keyContext: string[];
  files: HandoffFile[];
  openDecisions: string[];
}

export interface DraftFile<Document> {
  /** Workspace-relative. */
  path: string;
  text: string;
  document: Document;
}

/** What a handoff writes: the handoff, and FEATURE.md on the first one. */
export interface HandoffDraft {
  handoff: DraftFile<HandoffDocument>;
  feature?: DraftFile<FeatureDocument>;
}

export interface DraftContext {
  map: CollaborationMap;
  files: WorkspaceFiles;
  /** nx.json's `defaultBase` (or `affected.defaultBase`): what a first branch is compared with. */
  defaultBase?: string;
  now?: Date;
}

/**
 * Composes the next handoff of a feature from the options, the collaboration map, the previous
 * handoff and git, refusing (before anything is written) whatever the handoff may not say.
 */
export async function draftHandoff(
  request: HandoffRequest,
  { map, files, defaultBase = 'main', now = new Date() }: DraftContext,
): Promise<HandoffDraft> {
  const paths = featurePaths(request.project.root);
  const names = files.children(paths.handoffs);
  const vision = readVision(request, files, paths.feature);
  const feature = featureName(request.project.name, vision.document.feature);

  const latest = latestHandoff(names);
  const previous = latest
    ? parseHandoff(files.read(paths.handoff(latest.name)) ?? '', paths.handoff(latest.name))
    : null;
  const from = request.from ?? latest?.to ?? startPhase;
  if (from !== startPhase) phaseEntry(map, from);
  const to = request.to ?? nextPhase(map, from);
  if (to === null) throw new NoNextPhaseError(from, map.order);
  phaseEntry(map, to);

  const number = nextHandoffNumber(names);
  const name = handoffFileName(number, from, to);
  if (files.exists(paths.handoff(name))) throw new HandoffExistsError(paths.handoff(name));

  const draft = request.modelDraft;
  const personContext = mergeContext(previous?.keyContext ?? [], parseContext(request.context));
  const context = mergeContext(personContext, draft?.keyContext ?? []);
  if (request.files !== undefined && request.onlyFiles !== undefined) {
    throw new InvalidHandoffOptionError(
      'only-files',
      request.onlyFiles,
      '--files adds to the default references and --only-files replaces them, so give one of them',
    );
  }
  const git = await readHandoffGitFacts(files.root, previous?.base ?? null, defaultBase);
  const handoffToFrom = from === startPhase ? null : latestHandoff(names, from);
  const ranBy =
    from === startPhase
      ? 'model'
      : whoDidPhase(from, handoffToFrom, request.project.root, files, git);
  if (ranBy === null && !request.force) {
    throw new PhaseNotRunError(request.project.name, from, to, handoffToFrom?.name ?? null);
  }
  const given = request.onlyFiles ?? request.files;
  const explicit =
    given === undefined
      ? []
      : await explicitReferences(request.project.root, files, parseFilesOption(given));
  const previousReport =
    handoffToFrom === null
      ? null
      : posix.join(paths.reports, reportFileName(handoffToFrom.number, from));
  const references =
    request.onlyFiles !== undefined
      ? explicit
      : dedupe([
          ...explicit,
          // The finishing model names the files the next phase needs; without a draft, git does.
          ...(draft
            ? await explicitReferences(request.project.root, files, [
                ...draft.files,
                ...reportsSince(request.project.root, files, previous, git),
              ])
            : await defaultReferences(request.project.root, files, previous, previousReport, git)),
        ]);

  const document: HandoffDocument = {
    number,
    feature,
    from: {
      phase: from,
      model: from === startPhase || ranBy !== 'model' ? startModel : phaseModel(map, from).alias,
    },
    to: { phase: to, model: phaseModel(map, to).alias },
    base: git.base,
    created: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    featureTitle: vision.document.title,
    completed:
      request.completed !== undefined
        ? oneLine('completed', request.completed)
        : (draft?.completed ?? defaultCompleted(from, request.project.root, git)),
    nextPhase: to,
    keyContext: context,
    files: references,
    ...(draft ? modelLines(draft, request, context, references) : {}),
  };
  return {
    handoff: { path: paths.handoff(name), text: renderHandoff(document), document },
    ...(vision.isNew ? { feature: { ...vision.file } } : {}),
  };
}

/** The lines of the handoff that the model's draft wrote, and its open decisions as the notes. */
function modelLines(
  draft: ModelHandoffDraft,
  request: HandoffRequest,
  context: string[],
  references: HandoffFile[],
): Pick<HandoffDocument, 'drafted' | 'notes'> {
  const model: string[] = [];
  if (request.completed === undefined) model.push('completed');
  context.forEach((item, index) => {
    if (draft.keyContext.includes(item)) model.push(`keyContext.${index}`);
  });
  const drafted = new Set(draft.files.map((file) => file.path));
  references.forEach((file, index) => {
    if (drafted.has(file.path)) model.push(`files.${index}`);
  });
  if (draft.openDecisions.length) model.push('notes');
  return {
    drafted: { by: draft.by, model },
    ...(draft.openDecisions.length
      ? {
          notes: `**Open Decisions**:\n\n${draft.openDecisions.map((item) => `- ${item}`).join('\n')}`,
        }
      : {}),
  };
}

/** The reports the previous phase wrote, always handed on with a model's draft. */
function reportsSince(
  projectRoot: string,
  files: WorkspaceFiles,
  previous: HandoffDocument | null,
  git: HandoffGitFacts,
): HandoffFile[] {
  const reports = `${featurePaths(projectRoot).reports}/`;
  return git.changedFiles
    .filter((path) => path.startsWith(reports) && files.isFile(path))
    .filter(
      (path) => previous === null || path.includes(`/${String(previous.number).padStart(3, '0')}-`),
    )
    .sort()
    .map((path) => ({ path: referencePath(projectRoot, path), structureOnly: false }));
}

/** The feature's original vision: read from FEATURE.md, or made from `--goal` on the first handoff. */
function readVision(
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

function parseContext(entries: string[] | undefined): string[] {
  return (entries ?? []).map((entry) => {
    const item = entry.trim();
    if (/[\r\n]/.test(item) || !/^[^:]*\S[^:]*:\s*\S/.test(item)) {
      throw new InvalidHandoffOptionError(
        'context',
        entry,
        'each --context is one line "Key: value", e.g. --context "Performance: <2s query response"',
      );
    }
    return item;
  });
}

/** The previous handoff's key context, with keys given again replaced in place and new ones added. */
function mergeContext(previous: readonly string[], given: readonly string[]): string[] {
  const keyOf = (item: string) => item.split(':', 1)[0]!.trim().toLowerCase();
  const merged = [...previous];
  for (const item of given) {
    const index = merged.findIndex((existing) => keyOf(existing) === keyOf(item));
    if (index === -1) merged.push(item);
    else merged[index] = item;
  }
  return merged;
}

/** `--files "schema.sql,api-routes.ts:structure"`. */
export function parseFilesOption(value: string): HandoffFile[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) =>
      entry.endsWith(':structure')
        ? { path: entry.slice(0, -':structure'.length).trim(), structureOnly: true }
        : { path: entry, structureOnly: false },
    );
}

/** `--files` as given: every file must exist and may leave the machine, else nothing is written. */
async function explicitReferences(
  projectRoot: string,
  files: WorkspaceFiles,
  given: HandoffFile[],
): Promise<HandoffFile[]> {
  const resolved = given.map((file) => ({
    ...file,
    workspacePath: resolveReference(projectRoot, file.path, files),
  }));
  await checkReferences(
    files,
    resolved.map((file) => ({ asked: file.path, workspacePath: file.workspacePath })),
    { refuse: true },
  );
  return dedupe(
    resolved.map((file) => ({
      path: referencePath(projectRoot, file.workspacePath!),
      structureOnly: file.structureOnly,
    })),
  );
}

/**
 * Who did `phase` since the handoff to it: its model when a successful ledger line for that
 * handoff, its report or a commit with its trailer says so; a person when only their commits changed
 * the project; null when nobody did, and a handoff would skip the phase.
 */
function whoDidPhase(
  phase: string,
  handoff: HandoffEntry | null,
  projectRoot: string,
  files: WorkspaceFiles,
  git: HandoffGitFacts,
): 'model' | 'human' | null {
  const paths = featurePaths(projectRoot);
  if (git.commits.some((commit) => commit.phase === phase)) return 'model';
  if (handoff !== null) {
    const report = posix.join(paths.reports, reportFileName(handoff.number, phase));
    if (files.isFile(report) || ledgerHasRun(files, paths, phase, paths.handoff(handoff.name))) {
      return 'model';
    }
  }
  const inProject = projectRoot === '.' || projectRoot === '' ? '' : `${projectRoot}/`;
  const byPerson = git.commits.some(
    (commit) =>
      commit.phase === null &&
      commit.files.some((file) => file.startsWith(inProject) && !isInHandoffs(projectRoot, file)),
  );
  return byPerson ? 'human' : null;
}

function ledgerHasRun(
  files: WorkspaceFiles,
  paths: ReturnType<typeof featurePaths>,
  phase: string,
  handoffPath: string,
): boolean {
  return (files.read(posix.join(paths.handoffs, 'ledger.jsonl')) ?? '').split('\n').some((line) => {
    try {
      const entry = JSON.parse(line) as Record<string, unknown>;
      return entry.phase === phase && entry.outcome === 'success' && entry.handoff === handoffPath;
    } catch {
      // Not a ledger line: `baton ledger` names the broken line; here it is no evidence.
      return false;
    }
  });
}

/**
 * The previous handoff's files that still exist, the previous phase's report, the project's files
 * changed on the branch, then its entry points as outlines; files that may not leave the machine
 * are left out quietly (nobody asked for them).
 */
async function defaultReferences(
  projectRoot: string,
  files: WorkspaceFiles,
  previous: HandoffDocument | null,
  previousReport: string | null,
  git: HandoffGitFacts,
): Promise<HandoffFile[]> {
  const candidates: Array<HandoffFile & { workspacePath: string }> = [];
  for (const file of previous?.files ?? []) {
    const workspacePath = resolveReference(projectRoot, file.path, files, { projectOnly: true });
    if (workspacePath !== null) candidates.push({ ...file, workspacePath });
  }
  if (previousReport !== null && files.isFile(previousReport)) {
    candidates.push({ path: previousReport, structureOnly: false, workspacePath: previousReport });
  }
  const inProject = projectRoot === '.' || projectRoot === '' ? '' : `${projectRoot}/`;
  for (const workspacePath of [...git.changedFiles].sort()) {
    if (!workspacePath.startsWith(inProject) || isFeatureRecord(projectRoot, workspacePath))
      continue;
    if (!files.isFile(workspacePath)) continue;
    candidates.push({ path: workspacePath, structureOnly: false, workspacePath });
  }
  candidates.push(...entryPointReferences(projectRoot, files));
  const allowed = await checkReferences(
    files,
    candidates.map((file) => ({ asked: file.path, workspacePath: file.workspacePath })),
    { refuse: false },
  );
  return dedupe(
    candidates
      .filter((file) => allowed.has(file.workspacePath))
      .map((file) => ({
        path: referencePath(projectRoot, file.workspacePath),
        structureOnly: file.structureOnly,
      })),
  );
}

function dedupe(files: HandoffFile[]): HandoffFile[] {
  const seen = new Set<string>();
  return files.filter((file) => !seen.has(file.path) && seen.add(file.path));
}

/**
 * "architecture: Design the dashboard; Add the schema": the subjects of the commits since the
 * previous handoff, by that phase or by a human, leaving out those that only commit handoffs.
 */
function defaultCompleted(from: string, projectRoot: string, git: HandoffGitFacts): string {
  if (from === startPhase) return "The feature's goal (handoffs/FEATURE.md)";
  const subjects = [
    ...new Set(
      git.commits
        .filter((commit) => commit.phase === null || commit.phase === from)
        .filter((commit) => !commit.files.every((file) => isInHandoffs(projectRoot, file)))
        .map((commit) => commit.subject.trim()),
    ),
  ].filter(Boolean);
  return subjects.length === 0 ? from : `${from}: ${subjects.join('; ')}`;
}

/** Commits of only handoffs, reports and the ledger carry the relay, not the phase's work. */
function isInHandoffs(projectRoot: string, workspacePath: string): boolean {
  return workspacePath.startsWith(`${featurePaths(projectRoot).handoffs}/`);
}

function oneLine(option: string, value: string): string {
  const line = value.replace(/\s+/g, ' ').trim();
  if (line === '') throw new InvalidHandoffOptionError(option, value, 'it is empty');
  return line;
}
