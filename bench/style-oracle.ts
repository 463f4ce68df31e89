// Precision and recall of `baton style check` per convention, on the style corpora of real code
// (tools/corpus, read from node_modules): learn a profile from one real codebase (a baseline), check
// every other corpus file, and compare each finding with an independent oracle: a line-based
// reading of the source text per convention, and typescript-eslint's consistent-type-imports for
// type-only imports. `npx tsx bench/style-oracle.ts [--verbose]` prints the table.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { basename, join } from 'node:path';
import {
  codebaseFiles,
  codebases,
  packageDir,
  styleCorpora,
  styleCorpusFiles,
  type CodebaseName,
  type CorpusFile,
  type StyleCorpusName,
} from '@baton/corpus';
import {
  checkStyle,
  learnStyleProfile,
  type ConventionId,
  type StyleFinding,
  type StyleProfile,
} from '@baton/style';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const repoRoot = join(import.meta.dirname, '..');

/** The real codebases a profile is learned from: a style corpus's sample, or a whole codebase. */
export const baselines = ['anthropic-sdk', 'query-core'] as const;
export type Baseline = (typeof baselines)[number];

/** A corpus file, named `<corpus>/<path>` in findings and in the oracle. */
interface CorpusSource extends CorpusFile {
  corpus: string;
  key: string;
}

const named = (corpus: string, files: CorpusFile[]): CorpusSource[] =>
  files.map((file) => ({ ...file, corpus, key: `${corpus}/${file.path}` }));

/** The files a baseline is learned from: its style corpus where it has one, else the whole codebase. */
function baselineFiles(baseline: Baseline): CorpusSource[] {
  return baseline in styleCorpora
    ? named(baseline, styleCorpusFiles(baseline as StyleCorpusName))
    : named(baseline, codebaseFiles(baseline as CodebaseName));
}

/** Every file a baseline is checked against: the style corpora and the other baselines. */
function checkedFiles(baseline: Baseline): CorpusSource[] {
  const corpora = (Object.keys(styleCorpora) as StyleCorpusName[]).map((name) =>
    named(name, styleCorpusFiles(name)),
  );
  const others = baselines.filter((other) => !(other in styleCorpora)).map(baselineFiles);
  return [...corpora, ...others]
    .flat()
    .filter((file) => file.corpus !== baseline)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export interface ConventionScore {
  baseline: string;
  convention: ConventionId;
  expected: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

type Variant = string;
type Departure = string; // `${file}:${line}`, or `${file}#${name}` for type-only imports

const fits: Record<string, RegExp> = {
  camelCase: /^[a-z][a-zA-Z0-9]*$/,
  PascalCase: /^[A-Z][a-zA-Z0-9]*$/,
  UPPER_CASE: /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/,
  snake_case: /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/,
  'kebab-case': /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/,
};
const departsFrom = (name: string, variant: Variant) => {
  const bare = name.replace(/^[_$]+|[_$]+$/g, '');
  return bare !== '' && !(fits[variant] ?? /^$/).test(bare);
};

const builtins = new Set(builtinModules);
const builtinErrors =
  'Error|TypeError|RangeError|SyntaxError|ReferenceError|EvalError|URIError|AggregateError';
const identifier = '[A-Za-z_$][\\w$]*';
const functionValue = `(?:async\\s*)?(?:function\\b|(?:<[^<>]*(?:<[^<>]*>[^<>]*)*>\\s*)?\\([^()]*(?:\\([^()]*\\)[^()]*)*\\)\\s*(?::(?:[^=;{]|\\{[^{}]*\\})*?)?=>|${identifier}\\s*=>)`;

/** The text with comments and the insides of string literals blanked (newlines kept, so line numbers stay). */
function withoutCommentsAndStrings(text: string): string {
  const blank = (part: string) => part.replace(/[^\n]/g, ' ');
  return text.replace(
    /\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g,
    (part) =>
      part.startsWith('/')
        ? blank(part)
        : `${part[0]}${blank(part.slice(1, -1)).replace(/ /g, '_')}${part.at(-1)}`,
  );
}

/** Whether the `{` at `open` closes a plain object type: not a mapped type, not part of a union or intersection. */
function isPlainObjectType(text: string, open: number): boolean {
  if (/^\{\s*(?:readonly\s+|[+-]readonly\s+)?\[\s*[\w$]+\s+in\b/.test(text.slice(open, open + 200)))
    return false;
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0)
      return /^\s*(?:;|\n|$)/.test(text.slice(i + 1, i + 20));
  }
  return false;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Where the line-based oracle sees code written in another variant than `expected`. */
function oracleLines(
  convention: ConventionId,
  expected: Variant,
  file: string,
  source: string,
): number[] {
  const text = withoutCommentsAndStrings(source);
  const typescript = /\.[cm]?tsx?$/.test(file);
  const all = (pattern: RegExp, keep: (match: RegExpExecArray) => boolean = () => true) =>
    [...text.matchAll(pattern)]
      .filter(keep)
      .map((match) => lineOf(text, match.index + (match[0].length - match[0].trimStart().length)));
  switch (convention) {
    case 'naming.files': {
      const name = basename(file).split('.')[0]!;
      return departsFrom(name, expected) ? [1] : [];
    }
    case 'naming.functions':
      return [
        ...all(new RegExp(`\\bfunction\\s*\\*?\\s*(${identifier})\\s*[<(]`, 'g'), (m) => {
          const before = text.slice(Math.max(0, m.index - 20), m.index);
          const bodyless = /^[^{]*?\)\s*(?::[^{;]*)?;/.test(
            text.slice(m.index + m[0].length, m.index + m[0].length + 400),
          );
          return (
            !/[=(,:?]\s*(?:async\s*)?$/.test(before) &&
            !/declare\s+$/.test(before) &&
            !bodyless &&
            departsFrom(m[1]!, expected)
          );
        }),
        ...all(
          new RegExp(
            `\\b(?:const|let|var)\\s+(${identifier})\\s*(?::[^=\\n]*)?=\\s*${functionValue}`,
            'g',
          ),
          (m) => departsFrom(m[1]!, expected),
        ),
      ];
    case 'naming.variables':
      return [
        ...all(
          new RegExp(
            `^[ \\t]+(?:const|let|var)\\s+(${identifier})\\b(?!\\s+extends\\b)(?!\\s*(?::[^=\\n]*)?=\\s*${functionValue})`,
            'gm',
          ),
          (m) => departsFrom(m[1]!, expected),
        ),
        ...all(
          new RegExp(
            `^(?:export\\s+)?(?:let|var)\\s+(${identifier})\\b(?!\\s*(?::[^=\\n]*)?=\\s*${functionValue})`,
            'gm',
          ),
          (m) => departsFrom(m[1]!, expected),
        ),
      ];
    case 'naming.constants':
      return all(
        new RegExp(
          `^(?:export\\s+)?const\\s+(${identifier})\\s*(?::[^=]*)?=\\s*(?:-?[\\d.]+n?|'[^'\\n]*'|"[^"\\n]*"|\`[^\`$]*\`|true|false)\\s*(?:as\\s+const\\s*)?;?[ \\t]*$`,
          'gm',
        ),
        (m) => departsFrom(m[1]!, expected),
      );
    case 'naming.classes':
      return all(
        new RegExp(`\\bclass\\s+(${identifier})`, 'g'),
        (m) => m[1] !== 'extends' && m[1] !== 'implements' && departsFrom(m[1]!, expected),
      );
    case 'naming.types':
      return typescript
        ? all(
            new RegExp(
              `^[ \\t]*(?:export\\s+)?(?:declare\\s+)?(?:interface|type|(?:const\\s+)?enum)\\s+(${identifier})\\s*[<={]`,
              'gm',
            ),
            (m) => departsFrom(m[1]!, expected),
          )
        : [];
    case 'exports.kind': {
      const defaults = all(
        /^export\s+default\b|\bexport\s*\{[^}]*(?:\bas\s+default\b|\{\s*default\s*[,}])/gm,
      );
      if (expected === 'named') return defaults.slice(0, 1);
      const named = all(/^export\b/gm);
      return defaults.length === 0 ? named.slice(0, 1) : [];
    }
    case 'functions.form':
      return expected === 'declaration'
        ? all(
            new RegExp(
              `^(?:export\\s+)?const\\s+${identifier}\\s*(?::(?:[^=;]|=>)*?)?=\\s*${functionValue}`,
              'gm',
            ),
          )
        : all(/^(?:export\s+)?(?:default\s+)?(?:async\s+)?function\b[^;{]*\{/gm);
    case 'async.form':
      return expected === 'await' ? all(/\.then\s*\(/g) : all(/\bawait\b/g);
    case 'types.objectShape':
      if (!typescript) return [];
      return expected === 'interface'
        ? all(
            new RegExp(
              `^[ \\t]*(?:export\\s+)?(?:declare\\s+)?type\\s+${identifier}\\s*(?:<[^;{}]*>)?\\s*=\\s*\\{`,
              'gm',
            ),
            (m) => isPlainObjectType(text, m.index + m[0].length - 1),
          )
        : all(/^[ \t]*(?:export\s+)?(?:declare\s+)?interface\s/gm);
    case 'imports.nodeProtocol':
      return all(/(?:\bfrom\s*|\brequire\s*\(\s*|^\s*import\s*)['"]/gm, (m) => {
        // String insides are blanked in `text`: the specifier is read from the source, at the same place.
        const quote = m.index + m[0].length - 1;
        const specifier = source.slice(quote + 1, source.indexOf(source[quote]!, quote + 1));
        const prefixed = specifier.startsWith('node:');
        const builtin = prefixed || builtins.has(specifier);
        return builtin && (expected === 'prefixed' ? !prefixed : prefixed);
      });
    case 'modules.system':
      if (/\.c[jt]s$/.test(file)) return [];
      return expected === 'esm'
        ? all(/\brequire\s*\(\s*['"]/g)
        : all(/^\s*(?:import|export)\b[^(]*\bfrom\s*['"]/gm);
    case 'errors.thrown':
      return expected === 'error' ? all(/\bthrow\s+(?:['"`{]|-?\d)/g) : [];
    case 'errors.class':
      return expected === 'subclass'
        ? all(new RegExp(`\\bthrow\\s+new\\s+(?:${builtinErrors})\\s*\\(`, 'g'))
        : all(
            new RegExp(
              `\\bthrow\\s+new\\s+(?!(?:${builtinErrors})\\b)[A-Z][\\w$]*(?:Error|Exception)\\s*\\(`,
              'g',
            ),
          );
    default:
      return [];
  }
}

/** typescript-eslint's consistent-type-imports: the local names it says are imported as values but used only as types. */
async function typeOnlyOracle(
  files: readonly CorpusSource[],
  expected: Variant,
): Promise<Set<Departure>> {
  const eslint = new ESLint({
    cwd: repoRoot,
    overrideConfigFile: true,
    // The corpora are read where npm installed them, which ESLint skips unless told.
    ignorePatterns: ['!**/node_modules/'],
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { '@typescript-eslint': tseslint.plugin },
        rules: {
          '@typescript-eslint/consistent-type-imports': [
            'error',
            {
              prefer: expected === 'marked' ? 'type-imports' : 'no-type-imports',
              disallowTypeAnnotations: false,
            },
          ],
        },
      },
    ],
  });
  const departures = new Set<Departure>();
  const keys = new Map(files.map((file) => [file.absolutePath, file.key]));
  const results = await eslint.lintFiles(
    files.filter((file) => file.path.endsWith('.ts')).map((file) => file.absolutePath),
  );
  for (const result of results) {
    const file = keys.get(result.filePath)!;
    const lines = readFileSync(result.filePath, 'utf8').split('\n');
    for (const message of result.messages) {
      if (message.ruleId !== '@typescript-eslint/consistent-type-imports') continue;
      let names = [...message.message.matchAll(/"([^"]+)"/g)].map((match) => match[1]!);
      if (names.length === 0) {
        const declaration = lines
          .slice(message.line - 1, message.endLine ?? message.line)
          .join(' ');
        const clause = /import\s+(.*?)\s+from\s/.exec(declaration)?.[1] ?? '';
        const named = /\{([^}]*)\}/.exec(clause)?.[1] ?? '';
        const head = clause
          .replace(/\{[^}]*\}/, '')
          .replace(/,/g, ' ')
          .trim();
        names = [
          ...head
            .split(/\s+/)
            .filter((word) => word && word !== '*' && word !== 'as' && word !== 'type'),
          ...named
            .split(',')
            .map((part) => part.trim())
            .filter((part) => part && !part.startsWith('type '))
            .map((part) =>
              part
                .split(/\s+as\s+/)
                .at(-1)!
                .trim(),
            ),
        ];
      }
      for (const name of names) departures.add(`${file}#${name}`);
    }
  }
  return departures;
}

const keyOf = (finding: StyleFinding): Departure =>
  finding.convention === 'imports.typeOnly'
    ? `${finding.file}#${finding.subject}`
    : `${finding.file}:${finding.line}`;

export interface ScoredBaseline {
  baseline: string;
  profile: StyleProfile;
  checked: number;
  scores: ConventionScore[];
  disagreements: Array<{
    convention: ConventionId;
    kind: 'false positive' | 'false negative';
    at: Departure;
  }>;
}

/** Learns from one baseline, checks the rest of the corpus, and scores each enforced convention. */
export async function scoreBaseline(baseline: Baseline): Promise<ScoredBaseline> {
  const learned = baselineFiles(baseline);
  const source: { package: CorpusFile['package']; root: string } =
    baseline in styleCorpora ? styleCorpora[baseline as StyleCorpusName] : codebases[baseline];
  const profile = learnStyleProfile({
    workspaceRoot: join(packageDir(source.package), source.root),
    files: learned.map((file) => file.path),
  });
  const files = checkedFiles(baseline);
  const sources = files.map((file) => ({
    path: file.key,
    text: readFileSync(file.absolutePath, 'utf8'),
  }));
  const findings = checkStyle(profile, sources);
  const scores: ConventionScore[] = [];
  const disagreements: ScoredBaseline['disagreements'] = [];
  for (const [convention, stats] of Object.entries(profile.conventions) as Array<
    [ConventionId, StyleProfile['conventions'][ConventionId]]
  >) {
    if (!stats.enforced || convention === 'comments.banners' || convention === 'imports.internal')
      continue;
    const expected = stats.enforced;
    const found = new Set(
      findings.filter((finding) => finding.convention === convention).map(keyOf),
    );
    const truth =
      convention === 'imports.typeOnly'
        ? await typeOnlyOracle(files, expected)
        : new Set(
            sources.flatMap((source) =>
              oracleLines(convention, expected, source.path, source.text).map(
                (line) => `${source.path}:${line}`,
              ),
            ),
          );
    const truePositives = [...found].filter((key) => truth.has(key)).length;
    for (const key of found)
      if (!truth.has(key)) disagreements.push({ convention, kind: 'false positive', at: key });
    for (const key of truth)
      if (!found.has(key)) disagreements.push({ convention, kind: 'false negative', at: key });
    scores.push({
      baseline,
      convention,
      expected,
      truePositives,
      falsePositives: found.size - truePositives,
      falseNegatives: truth.size - truePositives,
      precision: found.size ? truePositives / found.size : 1,
      recall: truth.size ? truePositives / truth.size : 1,
    });
  }
  return { baseline, profile, checked: files.length, scores, disagreements };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const verbose = process.argv.includes('--verbose');
  for (const baseline of baselines) {
    const scored = await scoreBaseline(baseline);
    console.log(
      `\n${baseline}: learned from ${scored.profile.files} files, checked ${scored.checked} others`,
    );
    console.log(
      'convention             expected     found  true+  false+  false-  precision  recall',
    );
    for (const score of scored.scores) {
      console.log(
        `${score.convention.padEnd(22)} ${score.expected.padEnd(12)} ${String(score.truePositives + score.falsePositives).padStart(5)}  ${String(score.truePositives).padStart(5)}  ${String(score.falsePositives).padStart(6)}  ${String(score.falseNegatives).padStart(6)}  ${score.precision.toFixed(3).padStart(9)}  ${score.recall.toFixed(3).padStart(6)}`,
      );
    }
    if (verbose)
      for (const d of scored.disagreements) console.log(`  ${d.convention} ${d.kind}: ${d.at}`);
  }
}
