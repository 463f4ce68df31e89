import { codebaseFile, workspaceCodebase, workspaceCodebaseFiles } from '@baton/corpus';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { trailerArgs } from '@baton/relay';
import { geminiPhase, productHandoff } from '@baton/testing';
import { createWorkspace, type Workspace } from '@baton/testing/workspace';

const phaseBranch = 'feature/analytics-gemini-data-processing';
const phaseEnv = { BATON_PHASE: 'data-processing' };
const trailers = trailerArgs(geminiPhase);
/** Real code in the workspace's conventions, held out of what the profile learned from. */
const heldOut = 'internal/utils/backoff.ts';
const inStyle = codebaseFile(workspaceCodebase.name, heldOut);
const inStylePath = `packages/analytics/src/sdk/${heldOut}`;
/** Real code from another codebase (zod's locales): default export, PascalCase locals, arrow constants. */
const otherStyle = codebaseFile('zod', 'locales/en.ts');

describe('the git hooks nx g @baton/nx:init installs', () => {
  let prepared: Workspace;
  let ws: Workspace;

  beforeAll(() => {
    prepared = createWorkspace(inject('workspaceTemplate'));
    // The workspace's Prettier settings are those its code (the SDK's, below) was formatted with.
    prepared.write('.prettierrc', `${JSON.stringify(workspaceCodebase.prettier)}\n`);
    const init = prepared.nx(['g', '@baton/nx:init']);
    expect(init.code, init.output).toBe(0);
    prepared.commitAll('Set up Baton');
    // The workspace's own code, written by people: a real SDK's sources, from node_modules.
    const files = workspaceCodebaseFiles('src/sdk', [heldOut]);
    files['handoffs/002-architecture-to-data-processing.md'] = productHandoff;
    prepared.addLibrary('analytics', files);
    const learn = prepared.baton(['style', 'learn']);
    expect(learn.code, learn.output).toBe(0);
    prepared.commitAll('Learn the workspace style');
  });
  afterAll(() => prepared.dispose());
  beforeEach(() => {
    ws = createWorkspace(prepared.root);
  });
  afterEach(() => ws.dispose());

  const commit = (message: string, options: { env?: NodeJS.ProcessEnv; args?: string[] } = {}) =>
    ws.run('git', ['commit', '-m', message, ...(options.args ?? [])], { env: options.env });

  it('writes one-line husky hooks and activates them', () => {
    expect(ws.git('config', 'core.hooksPath')).toBe('.husky/_');
    expect(ws.read('.husky/pre-commit')).toBe('lint-staged\n');
    expect(ws.read('.husky/commit-msg')).toBe('[ -z "$BATON_PHASE" ] || baton-commit-msg "$1"\n');
    expect(ws.read('.husky/pre-merge-commit')).toBe('baton check --base HEAD --head MERGE_HEAD\n');
  });

  it('passes a clean model commit on a phase branch, trailers and all', () => {
    ws.git('checkout', '-q', '-b', phaseBranch);
    ws.write(inStylePath, inStyle);
    ws.git('add', inStylePath);
    const result = commit('data-processing: cost of a run', { env: phaseEnv, args: trailers });
    expect(result.code, result.output).toBe(0);
    expect(ws.git('log', '-1', '--format=%(trailers:key=AI-Phase,valueonly)')).toBe(
      'data-processing',
    );
    expect(ws.git('status', '--porcelain')).toBe('');
  });

  it('stops a model commit written in another codebase’s style, naming file, line and convention', () => {
    ws.git('checkout', '-q', '-b', phaseBranch);
    const head = ws.git('rev-parse', 'HEAD');
    ws.write('packages/analytics/src/locales/en.ts', otherStyle);
    ws.git('add', 'packages/analytics/src/locales/en.ts');
    const result = commit('data-processing: English messages', { env: phaseEnv, args: trailers });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('packages/analytics/src/locales/en.ts');
    expect(result.output).toMatch(/132:1 {2}exports\.kind {2}the module has a default export/);
    expect(result.output).toMatch(/6:9 {2}naming\.variables {2}variable `Sizable` is PascalCase/);
    expect(result.output).toContain('fix: rename it to `sizable`');
    expect(ws.git('rev-parse', 'HEAD')).toBe(head);
    expect(ws.git('diff', '--cached', '--name-only')).toBe('packages/analytics/src/locales/en.ts');
  });

  it('does not style-check a human commit', () => {
    ws.write('packages/analytics/src/locales/en.ts', otherStyle);
    ws.git('add', 'packages/analytics/src/locales/en.ts');
    const result = commit('Add English messages');
    expect(result.code, result.output).toBe(0);
    expect(result.output).not.toContain('style departure');
    expect(ws.git('log', '-1', '--format=%(trailers)')).toBe('');
  });

  it('keeps the unstaged lines of a partially staged file, when the commit passes and when it is stopped', () => {
    const file = 'packages/analytics/src/sdk/lib/internal/toolsets/family.ts';
    /** Stages `staged` as the file's next version, then leaves one more line in the work tree only. */
    const partiallyStage = (staged: string) => {
      ws.write(file, staged);
      ws.git('add', file);
      const working = `${staged}\nexport const unstagedLine = 1;\n`;
      ws.write(file, working);
      return working;
    };

    const first = ws
      .read(file)
      .replace('export function toolsetFamily(', '/** Staged. */\nexport function toolsetFamily(');
    const working = partiallyStage(first);
    const passed = commit('Document toolsetFamily');
    expect(passed.code, passed.output).toBe(0);
    expect(`${ws.git('show', `HEAD:${file}`)}\n`).toBe(first);
    expect(ws.read(file)).toBe(working);
    expect(ws.git('diff', '--name-only')).toBe(file);

    ws.git('checkout', '-q', '-b', phaseBranch);
    const second = first.replace('/** Staged. */', '/** Staged twice. */');
    const workingAgain = partiallyStage(second);
    ws.write('packages/analytics/src/locales/en.ts', otherStyle);
    ws.git('add', 'packages/analytics/src/locales/en.ts');
    const before = ws.treeHash();
    const stopped = commit('data-processing: English messages', { env: phaseEnv, args: trailers });
    expect(stopped.code).not.toBe(0);
    expect(stopped.output).toContain('exports.kind');
    expect(ws.read(file)).toBe(workingAgain);
    expect(ws.git('show', `:${file}`)).toBe(second.trimEnd());
    expect(ws.treeHash()).toBe(before);
  });

  it('refuses a phase commit that lost its trailers, and lets a person commit on a phase branch', () => {
    ws.git('checkout', '-q', '-b', phaseBranch);
    ws.write(inStylePath, inStyle);
    ws.git('add', inStylePath);
    const lost = commit('data-processing: cost of a run', { env: phaseEnv });
    expect(lost.code).not.toBe(0);
    expect(lost.output).toContain('has no "AI-Phase" trailer');
    expect(lost.output).toContain('git commit --trailer "AI-Phase: data-processing"');

    const human = commit('A person adds the cost of a run');
    expect(human.code, human.output).toBe(0);
    expect(ws.git('log', '-1', '--format=%s%n%(trailers)')).toBe('A person adds the cost of a run');
  });

  it('refuses to merge model commits that fail the gate, and merges those that pass', () => {
    ws.git('checkout', '-q', '-b', phaseBranch);
    ws.write('packages/analytics/src/locales/en.ts', otherStyle);
    ws.git('add', 'packages/analytics/src/locales/en.ts');
    // --no-verify: the commit skips pre-commit, as a model's commit could; the gate before merge still holds.
    ws.git('commit', '-q', '--no-verify', '-m', 'data-processing: English messages', ...trailers);
    ws.git('checkout', '-q', 'main');
    const before = ws.git('rev-parse', 'HEAD');
    const refused = ws.run('git', ['merge', '--no-ff', '-m', 'Merge data-processing', phaseBranch]);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain(
      'baton check: 1 model-written commit in HEAD..feature/analytics-gemini-data-processing',
    );
    expect(refused.output).toMatch(/FAIL {2}formatting/);
    expect(refused.output).toMatch(/FAIL {2}style/);
    expect(refused.output).toContain('packages/analytics/src/locales/en.ts:132:1  exports.kind');
    expect(ws.git('rev-parse', 'HEAD')).toBe(before);
    ws.git('merge', '--abort');

    ws.git('checkout', '-q', '-b', 'feature/analytics-gemini-data-processing-costs');
    ws.write(inStylePath, inStyle);
    ws.git('add', inStylePath);
    const committed = commit('data-processing: cost of a run', { env: phaseEnv, args: trailers });
    expect(committed.code, committed.output).toBe(0);
    ws.git('checkout', '-q', 'main');
    const merged = ws.run('git', [
      'merge',
      '--no-ff',
      '-m',
      'Merge the costs',
      'feature/analytics-gemini-data-processing-costs',
    ]);
    expect(merged.code, merged.output).toBe(0);
    expect(merged.output).toContain('baton check passed.');
    expect(ws.git('log', '-1', '--format=%s')).toBe('Merge the costs');
  });
});
