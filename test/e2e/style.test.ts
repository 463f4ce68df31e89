import { readFileSync } from 'node:fs';
import { codebaseFile, workspaceCodebaseFiles } from '@baton/corpus';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createWorkspace, type Workspace } from '@baton/testing/workspace';

describe('baton style and baton check, installed', () => {
  let ws: Workspace;
  beforeAll(() => {
    ws = createWorkspace(inject('workspaceTemplate'));
    // The workspace's own code, written by people: a real SDK's sources, from node_modules.
    ws.addLibrary('analytics', workspaceCodebaseFiles('src/sdk'));
  });
  afterAll(() => ws.dispose());

  it('answers --help on every command', () => {
    for (const args of [
      ['--help'],
      ['style', '--help'],
      ['style', 'learn', '--help'],
      ['style', 'check', '--help'],
      ['check', '--help'],
      ['hook', 'commit-msg', '--help'],
    ]) {
      const help = ws.baton(args);
      expect(help.code, `${args.join(' ')}: ${help.output}`).toBe(0);
      expect(help.stdout).toMatch(/^Usage: baton/);
    }
  });

  it('refuses a bad threshold and writes nothing', () => {
    const bad = ws.baton(['style', 'learn', '--threshold', '90']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('between 0.5 and 1');
    expect(bad.stderr).toContain('baton style learn --threshold 0.6');
    expect(ws.exists('.baton/style-profile.json')).toBe(false);
  });

  it('learns the profile from the human-written code and checks files against it', () => {
    const learn = ws.baton(['style', 'learn']);
    expect(learn.code, learn.output).toBe(0);
    expect(learn.stdout).toMatch(
      /Wrote \.baton\/style-profile\.json: learned from \d+ human-written files/,
    );
    const profile = ws.readJson<{ conventions: Record<string, { enforced: string | null }> }>(
      '.baton/style-profile.json',
    );
    expect(profile.conventions['naming.files']?.enforced).toBe('kebab-case');
    expect(profile.conventions['exports.kind']?.enforced).toBe('named');

    ws.write('packages/analytics/src/Locale_En.ts', codebaseFile('zod', 'locales/en.ts'));
    const text = ws.baton(['style', 'check', 'packages/analytics/src/Locale_En.ts']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(
      'packages/analytics/src/Locale_En.ts\n  1:1  naming.files  file name `Locale_En`',
    );
    expect(text.stdout).toMatch(/\n\d+ style departures in 1 file of 1 checked/);

    const json = ws.baton([
      'style',
      'check',
      '--format',
      'json',
      'packages/analytics/src/Locale_En.ts',
    ]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as {
      findings: Array<{ convention: string; line: number; fix: string }>;
    };
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        convention: 'exports.kind',
        line: 132,
        fix: expect.stringContaining('export it by name'),
      }),
    );

    // A file of the SDK itself: the library's stub index.ts names its constant in camelCase, which the SDK does not.
    const clean = ws.baton([
      'style',
      'check',
      'packages/analytics/src/sdk/internal/utils/backoff.ts',
    ]);
    expect(clean.code, clean.output).toBe(0);
    expect(clean.stdout).toMatch(/^No style departures in 1 file/);
  });

  it('checks nothing but passes when no model wrote a commit since the base, and names an unknown base', () => {
    const none = ws.baton(['check', '--base', 'main']);
    expect(none.code, none.output).toBe(0);
    expect(none.stdout).toContain('no model-written commits in main..HEAD');
    const unknown = ws.baton(['check', '--base', 'origin/nowhere']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('cannot find the base revision "origin/nowhere"');
  });

  it("loads no parser, SDK or linter in a hook that decides a person's commit, and only the trailer rule in a phase's commit-msg", () => {
    // Every CommonJS module the process loads (Baton and what it loads are CommonJS), by a preloaded probe.
    ws.write(
      '.probe/loads.cjs',
      [
        "const Module = require('node:module');",
        "const { appendFileSync } = require('node:fs');",
        'const load = Module.prototype.load;',
        'Module.prototype.load = function (filename) {',
        '  appendFileSync(process.env.LOADS_OUT, filename + "\\n");',
        '  return load.apply(this, arguments);',
        '};',
        '',
      ].join('\n'),
    );
    const loaded = (args: string[], env: NodeJS.ProcessEnv = {}) => {
      const out = ws.path(`.probe/${args.join('-').replace(/[^\w-]/g, '_')}.txt`);
      const run = ws.baton(args, {
        env: { NODE_OPTIONS: `--require ${ws.path('.probe/loads.cjs')}`, LOADS_OUT: out, ...env },
      });
      expect(run.code, run.output).toBe(0);
      return readFileSync(out, 'utf8');
    };
    const heavy =
      /node_modules\/(zod|yaml|openai|@anthropic-ai|@google|eslint|prettier|typescript|@secretlint)\//;
    ws.write('.probe/message.txt', 'Tidy the README\n');
    ws.write('packages/analytics/src/person.ts', 'export const person = 1;\n');
    ws.run('git', ['add', 'packages/analytics/src/person.ts']);

    expect(loaded(['hook', 'commit-msg', '.probe/message.txt'])).not.toMatch(heavy);
    const styleGate = ['style', 'check', '--staged', '--if-model-written'];
    expect(loaded([...styleGate, 'packages/analytics/src/person.ts'])).not.toMatch(heavy);

    ws.write(
      '.probe/phase-message.txt',
      'Add the data layer\n\nAI-Phase: data-processing\nAI-Model: google/gemini-2.5-pro\nAI-Handoff: packages/analytics/handoffs/001-start-to-data-processing.md\n',
    );
    const phase = loaded(['hook', 'commit-msg', '.probe/phase-message.txt'], {
      BATON_PHASE: 'data-processing',
    });
    // The trailer rule and one git process: no command line parser, no simple-git, no SDK.
    expect(phase).toContain('gate/commit-message.js');
    expect(phase).not.toMatch(
      /node_modules\/(commander|simple-git|openai|@anthropic-ai|@google|eslint|prettier|typescript)\//,
    );
    ws.run('git', ['reset', '-q']);
  });
});
