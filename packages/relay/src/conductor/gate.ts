import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainCommands, type Commands } from '@baton/errors';
import type { CheckProblem } from '../gate';
import type { LedgerEntry } from '../provenance';
import { criteriaTally, reportFindings, type FeatureState, type PhaseState } from './state';
import { documentText } from '../text';

/** What the gate screen shows about the next handoff: where it is and who drafted it. */
export interface NextHandoff {
  path: string;
  phase: string;
  draftedBy: string | null;
  /** Why the git-derived draft was used, when the model's did not pass. */
  fallback?: string;
}

export interface GateScreen {
  state: FeatureState;
  phase: PhaseState;
  entry: LedgerEntry;
  /** Every reviewer's line, when several reviewed the phase. */
  entries?: LedgerEntry[];
  /** A `changes` phase's commit: subject and diffstat. */
  commit?: { hash: string; subject: string; stat: string };
  /** Files the phase touched outside the feature's scope (the merge gate's scope rule). */
  scope: CheckProblem[];
  next: NextHandoff | null;
  /** Why the relay stops here. */
  reason: 'gate' | 'review-required' | 'through' | 'done';
}

const money = (cost: number | null) => (cost === null ? 'unpriced' : `$${cost.toFixed(4)}`);
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One screen at a gate: what the phase did, its cost, findings, drift, and the commands to go on. */
export function renderGate(screen: GateScreen, commands: Commands = plainCommands): string {
  const entries = screen.entries ?? [screen.entry];
  const model = entries
    .map((line) => `${line.alias} (${line.provider}/${line.modelReported ?? line.modelRequested})`)
    .join(', ');
  const lines = [
    '',
    `── ${screen.phase.phase} is done: ${model} ${'─'.repeat(20)}`,
    ...didLines(screen),
    costLine(screen, entries),
    ...fittedLines(screen),
    ...findingsLines(screen),
    ...criteriaLines(screen.state),
    ...scopeLines(screen),
    ...nextLines(screen),
    '',
    ...choiceLines(screen, commands),
  ];
  return `${lines.join('\n')}\n`;
}

const INDENT = '           ';

function didLines({ state, phase, entry, commit }: GateScreen): string[] {
  if (entry.report) {
    const summary = reportSummary(state.workspaceRoot, entry.report);
    return [`Did:       wrote ${entry.report}`, ...summary.map((line) => `${INDENT}${line}`)];
  }
  if (!commit) return [];
  return [
    `Did:       committed ${commit.hash.slice(0, 7)} "${commit.subject}" on ${phase.branch}`,
    ...commit.stat.split('\n').map((line) => `${INDENT}${line.trim()}`),
  ];
}

/** The phase's cost (each reviewer's too, when several), its tokens, the feature's and the budget. */
function costLine({ state, phase }: GateScreen, entries: LedgerEntry[]): string {
  const spent = state.ledger.reduce((sum, line) => sum + (line.costUsd ?? 0), 0);
  const cost = entries.some((line) => line.costUsd === null)
    ? null
    : entries.reduce((sum, line) => sum + line.costUsd!, 0);
  const tokensIn = entries.reduce((sum, line) => sum + line.inputTokens, 0);
  const tokensOut = entries.reduce((sum, line) => sum + line.outputTokens, 0);
  const each =
    entries.length > 1
      ? `${entries.map((line) => `${line.alias} ${line.outcome === 'failure' ? 'failed' : money(line.costUsd)}`).join(', ')}; `
      : '';
  return (
    `Cost:      ${money(cost)} (${each}${tokensIn.toLocaleString('en-US')} tokens in, ${tokensOut.toLocaleString('en-US')} out); the feature so far ${money(spent)}` +
    (phase.entry.budget?.maxCostUsd ? `; budget ${money(phase.entry.budget.maxCostUsd)}` : '')
  );
}

/** The referenced files the run sent structure only to fit the model's context window, if any. */
function fittedLines({ entry }: GateScreen): string[] {
  const fitted = entry.fitted ?? [];
  if (fitted.length === 0) return [];
  return [
    `Fitted:    ${count(fitted.length, 'file')} sent structure only (were whole) to fit the context window:`,
    ...fitted.slice(0, 5).map((file) => `${INDENT}- ${file.path}`),
    ...(fitted.length > 5
      ? [`${INDENT}… and ${fitted.length - 5} more (the ledger lists them)`]
      : []),
  ];
}

function findingsLines({ state, entry }: GateScreen): string[] {
  const findings = entry.report ? reportFindings(state.workspaceRoot, entry.report) : [];
  return [
    `Findings:  ${findings.length === 0 ? 'none listed' : count(findings.length, 'finding')}`,
    ...findings.slice(0, 5).map((finding) => `${INDENT}- ${clip(finding)}`),
  ];
}

function criteriaLines(state: FeatureState): string[] {
  const tally = criteriaTally(state);
  if (tally.length === 0) return [];
  const met = tally.filter((item) => item.metBy.length > 0).length;
  return [
    `Criteria:  ${met} of ${tally.length} met`,
    ...tally.map(
      (item) =>
        `${INDENT}${item.metBy.length ? '✓' : '·'} ${item.number}. ${clip(item.text)}${item.metBy.length ? ` (${item.metBy.join(', ')})` : ''}`,
    ),
  ];
}

function scopeLines({ state, scope }: GateScreen): string[] {
  return [
    scope.length === 0
      ? `Scope:     inside ${state.projectRoot || 'the workspace'} and the files its handoff names`
      : `Scope:     ${count(scope.length, 'file')} outside the feature's scope:`,
    ...scope.map((problem) => `${INDENT}- ${problem.file ?? ''}: ${clip(problem.message)}`),
  ];
}

function nextLines({ phase, next }: GateScreen): string[] {
  if (!next) return [];
  const who = next.draftedBy
    ? `drafted by ${next.draftedBy}, the model that finished ${phase.phase}`
    : `drafted from git (${next.fallback ?? 'no model draft'})`;
  return [`Next:      ${next.phase}, from ${next.path} (${who})`];
}

/** Why the relay stops, and the commands that go on from here; or that the relay is done. */
function choiceLines({ state, phase, next, reason }: GateScreen, commands: Commands): string[] {
  if (reason === 'done' || !next) {
    return [
      `The relay is done: every phase has run. \`baton status ${state.feature}\` shows the feature;`,
      `merge ${phase.branch} when it is ready (the pre-merge hook runs \`baton check\`).`,
    ];
  }
  const why: Record<Exclude<GateScreen['reason'], 'done'>, string> = {
    gate: 'The relay stops here for your review.',
    'review-required': `The map says ${phase.phase} needs a review (review: "required"): no flag skips this gate.`,
    through: `The relay ran through ${phase.phase}, as asked.`,
  };
  const others = Object.keys(state.map.models).filter((alias) => alias !== phase.entry.model);
  const relay = bare(commands.runRelay(state.project));
  const lines = [
    why[reason],
    `  Go on:                     ${relay}`,
    `  Edit the next handoff:     ${next.path}, then ${relay}`,
  ];
  if (others.length > 0) {
    lines.push(
      `  Rerun with another model:  ${bare(commands.runPhase(state.project, phase.phase, `--model ${others[0]}`))}   (models: ${others.join(', ')})`,
    );
  }
  return lines;
}

/** The report's first lines of substance: headings and the first items, front matter aside. */
function reportSummary(workspaceRoot: string, report: string): string[] {
  const body = documentText(readFileSync(join(workspaceRoot, report), 'utf8')).replace(
    /^---\n[\s\S]*?\n---\n/,
    '',
  );
  return (
    body
      .split('\n')
      .map((line) => line.trim())
      // Headings and the first line of each item: the report's outline, not its wrapped prose.
      .filter((line) => /^(#{1,6} |[-*] |\d+\. )/.test(line))
      .slice(0, 6)
      .map(clip)
  );
}

/** A command as a line of its own shows it: without the backticks it has inside a sentence. */
function bare(command: string): string {
  return command.replace(/^`(.*)`$/, '$1');
}

function clip(text: string): string {
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}
