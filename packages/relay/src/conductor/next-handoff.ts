import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RelayError } from '../errors';
import {
  draftHandoff,
  readModelHandoff,
  workspaceFilesOnDisk,
  type ModelHandoffDraft,
} from '../feature';
import type { PhaseRunOutput } from '../phase';
import { commitFiles } from './commits';
import type { NextHandoff } from './gate';
import type { FeatureState } from './state';

/**
 * Writes the handoff to `to`: from the model's handoff block when it passes validation, else
 * today's git-derived draft, saying why. Committed on the current branch at a gate, so that a
 * person's edit shows as their own change.
 */
export async function writeHandoff(
  state: FeatureState,
  to: string,
  out: PhaseRunOutput,
  { commitIt, reply, by }: { commitIt: boolean; reply?: string; by?: string },
): Promise<NextHandoff> {
  const root = state.workspaceRoot;
  const files = workspaceFilesOnDisk(root);
  const request = { project: { name: state.project, root: state.projectRoot }, to };
  let modelDraft: ModelHandoffDraft | undefined;
  let fallback: string | undefined;
  if (by !== undefined) {
    const reading = await readModelHandoff(reply, {
      by,
      projectRoot: state.projectRoot,
      files,
      criteria: state.vision.criteria?.length ?? 0,
    });
    if (reading.kind === 'drafted') modelDraft = reading.draft;
    else fallback = reading.reason;
  }
  let draft;
  try {
    draft = await draftHandoff(modelDraft ? { ...request, modelDraft } : request, {
      map: state.map,
      files,
    });
  } catch (error) {
    if (!modelDraft || !(error instanceof RelayError)) throw error;
    fallback = `its draft could not be used: ${error.message}`;
    modelDraft = undefined;
    draft = await draftHandoff(request, { map: state.map, files });
  }
  const path = draft.handoff.path;
  writeFileSync(join(root, path), draft.handoff.text);
  if (fallback)
    out.write(
      `The model's handoff was not used (${fallback}); ${path} is drafted from git instead.\n`,
    );
  else if (modelDraft) out.write(`${path}: drafted by ${modelDraft.by}.\n`);
  if (commitIt) {
    try {
      await commitFiles(root, [path], `Hand ${state.feature} to ${to}`);
    } catch (error) {
      if (existsSync(join(root, path))) rmSync(join(root, path));
      throw error;
    }
  }
  return {
    path,
    phase: to,
    draftedBy: modelDraft?.by ?? null,
    ...(fallback ? { fallback } : {}),
  };
}
