import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleHandoff, tempRepoForTests } from '@baton/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { mapOfNxJson } from '../phase/__fixtures__/phase-workspace';
import { PhaseCommitTrailersError, CheckRevisionError } from '../errors';
import { renderHandoff } from '../feature';
import { defaultCollaborationMap } from '../map';
import { phaseCommitEnv, phaseOfBranch } from '../phase';
import { trailerArgs } from '../provenance';
import { writeReviewReport, type MergedFinding } from '../review';
import { modelWrittenFiles } from './authorship';
import { runMergeCheck } from './check';
import { checkCommitMessage } from './commit-message';
import { formatMergeCheck } from './render';
import { humanWrittenSourceFiles } from './style';

const repoRoot = join(__dirname, '..', '..', '..', '..');
const handoffPath = 'packages/analytics/handoffs/002-architecture-to-data-processing.md';
const handoff = renderHandoff(
  sampleHandoff({
    completed: 'Architecture design',
    keyContext: ['Performance: <2s query response'],
    files: [
      { path: 'schema.sql', structureOnly: false },
      { path: 'shared/types.ts', structureOnly: true },
    ],
  }),
);

/** Human code in one style: named exports, function declarations, interfaces, await, node: imports. */
/** The map the Nx plugin would hand down from the workspace's nx.json. */
const mapOf = (root: string) => mapOfNxJson(readFileSync(join(root, 'nx.json'), 'utf8'));

const humanModule = (i: number) => `import { readFile } from 'node:fs/promises';

export interface Record${i} {
  name: string;
}

export async function loadRecord${i}(path: string): Promise<Record${i}> {
  const text = await readFile(path, 'utf8');
  return { name: text };
}
`;

const inStyle = `import { readFile } from 'node:fs/promises';

export interface DailyTotal {
  day: string;
  total: number;
}

export async function dailyTotals(path: string): Promise<DailyTotal[]> {
  const text = await readFile(path, 'utf8');
  return JSON.parse(text) as DailyTotal[];
}
`;

const otherStyle = `import fs from 'fs';

type daily_total = { day: string; total: number };

const daily_totals = (path: string): Promise<daily_total[]> => {
  return fs.promises.readFile(path, 'utf8').then((text) => JSON.parse(text) as daily_total[]);
};

export default daily_totals;
`;

describe('the merge gate', () => {
  const repo = tempRepoForTests({ prefix: 'baton-check-' });
  const write = (path: string, text: string) => repo.write(path, text);
  const git = (...args: string[]) => repo.git(...args);
  const commitAsPhase = (message: string, ...paths: string[]) => {
    git('add', ...paths);
    git(
      'commit',
      '-q',
      '-m',
      message,
      ...trailerArgs({
        phase: 'data-processing',
        model: 'google/gemini-2.5-pro',
        handoff: handoffPath,
      }),
    );
    return git('rev-parse', 'HEAD');
  };

  beforeEach(() => {
    // The workspace's own prettier and eslint: this repository's installed ones.
    symlinkSync(join(repoRoot, 'node_modules'), join(repo.root, 'node_modules'), 'dir');
    write('.gitignore', 'node_modules\n');
    write('.prettierrc', '{ "singleQuote": true }\n');
    write(
      'eslint.config.mjs',
      "import tseslint from 'typescript-eslint';\nexport default tseslint.config(...tseslint.configs.recommended);\n",
    );
    write(
      'nx.json',
      `${JSON.stringify({ plugins: [{ plugin: '@baton/nx', options: { ...defaultCollaborationMap, phases: { ...defaultCollaborationMap.phases, 'data-processing': { ...defaultCollaborationMap.phases['data-processing'], budget: { maxAddedLines: 40 } } } } }] }, null, 2)}\n`,
    );
    // Enough human modules that one file written wholly in another style is unlikely by chance.
    for (let i = 0; i < 200; i++) write(`packages/analytics/src/record-${i}.ts`, humanModule(i));
    write(handoffPath, handoff);
    write('packages/analytics/schema.sql', 'create table events (id int);\n');
    git('add', '.');
    git('commit', '-q', '-m', 'Start analytics');
    git('checkout', '-q', '-b', 'feature/analytics-gemini-data-processing');
  });

  it('passes when no model wrote anything since the base', async () => {
    write('packages/analytics/src/Odd_Name.ts', otherStyle);
    git('add', '.');
    git('commit', '-q', '-m', 'Human work');
    const report = await runMergeCheck({
      workspaceRoot: repo.root,
      map: mapOf(repo.root),
      base: 'main',
    });
    expect(report).toMatchObject({ passed: true, commits: [], checks: [] });
    expect(formatMergeCheck(report)).toContain('no model-written commits in main..HEAD');
  });

  it('passes a model commit that is formatted, lint-clean, in style and in scope', async () => {
    write('packages/analytics/src/daily-totals.ts', inStyle);
    const hash = commitAsPhase(
      'data-processing: daily totals',
      'packages/analytics/src/daily-totals.ts',
    );
    const report = await runMergeCheck({
      workspaceRoot: repo.root,
      map: mapOf(repo.root),
      base: 'main',
    });
    expect(report.commits.map((commit) => commit.hash)).toEqual([hash]);
    expect(report.files).toEqual(['packages/analytics/src/daily-totals.ts']);
    expect(report.checks.map((check) => [check.name, check.status])).toEqual([
      ['formatting', 'passed'],
      ['lint', 'passed'],
      ['style', 'passed'],
      ['scope', 'passed'],
      ['review', 'skipped'],
    ]);
    expect(report.checks.find((check) => check.name === 'style')!.summary).toMatch(
      /^1 source file follows the workspace's conventions/,
    );
    expect(report.passed).toBe(true);
    expect(formatMergeCheck(report)).toMatch(/baton check passed\.\n$/);
  });

  it("shows the latest review's findings by agreement and each reviewer's cost, failing nothing", async () => {
    write('packages/analytics/src/daily-totals.ts', inStyle);
    commitAsPhase('data-processing: daily totals', 'packages/analytics/src/daily-totals.ts');
    const finding = {
      file: 'packages/analytics/src/daily-totals.ts',
      lines: { start: 4, end: 5 },
      kind: 'input-validation' as const,
      severity: 'medium' as const,
    };
    const reviewer = (alias: string, provider: string, costUsd: number) => ({
      alias,
      provider,
      modelRequested: alias,
      modelReported: alias,
      outcome: 'success' as const,
      findings: 1,
      inputTokens: 100,
      outputTokens: 50,
      costUsd,
      durationMs: 10,
      requestId: null,
    });
    const review = (findings: MergedFinding[]) => ({
      feature: 'analytics',
      phase: 'security-review',
      handoffPath: 'packages/analytics/handoffs/003-data-processing-to-security-review.md',
      required: 'one' as const,
      reviewers: [reviewer('claude', 'anthropic', 0.02), reviewer('gpt', 'openai', 0.01)],
      findings,
    });
    const reports = join(repo.root, 'packages/analytics/handoffs/reports');
    writeReviewReport(join(reports, '001-security-review.md'), review([]));
    writeReviewReport(
      join(reports, '003-security-review.md'),
      review([
        { ...finding, foundBy: ['claude', 'gpt'], reports: [] },
        { ...finding, kind: 'logic', severity: 'low', foundBy: ['gpt'], reports: [] },
      ]),
    );
    const report = await runMergeCheck({
      workspaceRoot: repo.root,
      map: mapOf(repo.root),
      base: 'main',
    });
    const check = report.checks.find((outcome) => outcome.name === 'review')!;
    expect(check).toEqual({
      name: 'review',
      status: 'noted',
      summary:
        '003-security-review.md: 2 findings from 2 reviewers (claude $0.0200, gpt $0.0100), 1 found by more than one',
      problems: [
        {
          file: finding.file,
          line: 4,
          rule: '2/2 medium input-validation',
          message: 'found by claude, gpt (security-review)',
        },
        {
          file: finding.file,
          line: 4,
          rule: '1/2 low logic',
          message: 'found by gpt (security-review)',
        },
      ],
    });
    expect(report.passed).toBe(true);
    expect(formatMergeCheck(report)).toContain(
      'note  review      003-security-review.md: 2 findings',
    );
  });

  it('fails a model commit with findings from every check, each naming file and line', async () => {
    write('packages/analytics/src/daily-totals.ts', `${otherStyle}const unused   = 1\n`);
    write('tools/deploy.ts', 'export const deploy = 1;\n');
    write(
      'packages/analytics/src/big.ts',
      `${Array.from({ length: 40 }, (_, i) => `export const n${i} = ${i};`).join('\n')}\n`,
    );
    commitAsPhase('data-processing: totals', 'packages/analytics/src', 'tools/deploy.ts');
    const report = await runMergeCheck({
      workspaceRoot: repo.root,
      map: mapOf(repo.root),
      base: 'main',
    });
    expect(report.passed).toBe(false);
    const check = (name: string) => report.checks.find((outcome) => outcome.name === name)!;
    expect(check('formatting')).toMatchObject({
      status: 'failed',
      problems: [{ file: 'packages/analytics/src/daily-totals.ts' }],
    });
    for (const [name, line, rule] of [
      ['lint', 10, '@typescript-eslint/no-unused-vars'],
      ['style', 5, 'naming.functions'],
    ] as const) {
      expect(check(name).status, name).toBe('failed');
      expect(check(name).problems, name).toContainEqual(
        expect.objectContaining({ file: 'packages/analytics/src/daily-totals.ts', line, rule }),
      );
    }
    expect(check('scope').problems.map((problem) => problem.file ?? problem.message)).toEqual([
      'tools/deploy.ts',
      expect.stringMatching(/^data-processing added 51 lines .*over its budget of 40/),
    ]);
    const text = formatMergeCheck(report);
    expect(text).toContain('FAIL  style');
    expect(text).toContain(
      'packages/analytics/src/daily-totals.ts:5:7  naming.functions  function `daily_totals` is snake_case',
    );
    expect(text).toMatch(
      /baton check failed: formatting, lint, style, scope\. .*`baton check --base main`/,
    );
  });

  it('does not hold untouched lines of a file against the commit', async () => {
    write('packages/analytics/src/legacy.ts', otherStyle);
    git('add', '.');
    git('commit', '-q', '-m', 'Legacy code a person wrote');
    git('branch', '-f', 'main');
    write(
      'packages/analytics/src/legacy.ts',
      `${otherStyle}export function addedByModel(): number {\n  return 1;\n}\n`,
    );
    commitAsPhase('data-processing: extend legacy', 'packages/analytics/src/legacy.ts');
    const report = await runMergeCheck({
      workspaceRoot: repo.root,
      map: mapOf(repo.root),
      base: 'main',
    });
    expect(report.checks.find((check) => check.name === 'style')).toMatchObject({
      status: 'passed',
    });
  });

  it('checks the commits being merged during a merge (MERGE_HEAD)', async () => {
    write('packages/analytics/src/daily-totals.ts', otherStyle);
    commitAsPhase('data-processing: totals', 'packages/analytics/src/daily-totals.ts');
    git('checkout', '-q', 'main');
    git('merge', '--no-ff', '--no-commit', 'feature/analytics-gemini-data-processing');
    const report = await runMergeCheck({
      workspaceRoot: repo.root,
      map: mapOf(repo.root),
      base: 'HEAD',
    });
    expect(report.head).toBe('MERGE_HEAD');
    expect(report.commits).toHaveLength(1);
    expect(report.passed).toBe(false);
  });

  it('finds the commit being merged inside the pre-merge-commit hook, before git writes MERGE_HEAD', async () => {
    write('packages/analytics/src/daily-totals.ts', otherStyle);
    commitAsPhase('data-processing: totals', 'packages/analytics/src/daily-totals.ts');
    git('checkout', '-q', 'main');
    git('merge', '--no-ff', '--no-commit', 'feature/analytics-gemini-data-processing');
    git('update-ref', '-d', 'MERGE_HEAD');
    const report = await runMergeCheck({
      workspaceRoot: repo.root,
      map: mapOf(repo.root),
      base: 'HEAD',
      head: 'MERGE_HEAD',
      env: { GIT_REFLOG_ACTION: 'merge feature/analytics-gemini-data-processing' },
    });
    expect(report.head).toBe('feature/analytics-gemini-data-processing');
    expect(report.commits).toHaveLength(1);
    await expect(
      runMergeCheck({
        workspaceRoot: repo.root,
        map: mapOf(repo.root),
        base: 'HEAD',
        head: 'MERGE_HEAD',
        env: {},
      }),
    ).rejects.toThrow(/cannot find the head revision "MERGE_HEAD"/);
  });

  it('names an unknown base and how to fetch it', async () => {
    await expect(
      runMergeCheck({ workspaceRoot: repo.root, map: mapOf(repo.root), base: 'origin/main' }),
    ).rejects.toThrow(CheckRevisionError);
    await expect(
      runMergeCheck({ workspaceRoot: repo.root, map: mapOf(repo.root), base: 'origin/main' }),
    ).rejects.toThrow(/git fetch origin main/);
  });

  it('knows which files a phase wrote last, and learns only from the rest', async () => {
    write('packages/analytics/src/daily-totals.ts', otherStyle);
    commitAsPhase('data-processing: totals', 'packages/analytics/src/daily-totals.ts');
    write('packages/analytics/src/record-0.ts', `${humanModule(0)}// edited by a person\n`);
    commitAsPhase('data-processing: touch record-0', 'packages/analytics/src/record-0.ts');
    write('packages/analytics/src/record-0.ts', humanModule(0));
    git('commit', '-q', '-am', 'A person takes record-0 back');
    expect([...(await modelWrittenFiles(repo.root))]).toEqual([
      'packages/analytics/src/daily-totals.ts',
    ]);
    const { files, modelWritten } = await humanWrittenSourceFiles(repo.root);
    expect(modelWritten).toBe(1);
    expect(files).toContain('packages/analytics/src/record-0.ts');
    expect(files).not.toContain('packages/analytics/src/daily-totals.ts');
  });
});

describe('phase branches and commit messages', () => {
  const repo = tempRepoForTests({ prefix: 'baton-commit-msg-' });

  it('reads the feature, alias and phase of a phase branch of the map', () => {
    expect(
      phaseOfBranch('feature/user-analytics-gemini-data-processing', defaultCollaborationMap),
    ).toEqual({
      feature: 'user-analytics',
      alias: 'gemini',
      phase: 'data-processing',
    });
    expect(phaseOfBranch('feature/login-form', defaultCollaborationMap)).toBeNull();
    expect(phaseOfBranch('main', defaultCollaborationMap)).toBeNull();
  });

  const message = (text: string) => {
    const file = join(repo.root, 'COMMIT_EDITMSG');
    writeFileSync(file, text);
    return file;
  };
  const phaseEnv = { [phaseCommitEnv]: 'data-processing' };

  it("leaves a person's commit as it is", async () => {
    const file = message('Fix the chart\n');
    await expect(checkCommitMessage(repo.root, file, {})).resolves.toEqual({ author: 'human' });
    expect(readFileSync(file, 'utf8')).toBe('Fix the chart\n');
  });

  it("accepts a phase's commit that carries its trailers", async () => {
    const file = message(
      'data-processing: totals\n\nAI-Phase: data-processing\nAI-Model: google/gemini-2.5-pro\nAI-Handoff: packages/a/handoffs/002-architecture-to-data-processing.md\n# a comment git strips\n',
    );
    await expect(checkCommitMessage(repo.root, file, phaseEnv)).resolves.toEqual({
      author: 'phase',
      phase: 'data-processing',
    });
  });

  it('finds the message file git names from the repository top, from a workspace in a subfolder', async () => {
    repo.write('web/nx.json', '{}\n');
    repo.write('.git/COMMIT_EDITMSG', 'x\n\nAI-Phase: tests\nAI-Model: m\nAI-Handoff: h\n');
    const web = repo.path('web');
    await expect(checkCommitMessage(web, '.git/COMMIT_EDITMSG', phaseEnv)).rejects.toThrow(
      /says "AI-Phase: tests" instead of "AI-Phase: data-processing"/,
    );
    const absolute = repo.path('.git/COMMIT_EDITMSG');
    await expect(checkCommitMessage(web, absolute, phaseEnv)).rejects.toThrow(
      /says "AI-Phase: tests"/,
    );
  });

  it("refuses a phase's commit that lost its trailers, saying how to commit", async () => {
    const lost = message('data-processing: totals\n\nAI-Model: google/gemini-2.5-pro\n');
    await expect(checkCommitMessage(repo.root, lost, phaseEnv)).rejects.toThrow(
      PhaseCommitTrailersError,
    );
    await expect(checkCommitMessage(repo.root, lost, phaseEnv)).rejects.toThrow(
      /has no "AI-Phase" trailer; has no "AI-Handoff" trailer.*git commit --trailer "AI-Phase: data-processing"/,
    );
    const wrong = message('x\n\nAI-Phase: tests\nAI-Model: m\nAI-Handoff: h\n');
    await expect(checkCommitMessage(repo.root, wrong, phaseEnv)).rejects.toThrow(
      /says "AI-Phase: tests" instead of "AI-Phase: data-processing"/,
    );
  });
});
