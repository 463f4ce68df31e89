import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { germanGitUser, gitSpeaksGerman, tempFolder, tempRepoForTests } from '@baton/testing';
import { format } from 'prettier';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkStyle, findingsOnChangedLines } from './check';
import { StyleError } from './errors';
import { changedLines, readSources, readStagedSources, stagedSourceFiles } from './files';
import { learnStyleProfile } from './learn';
import { readStyleProfile, serializeProfile, styleProfilePath, writeStyleProfile } from './profile';
import { formatFindings } from './report';

/** A module in this codebase's own style: named exports, function declarations, interfaces, await, typed errors. */
function ownModule(i: number): string {
  return [
    "import { readFile } from 'node:fs/promises';",
    "import type { Settings } from '../settings';",
    "import { SettingsError } from '../errors';",
    '',
    `const retryLimit${i} = 3;`,
    '',
    `export interface LoadedRecord${i} {`,
    '  name: string;',
    '}',
    '',
    `export async function loadRecord${i}(settings: Settings): Promise<LoadedRecord${i}> {`,
    `  const recordText = await readFile(settings.path, 'utf8');`,
    `  if (!recordText) throw new SettingsError('empty', retryLimit${i});`,
    '  return { name: recordText };',
    '}',
    '',
  ].join('\n');
}

const departing = [
  "import fs from 'fs';",
  "import { Settings } from '../settings';",
  '',
  '// Here is the updated loader you asked for.',
  'type loaded_record = { name: string };',
  '',
  'const load_record = (settings: Settings): Promise<loaded_record> => {',
  "  return fs.promises.readFile(settings.path, 'utf8').then((text) => {",
  "    if (!text) throw 'empty file';",
  '    return { name: text };',
  '  });',
  '};',
  '',
  'const save_record = (record: loaded_record): Promise<void> => {',
  "  return fs.promises.writeFile(record.name, '').then(() => {",
  "    if (!record.name) throw 'no name';",
  '  });',
  '};',
  '',
  'export default load_record;',
  '',
].join('\n');

// A codebase of this size makes a single departing occurrence unlikely enough to flag at this rate.
const ownModules = 40;
const alpha = 0.2;

describe('learnStyleProfile and checkStyle', () => {
  const repo = tempRepoForTests({ prefix: 'baton-style-' });
  const write = (path: string, text: string) => repo.write(path, text);
  const git = (...args: string[]) => repo.git(...args);

  beforeEach(() => {
    for (let i = 0; i < ownModules; i++) write(`src/records/record-${i}.ts`, ownModule(i));
    write('src/__fixtures__/foreign.ts', departing);
    git('add', '.');
    git('commit', '-q', '-m', 'Add records');
  });

  it('learns the conventions the tracked code holds to, leaving fixtures out', () => {
    const profile = learnStyleProfile({ workspaceRoot: repo.root });
    expect(profile.files).toBe(ownModules);
    expect(profile.conventions['functions.form']).toMatchObject({
      counts: { declaration: ownModules },
      shares: { declaration: 1 },
      enforced: 'declaration',
    });
    expect(profile.conventions['naming.files'].enforced).toBe('kebab-case');
    expect(profile.conventions['errors.class']).toMatchObject({
      enforced: 'subclass',
      examples: ['SettingsError'],
    });
    expect(profile.conventions['exports.kind'].enforced).toBe('named');
    expect(profile.conventions['imports.typeOnly'].enforced).toBe('marked');
  });

  it('does not enforce what too few samples or a split codebase show', () => {
    const few = learnStyleProfile({ workspaceRoot: repo.root, files: ['src/records/record-0.ts'] });
    expect(few.conventions['functions.form']).toMatchObject({ total: 1, enforced: null });
    // Arrows of a statement: an arrow of one expression fits both forms.
    write(
      'src/records/arrows.ts',
      'export const a = () => {\n  return 1;\n};\nexport const b = () => {\n  return 2;\n};\n',
    );
    const split = learnStyleProfile({
      workspaceRoot: repo.root,
      files: ['src/records/arrows.ts', 'src/records/record-0.ts', 'src/records/record-1.ts'],
      minSamples: 2,
    });
    expect(split.conventions['functions.form']).toMatchObject({
      counts: { arrow: 2, declaration: 2 },
      enforced: null,
    });
    const lax = learnStyleProfile({
      workspaceRoot: repo.root,
      threshold: 0.51,
      minSamples: 2,
      files: [
        'src/records/arrows.ts',
        'src/records/record-0.ts',
        'src/records/record-1.ts',
        'src/records/record-2.ts',
      ],
    });
    expect(lax.conventions['functions.form'].enforced).toBe('declaration');
  });

  it('reports each departure with file, line, convention, the codebase share and the fix', () => {
    const profile = learnStyleProfile({ workspaceRoot: repo.root, alpha });
    const findings = checkStyle(profile, [{ path: 'src/load_record.ts', text: departing }]);
    const byConvention = Object.fromEntries(
      findings.toReversed().map((finding) => [finding.convention, finding]),
    );
    expect(Object.keys(byConvention).sort()).toEqual([
      'async.form',
      'comments.banners',
      'errors.thrown',
      'exports.kind',
      'functions.form',
      'imports.nodeProtocol',
      'imports.typeOnly',
      'naming.files',
      'naming.functions',
      'naming.types',
      'types.objectShape',
    ]);
    expect(byConvention['naming.functions']).toMatchObject({
      file: 'src/load_record.ts',
      line: 7,
      column: 7,
      expected: 'camelCase',
      found: 'snake_case',
      share: 1,
      fileShare: 0,
      message:
        'function `load_record` is snake_case, but 100% of function names here are camelCase',
      fix: 'rename it to `loadRecord` (and update its uses)',
    });
    expect(byConvention['naming.functions'].pValue).toBeLessThan(alpha / 13);
    expect(byConvention['errors.thrown'].fix).toContain('`SettingsError`');
    expect(byConvention['imports.nodeProtocol'].fix).toBe('import it from `node:fs`');
    expect(
      checkStyle(profile, [{ path: 'src/records/record-99.ts', text: ownModule(99) }]),
    ).toEqual([]);

    const report = formatFindings(findings, 1, profile);
    expect(report).toMatch(/^src\/load_record\.ts\n {2}1:1 {2}naming\.files/);
    expect(report).toContain('  7:7  naming.functions  function `load_record` is snake_case');
    expect(report).toContain('      fix: rename it to `loadRecord` (and update its uses).');
    expect(report).toMatch(
      /7:7 {2}naming\.functions .*camelCase \(this file: 0%, p = [\d.e-]+\)\./,
    );
    expect(report.trimEnd().split('\n').at(-1)).toMatch(
      /^\d+ style departures in 1 file of 1 checked \(profile learned from 40 files/,
    );
  });

  it('writes a stable, pretty profile (as Prettier prints it) and reads it back', async () => {
    const profile = learnStyleProfile({ workspaceRoot: repo.root });
    const path = writeStyleProfile(repo.root, profile);
    expect(path).toBe(join(repo.root, styleProfilePath));
    const text = readFileSync(path, 'utf8');
    expect(text).toBe(serializeProfile(learnStyleProfile({ workspaceRoot: repo.root })));
    expect(text).toContain('\n  "version": 11,\n  "alpha": 0.02,\n');
    expect(text).toContain('"examples": ["SettingsError"]');
    expect(await format(text, { parser: 'json' })).toBe(text);
    expect(readStyleProfile(repo.root)).toEqual(profile);
  });

  it('says how to fix a broken profile', () => {
    expect(readStyleProfile(repo.root)).toBeNull();
    write(styleProfilePath, '{ not json');
    expect(() => readStyleProfile(repo.root)).toThrow(StyleError);
    expect(() => readStyleProfile(repo.root)).toThrow(/baton style learn/);
    write(styleProfilePath, '{ "version": 12, "conventions": {} }');
    expect(() => readStyleProfile(repo.root)).toThrow(/version 12/);
    write(styleProfilePath, '{ "version": 8, "threshold": 0.9, "conventions": {} }');
    expect(() => readStyleProfile(repo.root)).toThrow(
      expect.objectContaining({
        code: 'STYLE_PROFILE_OUTDATED',
        message: expect.stringMatching(/learned by an earlier Baton.*`baton style learn`/),
      }),
    );
  });

  it('says how to fix a profile path that is a folder', () => {
    mkdirSync(join(repo.root, styleProfilePath), { recursive: true });
    expect(() => readStyleProfile(repo.root)).toThrow(
      'The style profile .baton/style-profile.json cannot be read: it is a folder. Learn it again with `baton style learn`',
    );
  });

  // Regression: a hand-edited alpha of "x" checked every file against a NaN% rate, and passed them.
  it('names the setting or convention a hand edit broke, with the command that fixes it', () => {
    type Editable = {
      alpha: unknown;
      threshold: unknown;
      conventions: Record<string, { shares: unknown }>;
    };
    const profile = JSON.parse(
      serializeProfile(learnStyleProfile({ workspaceRoot: repo.root })),
    ) as Editable;
    const edited = (edit: (json: Editable) => void) => {
      const copy = structuredClone(profile);
      edit(copy);
      write(styleProfilePath, JSON.stringify(copy));
      return () => readStyleProfile(repo.root);
    };
    expect(edited((json) => (json.alpha = 'x'))).toThrow(
      /^The style profile \.baton\/style-profile\.json cannot be read: alpha expected number, received string\. Learn it again with `baton style learn`/,
    );
    expect(edited((json) => (json.threshold = 5))).toThrow(/cannot be read: threshold too big/);
    expect(edited((json) => (json.conventions['naming.functions']!.shares = null))).toThrow(
      /cannot be read: conventions\.naming\.functions\.shares expected record/,
    );
  });

  it('checks a profile text once in an installed workspace, and checks an edited one again', () => {
    mkdirSync(join(repo.root, 'node_modules'));
    const text = serializeProfile(learnStyleProfile({ workspaceRoot: repo.root }));
    write(styleProfilePath, text);
    const digestFile = join(repo.root, 'node_modules/.cache/baton/style-profile.checked');
    expect(existsSync(digestFile)).toBe(false);
    const profile = readStyleProfile(repo.root);
    expect(readFileSync(digestFile, 'utf8')).toBe(createHash('sha256').update(text).digest('hex'));
    expect(readStyleProfile(repo.root)).toEqual(profile);

    write(styleProfilePath, text.replace('"alpha": 0.02', '"alpha": "x"'));
    for (let i = 0; i < 2; i++) {
      expect(() => readStyleProfile(repo.root)).toThrow(/cannot be read: alpha expected number/);
    }
  });

  it('rejects a threshold outside (0.5, 1] or a false-alarm rate outside (0, 0.5] with the command that fixes it', () => {
    expect(() => learnStyleProfile({ workspaceRoot: repo.root, threshold: 90 })).toThrow(
      /between 0.5 and 1.*baton style learn --threshold 0.6/,
    );
    expect(() => learnStyleProfile({ workspaceRoot: repo.root, alpha: 5 })).toThrow(
      /above 0 and at most 0.5.*baton style learn --alpha 0.02/,
    );
  });

  it('checks the staged text, not the working tree', () => {
    write('src/records/new-record.ts', departing);
    git('add', 'src/records/new-record.ts');
    write('src/records/new-record.ts', ownModule(50));
    expect(stagedSourceFiles(repo.root)).toEqual(['src/records/new-record.ts']);
    const profile = learnStyleProfile({ workspaceRoot: repo.root });
    const staged = checkStyle(profile, readStagedSources(repo.root, stagedSourceFiles(repo.root)));
    expect(staged.length).toBeGreaterThan(5);
    expect(checkStyle(profile, readSources(repo.root, ['src/records/new-record.ts']))).toEqual([]);
  });

  it('reads every staged file in one pass, byte for byte, from a workspace below the repository repo.root', () => {
    const texts = {
      'app/src/a.ts': 'export const café = "naïve ☕";\n',
      'app/src/b.ts': 'export const b = 2;',
      'app/src/empty.ts': '',
    };
    for (const [path, text] of Object.entries(texts)) write(path, text);
    git('add', 'app');
    write('app/src/a.ts', 'export const changed = 1;\n');
    const workspace = join(repo.root, 'app');
    expect(readStagedSources(workspace, stagedSourceFiles(workspace))).toEqual(
      Object.entries(texts).map(([path, text]) => ({ path: path.slice('app/'.length), text })),
    );
  });

  it('knows which lines a change wrote, against a base or in the index', () => {
    const file = 'src/records/record-0.ts';
    const lines = ownModule(0).split('\n');
    lines.splice(5, 0, 'const added = 1;');
    write(file, lines.join('\n'));
    write('src/records/brand-new.ts', 'export const fresh = 1;\n');
    expect(changedLines(repo.root, [file, 'src/records/record-1.ts'], { base: 'HEAD' })).toEqual(
      new Map([[file, new Set([6])]]),
    );
    git('add', file, 'src/records/brand-new.ts');
    write(file, ownModule(0));
    expect(changedLines(repo.root, [file, 'src/records/brand-new.ts'], { cached: true })).toEqual(
      new Map<string, Set<number> | 'all'>([
        [file, new Set([6])],
        ['src/records/brand-new.ts', 'all'],
      ]),
    );
    const findings = checkStyle(learnStyleProfile({ workspaceRoot: repo.root }), [
      { path: file, text: departing },
    ]);
    expect(
      findingsOnChangedLines(findings, new Map([[file, new Set([7])]])).map((f) => f.line),
    ).toEqual([7, 7]);
  });

  const refusesAFolderOutsideGit = () => {
    const bare = tempFolder('baton-style-nogit-');
    try {
      expect(() => learnStyleProfile({ workspaceRoot: bare.root })).toThrow(
        /not inside a git repository/,
      );
    } finally {
      bare.dispose();
    }
  };

  it('names a folder that is not a git repository', refusesAFolderOutsideGit);

  it.runIf(gitSpeaksGerman())('names it to a user whose git speaks German too', () => {
    for (const [name, value] of Object.entries(germanGitUser)) vi.stubEnv(name, value);
    try {
      refusesAFolderOutsideGit();
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
