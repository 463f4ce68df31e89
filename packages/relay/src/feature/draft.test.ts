import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempRepoForTests } from '@baton/testing';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { NotAGitRepositoryError } from '../errors';
import { draftHandoff } from './draft';
import { parseFilesOption } from './options';
import { featureTitle } from './vision';
import { workspaceFilesOnDisk } from './references';
import { defaultCollaborationMap } from '../map';

const project = { name: '@acme/analytics', root: 'libs/analytics' };
const repo = tempRepoForTests({
  prefix: 'baton-draft-',
  branch: 'trunk',
  user: { name: 'Dev', email: 'dev@example.com' },
  files: { 'libs/analytics/src/index.ts': 'export {};\n' },
});

describe('draftHandoff, on the file system without Nx', () => {
  it('drafts the first handoff and FEATURE.md, writing nothing itself', async () => {
    const draft = await draftHandoff(
      { project, goal: 'Export: CSV and PDF export of any report' },
      {
        map: defaultCollaborationMap,
        files: workspaceFilesOnDisk(repo.root),
        defaultBase: 'trunk',
        now: new Date('2026-11-26T10:00:00.123Z'),
      },
    );
    expect(draft.feature).toMatchObject({
      path: 'libs/analytics/handoffs/FEATURE.md',
      text: '# Export\n\nExport: CSV and PDF export of any report\n',
    });
    expect(draft.handoff.path).toBe('libs/analytics/handoffs/001-start-to-architecture.md');
    expect(draft.handoff.text).toBe(
      [
        '---',
        'feature: analytics',
        'from: { phase: start, model: human }',
        'to: { phase: architecture, model: gpt }',
        // A hash that reads as a number in YAML (8171e86) is written quoted.
        `base: ${stringify(repo.git('rev-parse', '--short', 'HEAD')).trim()}`,
        'created: 2026-11-26T10:00:00Z',
        '---',
        '',
        '## Handoff: human → gpt',
        '',
        '**Feature**: Export',
        "**Completed**: The feature's goal (handoffs/FEATURE.md)",
        '**Next Phase**: architecture',
        '**Key Context**:',
        '',
        '**Files to Reference**:',
        '',
        '- src/index.ts (structure only)',
        '',
      ].join('\n'),
    );
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('leaves out commits that only committed handoffs, and commits of other phases', async () => {
    const files = workspaceFilesOnDisk(repo.root);
    const first = await draftHandoff(
      { project, goal: 'Export' },
      { map: defaultCollaborationMap, files },
    );
    repo.write(first.handoff.path, first.handoff.text);
    repo.write(first.feature!.path, first.feature!.text);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'Hand off to architecture');
    repo.write('libs/analytics/src/export.ts', 'export const formats = ["csv"];\n');
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'Plan the exporters', '--trailer', 'AI-Phase: architecture');
    repo.write('libs/analytics/src/pdf.ts', 'export {};\n');
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'Stray review fix', '--trailer', 'AI-Phase: security-review');

    const second = await draftHandoff({ project }, { map: defaultCollaborationMap, files });
    expect(second.feature).toBeUndefined();
    expect(second.handoff.document.completed).toBe('architecture: Plan the exporters');
    expect(second.handoff.document.files.map((file) => file.path)).toEqual([
      'src/index.ts',
      'src/export.ts',
      'src/pdf.ts',
    ]);
  });

  it('counts a first branch’s work from the repository’s own default branch when nx.json names none', async () => {
    // The repository's default branch is trunk; nx.json's default base, left unset, would be main.
    repo.git('switch', '-q', '-c', 'feature/export');
    repo.write('libs/analytics/src/export.ts', 'export const formats = ["csv"];\n');
    repo.commitAll('Plan the exporters');

    const draft = await draftHandoff(
      { project, goal: 'Export' },
      { map: defaultCollaborationMap, files: workspaceFilesOnDisk(repo.root) },
    );
    expect(draft.handoff.document.files.map((file) => file.path)).toEqual([
      'src/export.ts',
      'src/index.ts',
    ]);
  });
});

describe('option parsing', () => {
  it('refuses a --from that names no phase, its fix naming --from, and writes nothing', async () => {
    const asked = draftHandoff(
      { project, goal: 'Export', from: 'deploy' },
      {
        map: defaultCollaborationMap,
        files: workspaceFilesOnDisk(repo.root),
        defaultBase: 'trunk',
      },
    );
    await expect(asked).rejects.toThrow(
      '"deploy" is not a phase of the collaboration map; its phases are: architecture, data-processing, security-review, tests. Name one of them (e.g. `--from architecture`)',
    );
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('reads the headline of a goal', () => {
    expect(featureTitle('User analytics dashboard: real-time metrics')).toBe(
      'User analytics dashboard',
    );
    expect(featureTitle('Add CSV export. Then PDF.')).toBe('Add CSV export');
    expect(featureTitle('  Dark mode\nwith a toggle')).toBe('Dark mode');
  });

  it('reads --files', () => {
    expect(parseFilesOption('schema.sql, api-routes.ts:structure,,')).toEqual([
      { path: 'schema.sql', structureOnly: false },
      { path: 'api-routes.ts', structureOnly: true },
    ]);
  });
});

describe('outside git', () => {
  it('refuses in a folder that is not a git repository', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'baton-plain-'));
    try {
      await expect(
        draftHandoff(
          { project, goal: 'Export' },
          { map: defaultCollaborationMap, files: workspaceFilesOnDisk(plain) },
        ),
      ).rejects.toThrow(NotAGitRepositoryError);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});
