import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, posix, relative, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import { parse as parseYaml } from 'yaml';
import {
  featureFile,
  handoffEntries,
  handoffsDir,
  parseFeature,
  parseHandoff,
  reportsDir,
  type FeatureDocument,
  type HandoffDocument,
  type HandoffParty,
} from '../feature';
import { isRepository, localBranches } from '../git';
import {
  ledgerModel,
  lineShares,
  readLedger,
  summarizeLedger,
  type LedgerEntry,
  type LedgerSummaryRow,
  type LineShare,
} from '../provenance';
import { readReviewSummary, type ReviewSummary } from '../review';
import { documentText } from '../text';

/** One step of a feature's relay, in time order: a handoff written or a phase run. */
export type RelayEvent =
  | {
      kind: 'handoff';
      time: string;
      file: string;
      from: HandoffParty;
      to: HandoffParty;
      base: string;
      completed: string;
    }
  | {
      kind: 'run';
      time: string;
      phase: string;
      model: string;
      alias: string | null;
      fallbackUsed: string | null;
      outcome: 'success' | 'failure';
      error?: string;
      inputTokens: number;
      outputTokens: number;
      costUsd: number | null;
      durationMs: number;
      branch?: string;
      commit?: string;
      report?: string;
      handoff: string;
    };

/** What a report phase wrote (`handoffs/reports/*.md`): its findings, kept as plain text. */
export interface PhaseReport {
  /** Workspace-relative path. */
  file: string;
  phase: string;
  /** The front matter's fields, flattened to `key.sub: value` text. */
  details: Array<[string, string]>;
  /** The report's body exactly as the model wrote it: data, to be shown as text, never as HTML. */
  text: string;
  /** A review by several reviewers: each one's cost and the findings by agreement. */
  review?: ReviewSummary;
}

export interface FeatureRelay {
  feature: string;
  /** Workspace-relative project root (posix). */
  root: string;
  title: string | null;
  vision: string | null;
  timeline: RelayEvent[];
  branches: string[];
  byPhase: LedgerSummaryRow[];
  byModel: LedgerSummaryRow[];
  total: LedgerSummaryRow;
  /** Lines of the project's tracked text files (handoffs/ aside) by who last wrote them. */
  lines: LineShare[];
  reports: PhaseReport[];
}

/** Everything `baton report` shows, gathered from the workspace's files and git. */
export interface RelayReport {
  generatedAt: string;
  features: FeatureRelay[];
  byPhase: LedgerSummaryRow[];
  byModel: LedgerSummaryRow[];
  total: LedgerSummaryRow;
}

/**
 * Reads every feature of the workspace (a project holding `handoffs/FEATURE.md` or a ledger): its
 * handoffs, runs, branches, reports, and who wrote its lines.
 */
export async function collectRelayReport(workspaceRoot: string): Promise<RelayReport> {
  const isRepo = await isRepository(workspaceRoot);
  const features: Array<FeatureRelay & { entries: LedgerEntry[] }> = [];
  for (const root of featureRoots(workspaceRoot)) {
    features.push(await collectFeature(workspaceRoot, root, isRepo));
  }
  const entries = features.flatMap((feature) => feature.entries);
  return {
    generatedAt: new Date().toISOString(),
    features: features.map(({ entries: _entries, ...feature }) => feature),
    byPhase: summarizeLedger(entries, ['phase']),
    byModel: summarizeLedger(entries, ['model']),
    total: summarizeLedger(entries, [])[0]!,
  };
}

/** Absolute project roots that hold `handoffs/FEATURE.md` or `handoffs/ledger.jsonl`, sorted. */
function featureRoots(workspaceRoot: string): string[] {
  const files = globSync([`**/${handoffsDir}/${featureFile}`, `**/${handoffsDir}/ledger.jsonl`], {
    cwd: workspaceRoot,
    absolute: true,
    ignore: ['**/node_modules/**', '**/dist/**', '.git/**'],
  });
  return [...new Set(files.map((file) => dirname(dirname(file))))].sort();
}

async function collectFeature(
  workspaceRoot: string,
  projectRoot: string,
  isRepo: boolean,
): Promise<FeatureRelay & { entries: LedgerEntry[] }> {
  const root = relative(workspaceRoot, projectRoot).split(sep).join(posix.sep) || '.';
  const workspacePath = (...parts: string[]) => posix.join(root, ...parts);
  const { featureDoc, handoffs } = readDocuments(projectRoot, workspacePath);
  const entries = readLedger(projectRoot);
  const feature =
    featureDoc?.feature ?? handoffs[0]?.doc.feature ?? entries[0]?.feature ?? basename(projectRoot);

  const branches = new Set(entries.flatMap((entry) => (entry.branch ? [entry.branch] : [])));
  if (isRepo) {
    for (const branch of await localBranches(workspaceRoot, `feature/${feature}-*`)) {
      branches.add(branch);
    }
  }
  return {
    feature,
    root,
    title: featureDoc?.title ?? null,
    vision: featureDoc?.vision ?? null,
    timeline: relayTimeline(handoffs, entries),
    branches: [...branches].sort(),
    byPhase: summarizeLedger(entries, ['phase']),
    byModel: summarizeLedger(entries, ['model']),
    total: summarizeLedger(entries, [])[0]!,
    lines: isRepo
      ? await lineShares(workspaceRoot, [root, `:(exclude)${workspacePath(handoffsDir)}`])
      : [],
    reports: readReports(projectRoot, workspacePath),
    entries,
  };
}

interface HandoffRecord {
  file: string;
  doc: HandoffDocument;
}

/** FEATURE.md (null when absent) and the handoffs of the feature at `projectRoot`, in order. */
function readDocuments(
  projectRoot: string,
  workspacePath: (...parts: string[]) => string,
): { featureDoc: FeatureDocument | null; handoffs: HandoffRecord[] } {
  const featurePath = join(projectRoot, handoffsDir, featureFile);
  const featureDoc = existsSync(featurePath)
    ? parseFeature(readFileSync(featurePath, 'utf8'), workspacePath(handoffsDir, featureFile))
    : null;
  const handoffDir = join(projectRoot, handoffsDir);
  const handoffs = handoffEntries(existsSync(handoffDir) ? readdirSync(handoffDir) : []).map(
    (entry) => ({
      file: workspacePath(handoffsDir, entry.name),
      doc: parseHandoff(
        readFileSync(join(handoffDir, entry.name), 'utf8'),
        workspacePath(handoffsDir, entry.name),
      ),
    }),
  );
  return { featureDoc, handoffs };
}

/** Handoffs written and runs made, oldest first. */
function relayTimeline(
  handoffs: readonly HandoffRecord[],
  entries: readonly LedgerEntry[],
): RelayEvent[] {
  return [
    ...handoffs.map(({ file, doc }): RelayEvent => ({
      kind: 'handoff',
      time: doc.created,
      file,
      from: doc.from,
      to: doc.to,
      base: doc.base,
      completed: doc.completed,
    })),
    ...entries.map((entry): RelayEvent => ({
      kind: 'run',
      time: entry.time,
      phase: entry.phase,
      model: ledgerModel(entry),
      alias: entry.alias,
      fallbackUsed: entry.fallbackUsed,
      outcome: entry.outcome,
      ...(entry.error === undefined ? {} : { error: entry.error }),
      inputTokens: entry.inputTokens,
      outputTokens: entry.outputTokens,
      costUsd: entry.costUsd,
      durationMs: entry.durationMs,
      ...(entry.branch === undefined ? {} : { branch: entry.branch }),
      ...(entry.commit === undefined ? {} : { commit: entry.commit }),
      ...(entry.report === undefined ? {} : { report: entry.report }),
      handoff: entry.handoff,
    })),
  ].sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
}

const frontMatterPattern = /^---\r?\n([\s\S]*?)^---\r?\n?/m;

function readReports(
  projectRoot: string,
  workspacePath: (...parts: string[]) => string,
): PhaseReport[] {
  const dir = join(projectRoot, reportsDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const text = documentText(readFileSync(join(dir, name), 'utf8'));
      const match = frontMatterPattern.exec(text);
      let front: unknown = null;
      if (match?.index === 0) {
        try {
          front = parseYaml(match[1]!);
        } catch {
          front = null;
        }
      }
      const review = readReviewSummary(text);
      // A review's reviewers and findings are shown as tables, not as flattened fields.
      const fields =
        front && typeof front === 'object'
          ? Object.fromEntries(
              Object.entries(front).filter(
                ([key]) => !review || (key !== 'reviewers' && key !== 'findings'),
              ),
            )
          : null;
      const details = fields ? flatten(fields) : [];
      const phase =
        details.find(([key]) => key === 'phase')?.[1] ??
        /^\d+-(.+)\.md$/.exec(name)?.[1] ??
        name.replace(/\.md$/, '');
      return {
        file: workspacePath(reportsDir, name),
        phase,
        details,
        text: front !== null && match ? text.slice(match[0].length) : text,
        ...(review ? { review } : {}),
      };
    });
}

function flatten(value: object, prefix = ''): Array<[string, string]> {
  return Object.entries(value).flatMap(([key, item]): Array<[string, string]> => {
    const name = prefix ? `${prefix}.${key}` : key;
    if (item !== null && typeof item === 'object' && !Array.isArray(item))
      return flatten(item, name);
    return [[name, Array.isArray(item) ? item.map(String).join(', ') : String(item)]];
  });
}
