import { describe, expect, it } from 'vitest';
import { checkStyle, compareFile } from './check';
import { learnFromSources } from './learn';
import { formatComparison } from './report';
import { departureTail } from './significance';

/** A module with `snake` of its seven functions in snake_case, the rest in camelCase. */
function module(i: number, snake: number): { path: string; text: string } {
  const names = Array.from({ length: 7 }, (_, n) =>
    n < snake ? `load_part_${i}_${n}` : `loadPart${i}x${n}`,
  );
  return {
    path: `src/part-${i}.ts`,
    text: names.map((name) => `export function ${name}() { return ${i}; }\n`).join(''),
  };
}

// 85% of the codebase's function names are camelCase, its snake_case ones spread over every file.
const codebase = Array.from({ length: 60 }, (_, i) => module(i, 1));
const pascal = {
  path: 'src/pascal.ts',
  text: ['LoadUser', 'SaveUser', 'DeleteUser', 'ListUsers']
    .map((name) => `export function ${name}() { return 1; }\n`)
    .join(''),
};

describe('judging a file against the codebase', () => {
  const profile = learnFromSources(codebase);

  it('learns the convention below 90% and records the false-alarm rate', () => {
    expect(profile.alpha).toBe(0.02);
    expect(profile.conventions['naming.functions']).toMatchObject({
      enforced: 'camelCase',
      shares: { camelCase: 0.8571, snake_case: 0.1429 },
    });
  });

  it('takes the case of a file named after the class it exports from the class, not the files', () => {
    const fileNaming = (path: string, text: string) =>
      compareFile(profile, { path, text }).find((v) => v.convention === 'naming.files')!;
    expect(fileNaming('src/UserStore.ts', 'export class UserStore {}')).toMatchObject({
      observed: 0,
      departing: 0,
    });
    expect(fileNaming('src/UserStore.ts', 'export class Store {}')).toMatchObject({
      observed: 1,
      departing: 1,
    });
  });

  it('does not judge a departure its author turned the lint rule off for', () => {
    const functionNaming = (text: string) =>
      compareFile(profile, { path: 'src/shims.ts', text }).find(
        (v) => v.convention === 'naming.functions',
      )!;
    const names = ['ReadableStreamFrom', 'CancelStream', 'ToIterable'];
    const written = names.map((name) => `export function ${name}() {}`);
    expect(functionNaming(written.join('\n')).verdict).toBe('departs');
    const directed = written.map(
      (line) => `// eslint-disable-next-line @typescript-eslint/naming-convention\n${line}`,
    );
    expect(functionNaming(directed.join('\n'))).toMatchObject({ observed: 0, departing: 0 });
  });

  it('learns from constants named in UPPER_CASE among variables, but judges no file by them', () => {
    // Each file computes its variables in camelCase; one in three also holds a table in UPPER_CASE.
    const files = Array.from({ length: 30 }, (_, i) => ({
      path: `src/rule-${i}.ts`,
      text: [
        `export function rule${i}(options: string[]) {`,
        ...['first', 'second', 'third', 'fourth'].map(
          (name) => `  const ${name}Option = options[0];`,
        ),
        i % 3 ? '' : "  const KNOWN_NAMES = new Set(['a', 'b']);",
        '  return [firstOption, secondOption, thirdOption, fourthOption];',
        '}',
      ].join('\n'),
    }));
    const learned = learnFromSources(files);
    expect(learned.conventions['naming.variables'].counts).toEqual({
      camelCase: 120,
      UPPER_CASE: 10,
    });
    const variableNaming = (text: string) =>
      compareFile(learned, { path: 'src/new-rule.ts', text }).find(
        (v) => v.convention === 'naming.variables',
      )!;
    const names = ['ALL_NODES', 'EXCEPT_COND', 'IGNORE_JSX', 'NESTED_BINARY', 'RETURN_ASSIGN'];
    const tables = names.map((name, i) => `  const ${name} = ['${i}'];`);
    const computed = names.map((name, i) => `  const ${name} = options[${i}];`);
    const body = (lines: string[]) =>
      ['export function check(options: string[]) {', ...lines, '}'].join('\n');
    expect(variableNaming(body(tables))).toMatchObject({
      observed: 0,
      departing: 0,
      verdict: 'not judged',
    });
    expect(variableNaming(body(computed))).toMatchObject({ departing: 5, verdict: 'departs' });
  });

  it('takes one minority-style line in a file as normal', () => {
    expect(checkStyle(profile, [module(99, 1)])).toEqual([]);
    expect(checkStyle(profile, [module(98, 2)])).toEqual([]);
  });

  it('flags a file written wholly in a style the codebase rarely uses, with the odds', () => {
    const findings = checkStyle(profile, [pascal]);
    expect(findings.map((finding) => finding.subject)).toEqual([
      'LoadUser',
      'SaveUser',
      'DeleteUser',
      'ListUsers',
    ]);
    expect(findings[0]).toMatchObject({
      file: 'src/pascal.ts',
      line: 1,
      convention: 'naming.functions',
      expected: 'camelCase',
      found: 'PascalCase',
      share: 0.8571,
      fileShare: 0,
      fix: 'rename it to `loadUser` (and update its uses)',
    });
    expect(findings[0].pValue).toBeLessThan(1e-6);
  });

  it('tests departures toward the variants the codebase never wrote as one', () => {
    const stats = profile.conventions['naming.functions'];
    expect(Object.keys(stats.departures)).toEqual(['snake_case']);
    expect(stats.unwritten).toBeDefined();
    const mixed = {
      path: 'src/mixed.ts',
      text: 'export function LoadUser() { return 1; }\nexport function SAVE_USER() { return 1; }\nexport function listUsers() { return 1; }\n',
    };
    const verdict = compareFile(profile, mixed).find((v) => v.convention === 'naming.functions')!;
    expect([verdict.observed, verdict.departing]).toEqual([3, 2]);
    expect(verdict.pValue).toBe(departureTail(2, 3, stats.unwritten!));
  });

  it('says a name of mixed cases is in no one case', () => {
    const text =
      'export function Load_User() { return 1; }\nexport function Save_User() { return 1; }\n';
    const [finding] = checkStyle(profile, [{ path: 'src/mixed-case.ts', text }]);
    expect(finding.message).toMatch(/^function `Load_User` is in no one case, but 85% of function/);
    expect(finding.fix).toBe('rename it to `loadUser` (and update its uses)');
  });

  it('judges again over the conventions left once one departs (Holm), at no cost to a file in style', () => {
    const strict = learnFromSources(codebase, { alpha: 0.0013 });
    const file = {
      path: 'src/UserStore.ts',
      text: 'export function LoadUser() { return 1; }\nexport function SaveUser() { return 1; }\nexport default function load() { return 2; }\n',
    };
    const verdicts = compareFile(strict, file).filter((verdict) => verdict.observed > 0);
    const of = (id: string) => verdicts.find((verdict) => verdict.convention === id)!;
    // Shared over every test, the limit leaves the file name and the default export consistent...
    expect(of('naming.files').pValue).toBeGreaterThan(of('naming.functions').limit);
    // ...and with the function names out of the way, over fewer tests, they depart too.
    expect(of('naming.functions').verdict).toBe('departs');
    expect(of('naming.files').verdict).toBe('departs');
    expect(of('exports.kind').verdict).toBe('departs');
    expect(of('functions.form').verdict).toBe('consistent');
  });

  it('explains every convention: the codebase, the file, the p-value and the verdict', () => {
    const verdicts = compareFile(profile, pascal);
    expect(verdicts.find((v) => v.convention === 'naming.functions')).toMatchObject({
      observed: 4,
      departing: 4,
      verdict: 'departs',
    });
    const text = formatComparison(pascal.path, verdicts, profile);
    expect(text).toMatch(/^src\/pascal\.ts against the codebase/);
    expect(text).toMatch(
      /naming\.functions +camelCase 85% of 420 +0 of 4 \(0%\) +[\d.e-]+ +departs/,
    );
    expect(text).toMatch(/naming\.classes +never seen +- +- +not judged/);
    expect(text).toContain('1 convention departing: naming.functions');
  });

  it('never takes `import type` for a departure, where a codebase mostly imports plainly', () => {
    const plain = Array.from({ length: 30 }, (_, i) => ({
      path: `src/plain-${i}.ts`,
      text: `import { Shape${i} } from './shapes';\nexport const size${i} = (s: Shape${i}) => s;\n`,
    }));
    const marked = {
      path: 'src/marked.ts',
      text: [1, 2, 3, 4, 5, 6]
        .map(
          (i) =>
            `import type { Shape${i} } from './shapes';\nexport const m${i} = (s: Shape${i}) => s;\n`,
        )
        .join(''),
    };
    const learned = learnFromSources(plain);
    expect(learned.conventions['imports.typeOnly']).toMatchObject({ enforced: 'unmarked' });
    expect(learned.conventions['imports.typeOnly'].departures).toEqual({});
    expect(checkStyle(learned, [marked])).toEqual([]);
  });
});
