import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { globSync } from 'tinyglobby';
import { plainCommands, type Commands } from '@baton/errors';
import { UnknownFeatureError } from '../errors';
import type { CollaborationMap } from '../map';
import { featureName, parseFeature } from '../feature';
import { currentBranch } from '../git';
import { criteriaTally, readFeatureState, reportFindings } from './state';

/** A feature project of the workspace: the Nx project that holds `handoffs/FEATURE.md`. */
export interface FeatureProject {
  feature: string;
  project: string;
  projectRoot: string;
}

/**
 * The workspace's features: every project with `handoffs/FEATURE.md`, named as Nx names it (the
 * `name` of project.json, else of package.json), the way the plugin infers their targets.
 */
export function findFeatures(workspaceRoot: string): FeatureProject[] {
  return globSync('**/handoffs/FEATURE.md', {
    cwd: workspaceRoot,
    ignore: ['**/node_modules/**', '**/dist/**', '.git/**'],
  })
    .sort()
    .flatMap((file) => {
      const projectRoot = dirname(dirname(file)).replace(/^\.$/, '');
      const project = projectName(workspaceRoot, projectRoot);
      if (project === null) return [];
      const vision = parseFeature(readFileSync(join(workspaceRoot, file), 'utf8'), file);
      return [{ feature: featureName(project, vision.feature), project, projectRoot }];
    });
}

function projectName(workspaceRoot: string, projectRoot: string): string | null {
  for (const file of ['project.json', 'package.json']) {
    const path = join(workspaceRoot, projectRoot, file);
    if (!existsSync(path)) continue;
    const json = JSON.parse(readFileSync(path, 'utf8')) as {
      name?: unknown;
      nx?: { name?: unknown };
    };
    // Nx names a package.json project by its `nx.name` when it has one.
    const name = json.nx?.name ?? json.name;
    if (typeof name === 'string' && name) return name;
  }
  return null;
}

/** One feature named by its feature name or its project's name. */
export function findFeature(workspaceRoot: string, name: string): FeatureProject {
  const features = findFeatures(workspaceRoot);
  const found = features.find((item) => item.feature === name || item.project === name);
  if (!found)
    throw new UnknownFeatureError(
      name,
      features.map((item) => item.feature),
    );
  return found;
}

export interface FeatureStatus {
  feature: string;
  project: string;
  projectRoot: string;
  title: string;
  branch: string | null;
  next: string | null;
  costUsd: number;
  unpricedRuns: number;
  phases: Array<{
    phase: string;
    model: string;
    produces: 'report' | 'changes';
    state: 'done' | 'next' | 'waiting';
    branch: string;
    runs: number;
    failures: number;
    costUsd: number;
    budgetUsd: number | null;
    review: 'required' | null;
    report: string | null;
    commit: string | null;
    findings: string[];
    /** Referenced files the counted run sent structure only to fit the model's context window. */
    fitted: string[];
  }>;
  criteria: Array<{ number: number; text: string; metBy: string[] }>;
  openFindings: number;
}

/** Where a feature stands: phases done and next, branch, cost against budgets, findings, criteria. */
export async function featureStatus(
  workspaceRoot: string,
  feature: FeatureProject,
  map: CollaborationMap,
): Promise<FeatureStatus> {
  const state = await readFeatureState(workspaceRoot, feature.project, feature.projectRoot, map);
  const phases = state.phases.map((phase) => {
    const report = phase.run?.report ?? null;
    return {
      phase: phase.phase,
      model: phase.entry.model,
      produces: phase.entry.produces,
      state: phase.done
        ? ('done' as const)
        : phase === state.next
          ? ('next' as const)
          : ('waiting' as const),
      branch: phase.branch,
      runs: phase.runs.length,
      failures: phase.runs.filter((run) => run.outcome === 'failure').length,
      costUsd: phase.runs.reduce((sum, run) => sum + (run.costUsd ?? 0), 0),
      budgetUsd: phase.entry.budget?.maxCostUsd ?? null,
      review: phase.entry.review ?? null,
      report,
      commit: phase.commit,
      findings: report ? reportFindings(workspaceRoot, report) : [],
      fitted: (phase.run?.fitted ?? []).map((file) => file.path),
    };
  });
  return {
    feature: state.feature,
    project: state.project,
    projectRoot: state.projectRoot,
    title: state.vision.title,
    branch: await currentBranch(workspaceRoot),
    next: state.next?.phase ?? null,
    costUsd: state.ledger.reduce((sum, run) => sum + (run.costUsd ?? 0), 0),
    unpricedRuns: state.ledger.filter((run) => run.costUsd === null).length,
    phases,
    criteria: criteriaTally(state),
    // A review's findings stay open until a later phase has run after it.
    openFindings: phases
      .filter((phase, index) => phases.slice(index + 1).every((later) => later.state !== 'done'))
      .reduce((sum, phase) => sum + phase.findings.length, 0),
  };
}

const money = (cost: number) => `$${cost.toFixed(4)}`;

/** A feature's status as text: one table of phases, then the criteria and what to run next. */
export function renderStatus(status: FeatureStatus, commands: Commands = plainCommands): string {
  const rows = [
    ['phase', 'model', 'produces', 'state', 'runs', 'cost', 'budget', 'findings'],
    ...status.phases.map((phase) => [
      phase.phase + (phase.review ? ' (review)' : ''),
      phase.model,
      phase.produces,
      phase.state,
      String(phase.runs) + (phase.failures ? ` (${phase.failures} failed)` : ''),
      money(phase.costUsd),
      phase.budgetUsd === null ? '' : money(phase.budgetUsd),
      phase.findings.length ? String(phase.findings.length) : '',
    ]),
  ];
  const widths = rows[0]!.map((_, index) => Math.max(...rows.map((row) => row[index]!.length)));
  const table = rows.map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
  const lines = [
    `${status.feature} (${status.project}, ${status.projectRoot || '.'}): ${status.title}`,
    `Branch: ${status.branch ?? '(detached HEAD)'}. Cost so far: ${money(status.costUsd)}${status.unpricedRuns ? ` + ${status.unpricedRuns} unpriced runs` : ''}.`,
    '',
    ...table,
  ];
  if (status.criteria.length) {
    const met = status.criteria.filter((item) => item.metBy.length).length;
    lines.push('', `Acceptance criteria: ${met} of ${status.criteria.length} met`);
    for (const item of status.criteria) {
      lines.push(
        `  ${item.metBy.length ? '✓' : '·'} ${item.number}. ${item.text}${item.metBy.length ? ` (${item.metBy.join(', ')})` : ''}`,
      );
    }
  }
  if (status.openFindings) lines.push('', `Open findings: ${status.openFindings}`);
  const fitted = status.phases.filter((phase) => phase.fitted.length > 0);
  if (fitted.length) {
    const each = fitted.map(
      (phase) =>
        `${phase.phase} sent ${phase.fitted.length} file${phase.fitted.length === 1 ? '' : 's'} structure only`,
    );
    lines.push('', `Fitted to the context window: ${each.join('; ')}.`);
  }
  lines.push(
    '',
    status.next
      ? `Next: ${status.next}. Run ${commands.runRelay(status.project)}.`
      : 'Every phase has run.',
  );
  return `${lines.join('\n')}\n`;
}
