import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tarballDir } from '../../tools/workspace/template';
import { Workspace } from '@baton/testing/workspace';
import { baseWorkspaces, compatEnv, prepareBaseWorkspace, type BaseWorkspace } from './workspaces';

/** A copy of a base workspace whose commands run with the matrix's environment (pinned pnpm on PATH). */
class CompatWorkspace extends Workspace {
  override env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    return compatEnv({
      NX_CACHE_DIRECTORY: join(this.root, '.nx', 'cache'),
      NX_WORKSPACE_DATA_DIRECTORY: join(this.root, '.nx', 'workspace-data'),
      ...extra,
    });
  }
}

function copyOf(root: string): CompatWorkspace {
  const target = join(mkdtempSync(join(tmpdir(), 'baton-compat-')), 'ws');
  execFileSync('cp', ['-a', root, target]);
  return new CompatWorkspace(target);
}

interface Cell {
  name: string;
  base: BaseWorkspace;
  /** What the workspace already has before Baton comes: its formatter, linter, hooks. */
  existing: string;
  /** The shape of the feature project. */
  projects: string;
  /** Brings in the existing tools, as the team would have them (committed). */
  setup?: (ws: CompatWorkspace) => void;
  install: 'init' | 'nx add';
  /** Two stock generators of the preset; the first makes the feature project. */
  generators: [string[], string[]];
  feature: { project: string; root: string; packageName?: string };
}

const npmInstall = (ws: CompatWorkspace, ...packages: string[]) => {
  const result = ws.run('npm', ['install', '--save-dev', '--save-exact', ...packages]);
  expect(result.code, result.output).toBe(0);
};

const tsGenerators = (root: string, name: string): [string[], string[]] => [
  ['g', '@nx/js:library', root, `--name=${name}`, '--bundler=none', '--no-interactive'],
  ['g', '@nx/js:setup-build', name, '--bundler=tsc', '--no-interactive'],
];
/** A scoped TypeScript library at `root`, made by the js generators, as the feature project. */
const tsProject = (root: string, name: string): Pick<Cell, 'generators' | 'feature'> => ({
  generators: tsGenerators(root, name),
  feature: { project: name, root, packageName: `@ws/${name}` },
});
const appsGenerators = (root: string, name: string): [string[], string[]] => [
  ['g', '@nx/js:library', root, `--name=${name}`, '--bundler=none', '--no-interactive'],
  [
    'g',
    '@nx/workspace:run-commands',
    'hello',
    `--project=${name}`,
    '--command=echo hello',
    '--no-interactive',
  ],
];

const legacyEslintrc = {
  root: true,
  ignorePatterns: ['**/*'],
  plugins: ['@nx'],
  overrides: [
    { files: ['*.ts', '*.tsx'], extends: ['plugin:@nx/typescript'], rules: {} },
    { files: ['*.js', '*.jsx'], extends: ['plugin:@nx/javascript'], rules: {} },
  ],
};

const huskyHooks = {
  '.husky/pre-commit': 'npx lint-staged\n',
  '.husky/post-merge': 'npm install\n',
};
const ownLintStaged = { '*.{ts,js}': 'prettier --write', '*.md': 'prettier --write' };

export const cells: Cell[] = [
  {
    name: 'ts preset, Nx 23, npm: stock Prettier, no linter, scoped package.json-only project',
    base: baseWorkspaces.ts23,
    existing: 'stock Prettier config + ignore, no linter',
    projects: 'package.json-only, scoped package name (@ws/reports)',
    install: 'nx add',
    ...tsProject('packages/reports', 'reports'),
  },
  {
    name: 'ts preset, Nx 23, npm: its own Prettier config and ignore file, nested project',
    base: baseWorkspaces.ts23,
    existing: 'own Prettier config (.prettierrc.yaml) + ignore',
    projects: 'nested (packages/billing/invoices), scoped',
    setup: (ws) => {
      ws.run('rm', ['.prettierrc']);
      ws.write('.prettierrc.yaml', 'semi: false\nsingleQuote: true\nprintWidth: 90\n');
      ws.write('.prettierignore', '/dist\n/coverage\n/.nx\n**/generated/**\n');
    },
    install: 'init',
    ...tsProject('packages/billing/invoices', 'invoices'),
  },
  {
    name: 'ts preset, Nx 23, npm: husky hooks and lint-staged config already in package.json',
    base: baseWorkspaces.ts23,
    existing: 'husky hooks + lint-staged config in package.json',
    projects: 'package.json-only, scoped',
    setup: (ws) => {
      npmInstall(ws, 'husky@9.1.7', 'lint-staged@16.4.0');
      for (const [path, content] of Object.entries(huskyHooks)) ws.write(path, content);
      ws.updateJson<{ scripts?: Record<string, string>; 'lint-staged'?: unknown }>(
        'package.json',
        (json) => {
          json.scripts = { ...json.scripts, prepare: 'husky' };
          json['lint-staged'] = ownLintStaged;
        },
      );
      ws.run(join(ws.root, 'node_modules', '.bin', 'husky'), []);
    },
    install: 'init',
    ...tsProject('packages/reports', 'reports'),
  },
  {
    name: 'apps preset, Nx 23, npm: no formatter, no linter, project.json-only project',
    base: baseWorkspaces.apps23,
    existing: 'no linter, no formatter',
    projects: 'project.json-only (libs/reports)',
    install: 'init',
    generators: appsGenerators('libs/reports', 'reports'),
    feature: { project: 'reports', root: 'libs/reports' },
  },
  {
    // @nx/eslint 23 needs ESLint 9; a workspace still on .eslintrc.json and ESLint 8 is an Nx 22 one.
    name: 'ts preset, Nx 22, npm: legacy .eslintrc.json (ESLint 8, @nx/eslint), scoped package.json-only',
    base: baseWorkspaces.ts22,
    existing: 'legacy .eslintrc.json (ESLint 8 + @nx/eslint, @nx/eslint-plugin)',
    projects: 'package.json-only, scoped',
    setup: (ws) => {
      npmInstall(
        ws,
        'eslint@8.57.1',
        '@nx/eslint@22.7.9',
        '@nx/eslint-plugin@22.7.9',
        '@typescript-eslint/parser@8.46.0',
        '@typescript-eslint/eslint-plugin@8.46.0',
      );
      // The root config Nx wrote for years: everything ignored at the root, each project opts in.
      ws.write('.eslintrc.json', `${JSON.stringify(legacyEslintrc, null, 2)}\n`);
    },
    install: 'init',
    ...tsProject('packages/reports', 'reports'),
  },
  {
    name: 'ts preset, Nx 23, pnpm (pinned from the registry): stock, scoped package.json-only project',
    base: baseWorkspaces.pnpm23,
    existing: 'stock Prettier, no linter',
    projects: 'package.json-only, scoped',
    install: 'init',
    ...tsProject('packages/reports', 'reports'),
  },
  {
    name: 'ts preset, Nx 22, npm: stock, nested scoped project',
    base: baseWorkspaces.ts22,
    existing: 'stock Prettier, no linter',
    projects: 'nested, scoped',
    install: 'init',
    ...tsProject('packages/billing/invoices', 'invoices'),
  },
];

const goal = 'Monthly report: totals by customer, exported as CSV';
const phaseFile = 'src/lib/totals.ts';
// Double quotes and no trailing semicolon handling left to the workspace's formatter, if any.
const modelCode = `export function totals(rows: Array<{ customer: string; amount: number }>) {\n  const byCustomer = new Map<string, number>()\n  for (const row of rows) byCustomer.set(row.customer, (byCustomer.get(row.customer) ?? 0) + row.amount)\n  return byCustomer\n}\n`;

for (const cell of cells)
  describe(cell.name, () => {
    let ws: CompatWorkspace;
    let beforeBaton: string;
    const nx = (args: string[], env?: NodeJS.ProcessEnv) => ws.nx(args, { env });
    const ok = <Result extends { code: number; output: string }>(result: Result): Result => {
      expect(result.code, result.output).toBe(0);
      return result;
    };

    beforeAll(() => {
      ws = copyOf(prepareBaseWorkspace(cell.base));
      cell.setup?.(ws);
      ws.git('add', '-A');
      ws.git(
        'commit',
        '-q',
        '--no-verify',
        '--allow-empty',
        '-m',
        `Existing tools: ${cell.existing}`,
      );
      beforeBaton = ws.git('rev-parse', 'HEAD');
    });
    afterAll(() => ws?.dispose());

    it(`installs Baton (${cell.install}) without touching the workspace's own tools`, () => {
      const own = ['.prettierrc', '.prettierrc.yaml', '.prettierignore', '.eslintrc.json']
        .filter((file) => ws.exists(file))
        .map((file) => [file, ws.read(file)] as const);
      if (cell.install === 'nx add') {
        const tarball = readdirSync(tarballDir).find((name) => name.startsWith('baton-nx-'))!;
        ok(nx(['add', `@baton/nx@file:${join(tarballDir, tarball)}`]));
      } else {
        ok(nx(['g', '@baton/nx:init']));
      }
      for (const [file, content] of own) expect(ws.read(file), file).toBe(content);
      expect(ws.exists('eslint.config.mjs')).toBe(false);
      expect(ws.git('config', 'core.hooksPath')).toBe('.husky/_');
      ws.commitAll('Set up Baton');
    });

    it('leaves the stock generators working', () => {
      for (const generator of cell.generators) ok(nx(generator));
      if (cell.feature.packageName) {
        expect(ws.readJson<{ name: string }>(`${cell.feature.root}/package.json`).name).toBe(
          cell.feature.packageName,
        );
      } else {
        expect(ws.exists(`${cell.feature.root}/project.json`)).toBe(true);
      }
      ws.commitAll('Add the feature project');
    });

    it('writes the first handoff and shows the phase targets', () => {
      ok(
        nx(['g', 'handoff', '--project', cell.feature.project, '--goal', goal, '--no-interactive']),
      );
      expect(ws.exists(`${cell.feature.root}/handoffs/001-start-to-architecture.md`)).toBe(true);
      ws.commitAll('Start the feature');
      const shown = ok(nx(['show', 'project', cell.feature.project, '--json']));
      const { targets } = JSON.parse(shown.stdout) as { targets: Record<string, unknown> };
      expect(Object.keys(targets)).toEqual(
        expect.arrayContaining(['architecture', 'data-processing', 'security-review', 'tests']),
      );
    });

    it('dry-runs the report phase, sending nothing', () => {
      const run = ok(nx(['run', `${cell.feature.project}:architecture`, '--dry-run']));
      expect(run.output).toContain('nothing was sent');
    });

    it('takes a model-written commit through the hooks, formatted by the workspace’s own formatter', () => {
      ok(nx(['g', 'phase-branch', '--project', cell.feature.project, '--phase', 'architecture']));
      const file = `${cell.feature.root}/${phaseFile}`;
      ws.write(file, modelCode);
      ws.git('add', file);
      const handoff = `${cell.feature.root}/handoffs/001-start-to-architecture.md`;
      const commit = ws.run(
        'git',
        [
          'commit',
          '-m',
          'architecture: totals by customer',
          '--trailer',
          'AI-Phase: architecture',
          '--trailer',
          'AI-Model: openai/gpt-4.1',
          '--trailer',
          `AI-Handoff: ${handoff}`,
        ],
        { env: { BATON_PHASE: 'architecture' } },
      );
      ok(commit);
      expect(ws.git('log', '-1', '--format=%(trailers:key=AI-Phase,valueonly)')).toBe(
        'architecture',
      );
      const committed = ws.git('show', `HEAD:${file}`);
      // The workspace's Prettier (if any) rewrote the long line; with none, the text is the model's.
      if (ws.exists('node_modules/prettier') && !cell.existing.includes('no formatter'))
        expect(committed).not.toBe(modelCode.trimEnd());
      else expect(committed).toBe(modelCode.trimEnd());
      const check = ws.baton(['check', '--base', beforeBaton]);
      expect(check.output).toMatch(
        cell.existing.includes('eslintrc')
          ? /lint\s+passed|eslint 8\.57\.1/
          : /lint.*skipped|no linter/,
      );
    });

    if (cell.existing.startsWith('husky')) {
      it('nx g @baton/nx:remove leaves the workspace’s own hooks and lint-staged config byte for byte', () => {
        const fresh = copyOf(ws.root);
        try {
          fresh.git('checkout', '-q', '-f', beforeBaton);
          ok(fresh.nx(['g', '@baton/nx:init']));
          expect(fresh.read('.husky/commit-msg')).toContain('baton-commit-msg');
          expect(
            fresh.readJson<Record<string, unknown>>('package.json')['lint-staged'],
          ).not.toEqual(ownLintStaged);
          ok(fresh.nx(['g', '@baton/nx:remove']));
          expect(fresh.git('status', '--porcelain', '--untracked-files=all')).toBe('');
          for (const [path, content] of Object.entries(huskyHooks))
            expect(fresh.read(path)).toBe(content);
          expect(fresh.git('config', 'core.hooksPath')).toBe('.husky/_');
        } finally {
          fresh.dispose();
        }
      });
    }
  });
