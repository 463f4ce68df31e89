import { posix } from 'node:path';
import {
  HandoffExistsError,
  InvalidHandoffOptionError,
  NoNextPhaseError,
  PhaseNotRunError,
} from '../errors';
import { nextPhase, phaseEntry, phaseModel, startPhase, type CollaborationMap } from '../map';
import { handoffReferences } from './draft-references';
import { featureName } from './feature';
import type { FeatureDocument } from './feature-document';
import { readHandoffGitFacts } from './git-facts';
import {
  featurePaths,
  handoffFileName,
  latestHandoff,
  nextHandoffNumber,
  parseHandoff,
  renderHandoff,
  type HandoffDocument,
  type HandoffFile,
} from './handoff';
import { mergeContext, oneLine, parseContext } from './options';
import { reportFileName } from './paths';
import { defaultCompleted, whoDidPhase } from './previous-phase';
import type { WorkspaceFiles } from './references';
import { readVision } from './vision';

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
  if (from !== startPhase) phaseEntry(map, from, request.from === undefined ? undefined : '--from');
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
  const previousReport =
    handoffToFrom === null
      ? null
      : posix.join(paths.reports, reportFileName(handoffToFrom.number, from));
  const references = await handoffReferences(
    request.project.root,
    files,
    { files: request.files, onlyFiles: request.onlyFiles, drafted: draft?.files },
    { previous, previousReport, git },
  );

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
