import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { featurePaths, parseHandoff, renderHandoff, type HandoffDocument } from '../feature';
import { commit, fileAt, stage, unstage, workTreeStatus } from '../git';
import { phaseCommitEnvironment } from '../phase';
import { ledgerFile, trailerLines, type LedgerEntry } from '../provenance';
import type { FeatureState, PhaseState } from './state';
import { inShapeOf } from '../text';

/**
 * Commits the handoffs and FEATURE.md that are not committed yet (the first handoff, a person's
 * edit at a gate) as a person's commit: a `changes` phase's trailer must name a committed handoff.
 * Lines a person changed lose the model's mark first.
 */
export async function commitPendingHandoffs(state: FeatureState, phase: PhaseState): Promise<void> {
  const root = state.workspaceRoot;
  const paths = featurePaths(state.projectRoot);
  const status = await workTreeStatus(root, { allUntracked: true });
  const pending = status.files
    .map((file) => file.path)
    .filter((path) => path === paths.feature || state.handoffs.some((item) => item.path === path));
  if (pending.length === 0) return;
  let edited = false;
  for (const path of pending) {
    const before = await fileAt(root, 'HEAD', path);
    if (before !== null && path !== paths.feature)
      edited = (await keepPersonEdits(root, path, before)) || edited;
  }
  await commitFiles(
    root,
    pending,
    edited ? `Edit the handoff to ${phase.phase}` : `Hand ${state.feature} to ${phase.phase}`,
  );
}

/** Drops the model's mark from every line a person changed; true when the handoff changed at all. */
async function keepPersonEdits(root: string, path: string, before: string): Promise<boolean> {
  const text = readFileSync(join(root, path), 'utf8');
  if (text === before) return false;
  const now = parseHandoff(text, path);
  const was = parseHandoff(before, path);
  if (!now.drafted || !was.drafted) return true;
  const model: string[] = [];
  for (const mark of was.drafted.model) {
    const found = findLine(now, lineOf(was, mark));
    if (found !== null) model.push(found);
  }
  if (model.join() !== now.drafted.model.join()) {
    const rendered = renderHandoff({ ...now, drafted: { ...now.drafted, model } });
    writeFileSync(join(root, path), inShapeOf(text, rendered));
  }
  return true;
}

function lineOf(doc: HandoffDocument, mark: string): string | undefined {
  const match = /^(\w+)(?:\.(\d+))?$/.exec(mark);
  if (!match) return undefined;
  const [, field, index] = match;
  if (field === 'completed') return `completed:${doc.completed}`;
  if (field === 'notes') return doc.notes === undefined ? undefined : `notes:${doc.notes}`;
  if (field === 'keyContext') return `keyContext:${doc.keyContext[Number(index)]}`;
  if (field === 'files') return `files:${JSON.stringify(doc.files[Number(index)])}`;
  return undefined;
}

/** The mark of the line of `doc` that reads `line` (as {@link lineOf} gives it), or null. */
function findLine(doc: HandoffDocument, line: string | undefined): string | null {
  if (line === undefined) return null;
  if (line === `completed:${doc.completed}`) return 'completed';
  if (doc.notes !== undefined && line === `notes:${doc.notes}`) return 'notes';
  const context = doc.keyContext.findIndex((item) => line === `keyContext:${item}`);
  if (context !== -1) return `keyContext.${context}`;
  const file = doc.files.findIndex((item) => line === `files:${JSON.stringify(item)}`);
  return file === -1 ? null : `files.${file}`;
}

/**
 * Commits what a phase left for the record: the report and the ledger, with the phase's trailers,
 * under BATON_PHASE so the commit-msg hook holds the commit to them. Nothing when all is committed.
 */
export async function commitPhaseOutputs(
  state: FeatureState,
  phase: string,
  entry: LedgerEntry,
): Promise<void> {
  const root = state.workspaceRoot;
  const ledger = `${state.projectRoot ? `${state.projectRoot}/` : ''}${ledgerFile.replaceAll('\\', '/')}`;
  const status = await workTreeStatus(root, { allUntracked: true });
  const changed = new Set(status.files.map((file) => file.path));
  const files = [entry.report, ledger].filter(
    (path): path is string => !!path && changed.has(path),
  );
  if (files.length === 0) return;
  const trailers = trailerLines({
    phase,
    model: `${entry.provider}/${entry.modelReported ?? entry.modelRequested}`,
    handoff: entry.handoff,
  });
  const message = entry.report
    ? `Record the ${phase} report for ${state.feature}`
    : `Record the ${phase} run of ${state.feature} in the ledger`;
  await commitFiles(root, files, message, trailers, phaseCommitEnvironment({ phase }));
}

export async function commitFiles(
  root: string,
  files: string[],
  message: string,
  trailers: string[] = [],
  env: Record<string, string> = {},
): Promise<void> {
  await stage(root, files);
  try {
    await commit(root, message, trailers, env);
  } catch (error) {
    await unstage(root, files).catch(() => undefined);
    throw error;
  }
}
