import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codebaseFile, workspaceCodebase, workspaceCodebaseFiles } from '@baton/corpus';
import { emulatorForTests } from '@baton/testing';
import { Workspace } from '@baton/testing/workspace';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { handoffs, ledgerRuns, nx, project, registerTestMap } from './phase-workspace';

/** Real code in the workspace's conventions, held out of what the profile learned from. */
const heldOut = 'internal/utils/backoff.ts';
const inStyle = codebaseFile(workspaceCodebase.name, heldOut);
/** Real code from another codebase (zod's locales): default export, PascalCase locals, arrow constants. */
const otherStyle = codebaseFile('zod', 'locales/en.ts');
const readme = '# The company\n\nThe web app lives in web/.\n';

/**
 * The prepared workspace as `web/` of a company's repository, with a file of its own at the top:
 * git's top level is not the Nx workspace. Disposing of it removes the whole repository.
 */
function workspaceInSubfolder(template: string): Workspace {
  const repo = mkdtempSync(join(tmpdir(), 'baton-subfolder-'));
  const ws = new Workspace(join(repo, 'web'));
  execFileSync('cp', ['-a', template, ws.root]);
  rmSync(ws.path('.git'), { recursive: true, force: true });
  ws.write('../README.md', readme);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env: ws.env() });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'Start the company repository');
  return ws;
}

const edit = (path: string, text: string) =>
  `=== baton:message\nAdd ${path}\n=== baton:end\n=== baton:write ${path}\n${text}\n=== baton:end\n`;

describe('a workspace in a subfolder of its git repository', () => {
  const emulator = emulatorForTests();
  let ws: Workspace;
  const run = (target: string) => nx(ws, ['run', target], emulator.env);

  beforeAll(() => {
    ws = workspaceInSubfolder(inject('workspaceTemplate'));
    ws.write('.prettierrc', `${JSON.stringify(workspaceCodebase.prettier)}\n`);
    ws.commitAll('Format as the SDK is formatted');
  });
  afterAll(() => ws.dispose());

  it('gets hooks from init that change into the workspace, active from the repository top', () => {
    const init = ws.nx(['g', '@baton/nx:init']);
    expect(init.code, init.output).toBe(0);
    expect(init.output).not.toContain('not a git repository');
    expect(init.output).toContain('Git hooks are active');
    expect(ws.git('config', 'core.hooksPath')).toBe('web/.husky/_');
    expect(ws.read('.husky/pre-commit')).toBe('cd web\nlint-staged\n');
    expect(ws.read('.husky/commit-msg')).toBe(
      'cd web\n[ -z "$BATON_PHASE" ] || baton-commit-msg "$1"\n',
    );
    expect(ws.readJson<{ scripts: Record<string, string> }>('package.json').scripts.prepare).toBe(
      'cd .. && husky web/.husky',
    );
    expect(ws.exists('../.husky')).toBe(false);
  });

  it('hands over, runs a report and a changes phase whose commits pass the real hooks, and checks them', async () => {
    registerTestMap(ws);
    ws.commitAll('Set up Baton');
    // The workspace's own code, written by people: a real SDK's sources, from node_modules.
    ws.addLibrary('sdk', workspaceCodebaseFiles('src', [heldOut]));
    ws.addLibrary('analytics');
    const learn = ws.baton(['style', 'learn']);
    expect(learn.code, learn.output).toBe(0);
    ws.commitAll('Learn the workspace style');

    const started = ws.generate('handoff', {
      project: 'analytics',
      goal: 'Event counts: per day, for the dashboard',
    });
    expect(started.code, started.output).toBe(0);
    expect(ws.exists(`${handoffs}/001-start-to-architecture.md`)).toBe(true);
    const architectureBranch = ws.generate('phase-branch', {
      project: 'analytics',
      phase: 'architecture',
    });
    expect(architectureBranch.code, architectureBranch.output).toBe(0);

    emulator.setScript({
      replies: [{ phase: 'architecture', text: '## Plan\n\n- Count events per day.\n' }],
    });
    const report = await run(`${project}:architecture`);
    expect(report.code, report.output).toBe(0);
    expect(ws.read(`${handoffs}/reports/001-architecture.md`)).toContain('Count events per day.');
    // A person's commit, through the hooks: lint-staged runs and passes it.
    const recorded = ws.run('git', ['add', '-A']);
    expect(recorded.code, recorded.output).toBe(0);
    const personal = ws.run('git', ['commit', '-m', 'Record the architecture report']);
    expect(personal.code, personal.output).toBe(0);
    expect(personal.output).toContain('Running tasks for staged files');

    const next = ws.generate('handoff', { project: 'analytics' });
    expect(next.code, next.output).toBe(0);
    const changesBranch = ws.generate('phase-branch', {
      project: 'analytics',
      phase: 'data-processing',
    });
    expect(changesBranch.code, changesBranch.output).toBe(0);
    const branch = 'feature/analytics-gemini-data-processing';
    expect(ws.git('branch', '--show-current')).toBe(branch);

    // The style gate in the pre-commit hook refuses a model's code in another codebase's style.
    const head = ws.git('rev-parse', 'HEAD');
    emulator.setScript({
      replies: [
        {
          phase: 'data-processing',
          text: edit('packages/analytics/src/locales/en.ts', otherStyle),
        },
      ],
    });
    const refused = await run(`${project}:data-processing`);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('git commit refused');
    expect(refused.output).toContain('packages/analytics/src/locales/en.ts');
    expect(refused.output).toMatch(/naming\.variables {2}variable `Sizable` is PascalCase/);
    expect(ws.git('rev-parse', 'HEAD')).toBe(head);
    expect(ws.exists('packages/analytics/src/locales/en.ts')).toBe(false);

    emulator.setScript({
      replies: [
        { phase: 'data-processing', text: edit('packages/analytics/src/backoff.ts', inStyle) },
      ],
    });
    const changed = await run(`${project}:data-processing`);
    expect(changed.code, changed.output).toBe(0);
    expect(ws.git('log', '-1', '--format=%s%n%(trailers:only)')).toBe(
      [
        'Add packages/analytics/src/backoff.ts',
        'AI-Phase: data-processing',
        'AI-Model: google/gemini-2.5-pro',
        `AI-Handoff: ${handoffs}/002-architecture-to-data-processing.md`,
      ].join('\n'),
    );
    expect(ws.git('show', '--name-only', '--format=', 'HEAD')).toBe(
      'web/packages/analytics/src/backoff.ts',
    );
    expect(ledgerRuns(ws)).toEqual([
      expect.objectContaining({ phase: 'architecture', outcome: 'success' }),
      expect.objectContaining({ phase: 'data-processing', outcome: 'failure' }),
      expect.objectContaining({ phase: 'data-processing', outcome: 'success', branch }),
    ]);

    const check = ws.baton(['check']);
    expect(check.code, check.output).toBe(0);
    expect(check.stdout).toContain(
      'baton check: 1 model-written commit in main..HEAD by data-processing',
    );
    expect(check.stdout).toMatch(/ok {4}style {7}1 source file follows/);
    const blame = ws.baton(['blame', 'packages/analytics/src/backoff.ts']);
    expect(blame.code, blame.output).toBe(0);
    expect(blame.stdout).toMatch(/lines: \d+ google\/gemini-2\.5-pro\n/);
    expect(ws.read('../README.md')).toBe(readme);
  });
});
