// The security figures of issue 4, measured on the planted corpus in src/__fixtures__ and the clean
// corpus of pinned packages (@baton/corpus): printed by `npm run audit:security` and by bench/security.bench.ts.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sideBySide } from '../../../bench/bench';
import { cleanCorpusFiles } from '@baton/corpus';
import { findSecrets } from '../src/redact';
import { presetReports } from '../src/preset-rules';
import { RULES_PACKAGE, independentCorpus } from './independent';
import {
  acceptedChanges,
  allowedOutgoing,
  escapeAttempts,
  makeChangeWorkspace,
  makeOutgoingWorkspace,
  projectRoot,
  refusedOutgoing,
} from '../src/__fixtures__/attempts';
import {
  EscapingPathError,
  RefusedFileError,
  checkOutgoingFile,
  fingerprint,
  redact,
  redactionMarker,
  validateChangePath,
} from '../src/index';

const corpus = join(import.meta.dirname, '../src/__fixtures__/corpus');

interface Plant {
  file: string;
  kind: string;
  value: string;
}

/** The bars issue 14 set: what `npm run audit:security` holds every figure to. */
export const BARS = {
  independentRecall: 0.98,
  falsePositivesPerThousandLines: 0.5,
  megabytesPerSecond: 50,
};

export interface SecurityFigures {
  planted: number;
  masked: number;
  maskedWithKind: number;
  missed: Plant[];
  presetAloneMasked: number;
  cleanLines: number;
  cleanFlags: number;
  escapeAttempts: number;
  escapesRefused: number;
  legitimateChanges: number;
  legitimateAccepted: number;
  outgoingAttempts: number;
  outgoingRefused: number;
  ordinaryFiles: number;
  ordinarySent: number;
}

const load = (name: string) => JSON.parse(readFileSync(join(corpus, name), 'utf8'));
export const plantedFiles = (): string[] => [
  ...new Set((load('planted.json').plants as Plant[]).map((plant) => join('planted', plant.file))),
];
let clean: Map<string, string> | undefined;
const cleanPaths = () =>
  (clean ??= new Map(
    cleanCorpusFiles().map((file) => [`clean/${file.package}/${file.path}`, file.absolutePath]),
  ));
export const cleanFiles = (): string[] => [...cleanPaths().keys()];
/** Where a corpus file is read from: the planted corpus here, the clean one in node_modules. */
export const corpusPath = (file: string) => cleanPaths().get(file) ?? join(corpus, file);

type Ranges = ReadonlyArray<readonly [number, number]>;

/** Where `value` starts in `text`, each time, overlapping ones too. */
function occurrences(text: string, value: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + 1)) starts.push(at);
  return starts;
}

/** Whether every occurrence of `value` lies wholly inside the reported ranges. */
const covered = (text: string, value: string, ranges: Ranges): boolean =>
  occurrences(text, value).every((at) =>
    Array.from({ length: value.length }, (_, i) => at + i).every((i) =>
      ranges.some(([start, end]) => start <= i && i < end),
    ),
  );

function presetRanges(text: string, path: string) {
  const ext = path.slice(path.lastIndexOf('.')) || '.txt';
  return presetReports(text, path, ext).map((report) => report.range);
}

async function measureRedaction() {
  const plants = load('planted.json').plants as Plant[];
  const missed: Plant[] = [];
  let masked = 0;
  let maskedWithKind = 0;
  let presetAloneMasked = 0;
  for (const plant of plants) {
    const text = readFileSync(join(corpus, 'planted', plant.file), 'utf8');
    const { text: out } = await redact(text, { path: plant.file });
    if (out.includes(plant.value)) missed.push(plant);
    else masked++;
    if (out.includes(redactionMarker(plant.kind, fingerprint(plant.value)))) maskedWithKind++;
    if (covered(text, plant.value, presetRanges(text, plant.file))) presetAloneMasked++;
  }
  let cleanLines = 0;
  let cleanFlags = 0;
  for (const file of cleanFiles()) {
    const text = readFileSync(corpusPath(file), 'utf8');
    cleanLines += text.split('\n').length;
    cleanFlags += (await redact(text, { path: file })).redactions.length;
  }
  return {
    planted: plants.length,
    masked,
    maskedWithKind,
    missed,
    presetAloneMasked,
    cleanLines,
    cleanFlags,
  };
}

function measureChanges() {
  const workspace = makeChangeWorkspace();
  try {
    const refused = (path: string) => {
      try {
        validateChangePath({ workspaceRoot: workspace.workspaceRoot, projectRoot, path });
        return false;
      } catch (error) {
        if (error instanceof EscapingPathError) return true;
        throw error;
      }
    };
    return {
      escapeAttempts: escapeAttempts.length,
      escapesRefused: escapeAttempts.filter((attempt) => refused(attempt.path)).length,
      legitimateChanges: acceptedChanges.length,
      legitimateAccepted: acceptedChanges.filter((change) => !refused(change.path)).length,
    };
  } finally {
    workspace.dispose();
  }
}

async function measureOutgoing() {
  const workspace = makeOutgoingWorkspace();
  try {
    const refused = async (path: string) => {
      try {
        await checkOutgoingFile(workspace.workspaceRoot, path);
        return false;
      } catch (error) {
        if (error instanceof RefusedFileError) return true;
        throw error;
      }
    };
    let outgoingRefused = 0;
    for (const { path } of refusedOutgoing) if (await refused(path)) outgoingRefused++;
    let ordinarySent = 0;
    for (const path of allowedOutgoing) if (!(await refused(path))) ordinarySent++;
    return {
      outgoingAttempts: refusedOutgoing.length,
      outgoingRefused,
      ordinaryFiles: allowedOutgoing.length,
      ordinarySent,
    };
  } finally {
    workspace.dispose();
  }
}

export interface IndependentFigures {
  rules: string;
  samples: number;
  masked: number;
  skipped: Array<{ rule: string; why: string }>;
  missed: Array<{ rule: string; text: string }>;
}

/** Recall on secrets generated from gitleaks' rules: masked means no occurrence survives whole. */
export function measureIndependent(): IndependentFigures {
  const { samples, skipped } = independentCorpus();
  const missed: IndependentFigures['missed'] = [];
  for (const sample of samples) {
    const spans = findSecrets(sample.text).map(({ start, end }) => [start, end] as const);
    if (!masks(sample.text, sample.secret, spans)) missed.push(sample);
  }
  return {
    rules: `gitleaks' default rules (${RULES_PACKAGE.name} ${RULES_PACKAGE.version})`,
    samples: samples.length,
    masked: samples.length - missed.length,
    skipped,
    missed,
  };
}

/** Whether no occurrence of `value` survives whole once `ranges` are masked. */
const masks = (text: string, value: string, ranges: Ranges): boolean =>
  occurrences(text, value).every((at) =>
    ranges.some(([start, end]) => start < at + value.length && end > at),
  );

export async function measureSecurity(): Promise<SecurityFigures> {
  return { ...(await measureRedaction()), ...measureChanges(), ...(await measureOutgoing()) };
}

/** Reads every corpus file, as the phase run does before anything is sent. */
export function readCorpus(files: readonly string[]): Array<{ file: string; text: string }> {
  return files.map((file) => ({ file, text: readFileSync(corpusPath(file), 'utf8') }));
}

/** Reads and redacts every corpus file: the work the phase run adds to reading. */
export async function readAndRedactCorpus(files: readonly string[]): Promise<number> {
  let redactions = 0;
  for (const { file, text } of readCorpus(files))
    redactions += (await redact(text, { path: file })).redactions.length;
  return redactions;
}

export interface Throughput {
  files: number;
  megabytes: number;
  rounds: number;
  /** The best round's CPU milliseconds to read and redact every corpus file, and to only read them. */
  redactCpuMs: number;
  readCpuMs: number;
  /** Median wall milliseconds of the same rounds: what a loaded, shared machine adds shows here. */
  redactMs: number;
  readMs: number;
}

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

/**
 * Redaction against reading the same files (the clean corpus), round after round. The figure held
 * to the bar is the best round in CPU time: on a shared machine wall time measures the neighbours.
 */
export async function measureThroughput(rounds = 25): Promise<Throughput> {
  const files = cleanFiles();
  const megabytes = files.reduce((sum, file) => sum + statSync(corpusPath(file)).size, 0) / 1e6;
  const redactCpu: number[] = [];
  const readCpu: number[] = [];
  const timing = await sideBySide(
    rounds,
    async () => {
      const start = process.cpuUsage();
      await readAndRedactCorpus(files);
      redactCpu.push(cpuMs(process.cpuUsage(start)));
    },
    () => {
      const start = process.cpuUsage();
      readCorpus(files);
      readCpu.push(cpuMs(process.cpuUsage(start)));
    },
  );
  return {
    files: files.length,
    megabytes,
    rounds,
    redactCpuMs: Math.min(...redactCpu),
    readCpuMs: Math.min(...readCpu),
    redactMs: timing.subjectMs,
    readMs: timing.baselineMs,
  };
}

export const megabytesPerSecond = (megabytes: number, ms: number) => megabytes / (ms / 1000);
