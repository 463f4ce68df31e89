import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { createWorkspace, type Workspace } from '@baton/testing/workspace';

describe('nx g phase-branch', () => {
  let ws: Workspace;
  beforeEach(() => {
    ws = createWorkspace(inject('workspaceTemplate'));
    ws.updateJson<{ plugins: unknown[] }>('nx.json', (nxJson) => {
      nxJson.plugins.push({ plugin: '@baton/nx', options: {} });
    });
    ws.commitAll('Register Baton');
    ws.addLibrary('analytics');
  });
  afterEach(() => ws.dispose());

  const phaseBranch = (phase: string, options: Record<string, boolean> = {}) =>
    ws.generate('phase-branch', { project: 'analytics', phase, interactive: false, ...options });

  it('chains each phase branch from the previous one, keeping untracked work', () => {
    ws.write('notes.txt', 'my own notes, never committed\n');
    const architecture = phaseBranch('architecture');
    expect(architecture.code, architecture.output).toBe(0);
    expect(architecture.output).toContain(
      'Create feature/analytics-gpt-architecture for architecture (gpt) from main',
    );
    expect(ws.git('branch', '--show-current')).toBe('feature/analytics-gpt-architecture');
    expect(ws.read('notes.txt')).toBe('my own notes, never committed\n');

    ws.write('packages/analytics/src/schema.ts', 'export const tables = ["user_events"];\n');
    ws.git('add', 'packages/analytics/src/schema.ts');
    ws.git('commit', '-q', '--no-verify', '-m', 'Add the schema');
    const tip = ws.git('rev-parse', 'HEAD');

    const dataProcessing = phaseBranch('data-processing');
    expect(dataProcessing.code, dataProcessing.output).toBe(0);
    expect(dataProcessing.output).toContain(
      'from feature/analytics-gpt-architecture (the branch of the previous phase, architecture)',
    );
    expect(ws.git('branch', '--show-current')).toBe('feature/analytics-gemini-data-processing');
    expect(ws.git('rev-parse', 'HEAD')).toBe(tip);
    expect(ws.read('notes.txt')).toBe('my own notes, never committed\n');
  });

  it('with --dry-run says what it would do and does nothing', () => {
    const before = ws.treeHash();
    const result = phaseBranch('architecture', { 'dry-run': true });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain(
      'Create feature/analytics-gpt-architecture for architecture (gpt) from main (the current branch: architecture is the first phase) and switch to it.',
    );
    expect(result.output).toContain('no changes were made');
    expect(ws.treeHash()).toBe(before);
    expect(ws.git('branch', '--list', 'feature/*')).toBe('');
  });

  describe('refuses with a clear error, a non-zero exit and nothing changed', () => {
    function refuses(phase: string, message: string): void {
      const before = ws.treeHash();
      const result = phaseBranch(phase);
      expect(result.code, result.output).not.toBe(0);
      expect(result.output.replace(/\s+/g, ' ')).toContain(message);
      expect(ws.treeHash()).toBe(before);
    }

    it('a dirty work tree, listing the files', () => {
      ws.write('packages/analytics/src/index.ts', 'export const analytics = false;\n');
      refuses(
        'architecture',
        'The work tree has uncommitted changes to tracked files: packages/analytics/src/index.ts.',
      );
    });

    it('a branch that exists already, saying how to switch to it', () => {
      ws.git('branch', 'feature/analytics-gpt-architecture');
      refuses('architecture', 'Switch to it with `git switch feature/analytics-gpt-architecture`');
    });

    it('a detached HEAD', () => {
      ws.git('switch', '-q', '--detach', 'HEAD');
      const before = ws.git('rev-parse', 'HEAD');
      const result = phaseBranch('architecture');
      expect(result.code).not.toBe(0);
      expect(result.output).toContain('HEAD is detached');
      expect(ws.git('rev-parse', 'HEAD')).toBe(before);
      expect(ws.git('branch', '--list', 'feature/*')).toBe('');
    });

    it('an unknown phase, listing the phases', () => {
      refuses('deploy', 'its phases are: architecture, data-processing, security-review, tests');
    });

    it('a workspace that is not a git repository', () => {
      rmSync(ws.path('.git'), { recursive: true, force: true });
      const result = phaseBranch('architecture');
      expect(result.code).not.toBe(0);
      expect(result.output).toContain('is not inside a git repository with a commit');
    });
  });
});
