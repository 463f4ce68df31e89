import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainCommands, type Commands } from '@baton/errors';
import type { CheckProblem } from '../gate';
import type { LedgerEntry } from '../provenance';
import { criteriaTally, reportFindings, type FeatureState, type PhaseState } from './state';

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
  const { state, phase, entry } = screen;
  const { project } = state;
  const lines: string[] = [];
  const entries = screen.entries ?? [entry];
  const model = entries
    .map((line) => `${line.alias} (${line.provider}/${line.modelReported ?? line.modelRequested})`)
    .join(', ');
  lines.push('', `── ${phase.phase} is done: ${model} ${'─'.repeat(20)}`);

  if (entry.report) {
    lines.push(`Did:       wrote ${entry.report}`);
    for (const line of reportSummary(state.workspaceRoot, entry.report))
      lines.push(`           ${line}`);
  } else if (screen.commit) {
    lines.push(
      `Did:       committed ${screen.commit.hash.slice(0, 7)} "${screen.commit.subject}" on ${phase.branch}`,
    );
    for (const line of screen.commit.stat.split('\n')) lines.push(`           ${line.trim()}`);
  }
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
  lines.push(
    `Cost:      ${money(cost)} (${each}${tokensIn.toLocaleString('en-US')} tokens in, ${tokensOut.toLocaleString('en-US')} out); the feature so far ${money(spent)}` +
      (phase.entry.budget?.maxCostUsd ? `; budget ${money(phase.entry.budget.maxCostUsd)}` : ''),
  );
  const fitted = entry.fitted ?? [];
  if (fitted.length > 0) {
    lines.push(
      `Fitted:    ${count(fitted.length, 'file')} sent structure only (were whole) to fit the context window:`,
    );
    for (const file of fitted.slice(0, 5)) lines.push(`           - ${file.path}`);
    if (fitted.length > 5)
      lines.push(`           … and ${fitted.length - 5} more (the ledger lists them)`);
  }
  const findings = entry.report ? reportFindings(state.workspaceRoot, entry.report) : [];
  lines.push(
    `Findings:  ${findings.length === 0 ? 'none listed' : count(findings.length, 'finding')}`,
  );
  for (const finding of findings.slice(0, 5)) lines.push(`           - ${clip(finding)}`);

  const tally = criteriaTally(state);
  if (tally.length > 0) {
    const met = tally.filter((item) => item.metBy.length > 0).length;
    lines.push(`Criteria:  ${met} of ${tally.length} met`);
    for (const item of tally) {
      lines.push(
        `           ${item.metBy.length ? '✓' : '·'} ${item.number}. ${clip(item.text)}${item.metBy.length ? ` (${item.metBy.join(', ')})` : ''}`,
      );
    }
  }
  lines.push(
    screen.scope.length === 0
      ? `Scope:     inside ${state.projectRoot || 'the workspace'} and the files its handoff names`
      : `Scope:     ${count(screen.scope.length, 'file')} outside the feature's scope:`,
  );
  for (const problem of screen.scope)
    lines.push(`           - ${problem.file ?? ''}: ${clip(problem.message)}`);

  if (screen.next) {
    const who = screen.next.draftedBy
      ? `drafted by ${screen.next.draftedBy}, the model that finished ${phase.phase}`
      : `drafted from git (${screen.next.fallback ?? 'no model draft'})`;
    lines.push(`Next:      ${screen.next.phase}, from ${screen.next.path} (${who})`);
  }

  lines.push('');
  if (screen.reason === 'done' || !screen.next) {
    lines.push(
      `The relay is done: every phase has run. \`baton status ${state.feature}\` shows the feature;`,
    );
    lines.push(`merge ${phase.branch} when it is ready (the pre-merge hook runs \`baton check\`).`);
    return `${lines.join('\n')}\n`;
  }
  const why: Record<GateScreen['reason'], string> = {
    gate: 'The relay stops here for your review.',
    'review-required': `The map says ${phase.phase} needs a review (review: "required"): no flag skips this gate.`,
    through: `The relay ran through ${phase.phase}, as asked.`,
    done: '',
  };
  const others = Object.keys(state.map.models).filter((alias) => alias !== phase.entry.model);
  lines.push(why[screen.reason]);
  const relay = bare(commands.runRelay(project));
  lines.push(`  Go on:                     ${relay}`);
  lines.push(`  Edit the next handoff:     ${screen.next.path}, then ${relay}`);
  if (others.length > 0) {
    lines.push(
      `  Rerun with another model:  ${bare(commands.runPhase(project, phase.phase, `--model ${others[0]}`))}   (models: ${others.join(', ')})`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The report's first lines of substance: headings and the first items, front matter aside. */
function reportSummary(workspaceRoot: string, report: string): string[] {
  const body = readFileSync(join(workspaceRoot, report), 'utf8').replace(
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
