import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BatonError, renderError as renderPlain } from '@baton/errors';
import { EscapingPathError, RefusedFileError } from '@baton/guard';
import { MissingApiKeyError } from '@baton/providers';
import {
  BatonNotInitialisedError,
  NoHandoffError,
  WrongPhaseBranchError,
  defaultCollaborationMap,
  renderFeature,
  renderHandoff,
  type HandoffFile,
} from '@baton/relay';
import { styleErrors } from '@baton/style';
import { batonFromSource, tempRepo, type GitFolder } from '@baton/testing';
import type { ExecutorContext } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GeneratorFailure, renderError, withRenderedErrors } from './errors';
import phaseExecutor from './executors/phase/executor';
import runHandoffGenerator from './generators/handoff/handoff';
import { phaseTargets } from './plugins/plugin';

/** A stack frame as V8 prints it. */
const stackFrame = /^\s+at .+\(?.+:\d+:\d+\)?$/m;

const spec = { alias: 'gpt', provider: 'openai', model: 'gpt-4.1' } as const;

/** One error of every package, and what its rendered message must say. */
const errorOfEvery: Array<[string, unknown, string]> = [
  [
    '@baton/errors',
    new BatonError('EXAMPLE', 'Something is wrong.', (commands) => `Run ${commands.init}.`),
    'Something is wrong. Run `nx g @baton/nx:init` (or `nx add @baton/nx`).',
  ],
  [
    '@baton/relay',
    new NoHandoffError('@ws/analytics', 'architecture', 'packages/analytics/handoffs'),
    'Write one with `nx g handoff --project @ws/analytics --to architecture`, then run `nx run @ws/analytics:architecture` again.',
  ],
  [
    '@baton/relay (a phase branch)',
    new WrongPhaseBranchError('main', 'feature/a-gemini-data', '@ws/analytics', 'data'),
    'Create and switch to it with `nx g phase-branch --project @ws/analytics --phase data`',
  ],
  [
    '@baton/providers',
    new MissingApiKeyError(spec, 'architecture', ['OPENAI_API_KEY']),
    'then run `nx run <project>:<phase>` again',
  ],
  [
    '@baton/guard',
    new EscapingPathError(
      [{ path: '.husky/pre-commit', reason: 'protected', detail: 'git hooks' }],
      'packages/analytics',
    ),
    'Run `nx run <project>:<phase>` again, or narrow the phase\'s instructions in the "@baton/nx" entry in nx.json.',
  ],
  [
    '@baton/guard (a refused file)',
    new RefusedFileError([{ path: '.env', reason: 'secret-name', detail: '.env*' }]),
    'or write a new one with `nx g handoff`',
  ],
  [
    '@baton/style',
    styleErrors.badProfile('.baton/style-profile.json', 'Unexpected end of JSON input'),
    'Learn it again with `baton style learn`',
  ],
  [
    '@baton/nx',
    new BatonNotInitialisedError('nx.json has no "@baton/nx" entry in "plugins"'),
    'Run `nx g @baton/nx:init` (or `nx add @baton/nx`) at the workspace root',
  ],
  [
    'an unexpected error',
    new TypeError("Cannot read properties of undefined (reading 'root')"),
    "Baton stopped on an error it did not expect: Cannot read properties of undefined (reading 'root'). Run the command again with BATON_DEBUG=1",
  ],
  ['a thrown string', 'boom', 'Baton stopped on an error it did not expect: boom.'],
];

describe('renderError', () => {
  it.each(errorOfEvery)(
    'renders an error of %s as its message, with Nx commands',
    (_, error, says) => {
      const text = renderError(error);
      expect(text).toContain(says);
      expect(text).not.toMatch(stackFrame);
      expect(text.split('\n')).toHaveLength(1);
    },
  );

  it('words the fixes without Nx for a host that has no commands', () => {
    const error = new NoHandoffError(
      '@ws/analytics',
      'architecture',
      'packages/analytics/handoffs',
    );
    expect(renderPlain(error)).toBe(error.message);
    expect(error.message).not.toMatch(/\bnx\b/);
  });

  it('adds the stack only when BATON_DEBUG is set', () => {
    const error = new TypeError('x is not a function');
    expect(renderPlain(error, { env: { BATON_DEBUG: '1' } })).toMatch(stackFrame);
    expect(renderPlain(error, { env: { BATON_DEBUG: '0' } })).not.toMatch(stackFrame);
  });
});

describe('the generators', () => {
  it.each(errorOfEvery)(
    'hand Nx an error of %s rendered, with no stack',
    async (_, error, says) => {
      const failing = withRenderedErrors(async () => {
        throw error;
      });
      const thrown = await failing().catch((caught: unknown) => caught);
      expect(thrown).toBeInstanceOf(GeneratorFailure);
      expect((thrown as Error).message).toContain(says);
      expect((thrown as Error).stack).toBe('');
    },
  );

  it('render what a real generator and the callback it returns throw', async () => {
    const tree = createTreeWithEmptyWorkspace();
    const refused = await runHandoffGenerator(tree, { project: 'nope', goal: 'x' }).catch(
      (caught: Error) => caught,
    );
    expect(refused).toBeInstanceOf(GeneratorFailure);
    expect((refused as Error).message).toContain('Run `nx g @baton/nx:init`');

    const callback = await withRenderedErrors(async () => () => {
      throw styleErrors.notAGitRepository('/tmp/x');
    })();
    await expect(Promise.resolve().then(callback)).rejects.toThrow(GeneratorFailure);
  });
});

/** A git repository shaped like an Nx workspace with Baton and one feature project, all committed. */
function featureWorkspace(): GitFolder {
  return tempRepo({
    prefix: 'baton-errors-',
    files: {
      'nx.json': JSON.stringify({
        plugins: [{ plugin: '@baton/nx', options: defaultCollaborationMap }],
      }),
      'package.json': '{ "name": "ws", "private": true }\n',
      'packages/analytics/package.json': '{ "name": "@ws/analytics" }\n',
      'packages/analytics/src/index.ts': 'export const analytics = true;\n',
      'packages/analytics/handoffs/FEATURE.md': renderFeature({
        title: 'Analytics',
        vision: 'Metrics for the admin dashboard.',
      }),
    },
  });
}

function handoffTo(phase: string, files: HandoffFile[] = []): string {
  return renderHandoff({
    number: 1,
    feature: 'analytics',
    from: { phase: 'start', model: 'human' },
    to: { phase, model: 'gpt' },
    base: 'abc1234',
    created: '2026-11-26T10:00:00Z',
    featureTitle: 'Analytics',
    completed: 'Nothing yet',
    nextPhase: phase,
    keyContext: [],
    files,
  });
}

describe('the phase executor', () => {
  let repo: GitFolder;
  let root: string;
  let printed: string[];
  const write = (path: string, text: string) => repo.write(path, text);
  beforeEach(() => {
    repo = featureWorkspace();
    root = repo.root;
    printed = [];
    vi.spyOn(console, 'error').mockImplementation((text: string) => void printed.push(text));
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    repo.dispose();
  });

  /** Runs the phase target as Nx would: the options and metadata the plugin inferred. */
  async function run(
    phase: string,
    flags: { dryRun?: boolean } = {},
    projectRoot = 'packages/analytics',
  ) {
    const targets = phaseTargets(root, projectRoot, defaultCollaborationMap);
    const target = targets[phase]!;
    const context = {
      root,
      cwd: root,
      isVerbose: false,
      projectName: '@ws/analytics',
      targetName: phase,
      target,
      projectsConfigurations: {
        version: 2,
        projects: { '@ws/analytics': { root: projectRoot, targets } },
      },
      nxJsonConfiguration: {},
    } as unknown as ExecutorContext;
    const result = await phaseExecutor({ ...target.options!, ...flags }, context);
    return { ...result, printed: printed.join('\n') };
  }

  // Regression: a corrupt style profile showed the user a stack trace.
  it('renders a style error (a corrupt .baton/style-profile.json) as its message', async () => {
    write('packages/analytics/handoffs/001-start-to-architecture.md', handoffTo('architecture'));
    write('.baton/style-profile.json', '{ "version": 1, "conventions": ');
    const result = await run('architecture', { dryRun: true });
    expect(result.success).toBe(false);
    expect(result.printed).toMatch(
      /^The style profile \.baton\/style-profile\.json cannot be read: /,
    );
    expect(result.printed).toContain('Learn it again with `baton style learn`');
    expect(result.printed).not.toMatch(stackFrame);
  });

  it('renders a relay error with the Nx command that fixes it', async () => {
    const result = await run('security-review', { dryRun: true });
    expect(result.success).toBe(false);
    expect(result.printed).toContain(
      'Write one with `nx g handoff --project @ws/analytics --to security-review`, then run `nx run @ws/analytics:security-review` again.',
    );
    expect(result.printed).not.toMatch(stackFrame);
  });

  it('renders a guard error', async () => {
    write('packages/analytics/.env', 'DB_PASSWORD=fake\n');
    write(
      'packages/analytics/handoffs/001-start-to-architecture.md',
      handoffTo('architecture', [{ path: '.env', structureOnly: false }]),
    );
    const result = await run('architecture', { dryRun: true });
    expect(result.success).toBe(false);
    expect(result.printed).toContain('to a model provider, so nothing was sent.');
    expect(result.printed).toContain('`nx g handoff`');
    expect(result.printed).not.toMatch(stackFrame);
  });

  it('renders a providers error', async () => {
    for (const name of ['OPENAI_API_KEY', 'OPENAI_BASE_URL']) vi.stubEnv(name, '');
    write('packages/analytics/handoffs/001-start-to-architecture.md', handoffTo('architecture'));
    const result = await run('architecture');
    expect(result.success).toBe(false);
    expect(result.printed).toContain('needs an API key in the environment variable OPENAI_API_KEY');
    expect(result.printed).toContain('then run `nx run <project>:<phase>` again');
    expect(result.printed).not.toMatch(stackFrame);
  });

  it('renders an unexpected error as one paragraph, without a stack', async () => {
    mkdirSync(join(root, 'packages/empty/handoffs'), { recursive: true });
    const targets = phaseTargets(root, 'packages/empty', defaultCollaborationMap);
    rmSync(join(root, 'packages/empty'), { recursive: true });
    const context = {
      root,
      projectName: '@ws/empty',
      targetName: 'architecture',
      target: targets['architecture'],
      projectsConfigurations: { version: 2, projects: { '@ws/empty': { root: 'packages/empty' } } },
      nxJsonConfiguration: {},
    } as unknown as ExecutorContext;
    const result = await phaseExecutor(
      { ...targets['architecture']!.options!, dryRun: true },
      context,
    );
    expect(result.success).toBe(false);
    expect(printed.join('\n')).toMatch(
      /^Baton stopped on an error it did not expect: ENOENT: .*Run the command again with BATON_DEBUG=1/,
    );
    expect(printed.join('\n')).not.toMatch(stackFrame);
  });

  it('runs a hand-written target without the map entry from nx.json as Nx read it', async () => {
    const context = {
      root,
      projectName: '@ws/analytics',
      targetName: 'architecture',
      projectsConfigurations: {
        version: 2,
        projects: { '@ws/analytics': { root: 'packages/analytics' } },
      },
      nxJsonConfiguration: { plugins: ['@nx/js'] },
    } as unknown as ExecutorContext;
    expect(await phaseExecutor({ dryRun: true }, context)).toEqual({ success: false });
    expect(printed.join('\n')).toContain('Run `nx g @baton/nx:init` (or `nx add @baton/nx`)');
  });
});

describe('the baton command', () => {
  let repo: GitFolder;
  const write = (path: string, text: string) => repo.write(path, text);
  const baton = (...args: string[]) => batonFromSource(repo.root, ...args);
  beforeEach(() => {
    repo = featureWorkspace();
    vi.stubEnv('BATON_DEBUG', '');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    repo.dispose();
  });

  // Regression: a corrupt style profile showed the user a stack trace.
  it('renders a style error (a corrupt style profile), a relay error and an unexpected one, with no stack', () => {
    write('.baton/style-profile.json', '{ "version": 1, "conventions": ');
    const style = baton('style', 'check');
    expect(style.code).toBe(1);
    expect(style.stderr).toMatch(
      /^The style profile \.baton\/style-profile\.json cannot be read: /,
    );
    expect(style.stderr).not.toMatch(stackFrame);

    const blame = baton('blame', 'nope.ts');
    expect(blame.code).toBe(1);
    expect(blame.stderr).toMatch(/^nope\.ts does not exist\. Name a file of the work tree/);
    expect(blame.stderr).not.toMatch(stackFrame);

    const report = baton('report', '--out', 'package.json/report');
    expect(report.code).toBe(1);
    expect(report.stderr).toMatch(/^Baton stopped on an error it did not expect: /);
    expect(report.stderr).not.toMatch(stackFrame);
  });

  // Regression: a file that does not exist, or no source file at all, passed as "No style departures".
  it('refuses a style check of a file that does not exist or of no source file, writing nothing', () => {
    const before = repo.git('status', '--porcelain');
    for (const file of ['packages/analytics/src/nope.ts', 'package.json']) {
      const check = baton('style', 'check', file);
      expect(check.code).toBe(1);
      expect(check.stderr).toBe(
        `${file} is not a TypeScript/JavaScript source file that exists in the workspace. Pass one, e.g. \`baton style check src/index.ts\`.\n`,
      );
    }
    expect(baton('style', 'check', 'package.json', 'packages/analytics/src/index.ts').code).toBe(0);
    expect(repo.git('status', '--porcelain')).toBe(before);
  });

  // Regression: `--alpha x` was refused as "but got null".
  it('quotes a style setting that is not a number as it was typed, and writes no profile', () => {
    const learn = baton('style', 'learn', '--alpha', 'x');
    expect(learn.code).toBe(1);
    expect(learn.stderr).toContain('but got "x". Run `baton style learn --alpha 0.02`.');
    expect(baton('style', 'learn', '--threshold', '').stderr).toContain('but got "".');
    expect(repo.exists('.baton/style-profile.json')).toBe(false);
  });

  it('checks from the repository’s own default branch when nx.json names no base', () => {
    repo.git('branch', '-m', 'master');
    const merge = baton('check');
    expect(merge.stderr).toBe('');
    expect(merge.stdout).toContain('no model-written commits');
    expect(merge.code).toBe(0);
  });

  // Regression: a comment in nx.json made every phase fail ("nx.json is not valid JSON").
  it('reads nx.json with comments and trailing commas as Nx does', () => {
    write(
      'nx.json',
      [
        '{',
        '  // Baton relays features through the default map.',
        '  "plugins": ["@baton/nx",],',
        '  "defaultBase": "main",',
        '}',
      ].join('\n'),
    );
    const check = baton('style', 'check', '--if-model-written', 'packages/analytics/src/index.ts');
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    const merge = baton('check');
    expect(merge.stderr).toBe('');
    expect(merge.stdout).toContain('no model-written commits');
  });
});
