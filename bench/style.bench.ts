// `baton style check` against ESLint with one rule over the same 500+ real TypeScript files, each a
// cold process as a hook or CI runs it; then precision and recall per convention (bench/style-oracle.ts).
import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolder } from '@baton/testing';
import { codebaseFiles, codebases, packageDir, workspaceCodebase } from '@baton/corpus';
import { learnStyleProfile, serializeProfile } from '@baton/style';
import { globSync } from 'tinyglobby';
import { aimed, aimRounds, sideBySide, type BenchRow } from './bench';
import { baselines, scoreBaseline } from './style-oracle';

const repoRoot = join(import.meta.dirname, '..');
const fileCount = 600;
// The aim: `baton style check` at least 5 times as fast as ESLint with one rule.
const aim = 1 / 5;

/** Real TypeScript sources of pinned packages, the same list for both tools. */
function realSources(): Array<{ from: string; to: string }> {
  const packages = ['@anthropic-ai/sdk', 'openai', 'zod', 'gpt-tokenizer'] as const;
  return packages
    .flatMap((name) =>
      globSync(['**/*.ts', '!**/*.d.ts'], { cwd: join(packageDir(name), 'src') }).map((file) => ({
        from: join(packageDir(name), 'src', file),
        to: join('src', name, 'src', file),
      })),
    )
    .sort((a, b) => a.to.localeCompare(b.to))
    .slice(0, fileCount);
}

function runTool(cwd: string, args: string[]): void {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  // Both exit 1 when they find something; anything else means the tool did not run.
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
}

async function speed(): Promise<BenchRow> {
  const folder = tempFolder('baton-style-bench-');
  const dir = folder.root;
  try {
    const files = realSources();
    for (const file of files) folder.write(file.to, readFileSync(file.from, 'utf8'));
    symlinkSync(join(repoRoot, 'node_modules'), folder.path('node_modules'), 'dir');
    folder.write('package.json', '{ "type": "module" }\n');
    folder.write('nx.json', '{}\n');
    const codebase = codebases[workspaceCodebase.name];
    const profile = learnStyleProfile({
      workspaceRoot: join(packageDir(codebase.package), codebase.root),
      files: codebaseFiles(workspaceCodebase.name).map((file) => file.path),
    });
    folder.write('.baton/style-profile.json', serializeProfile(profile));
    const enforced = Object.values(profile.conventions).filter((stats) => stats.enforced).length;
    // One rule, the cheapest ESLint can be on TypeScript: the parser and a single syntactic check.
    folder.write(
      'eslint.config.js',
      [
        "import tseslint from 'typescript-eslint';",
        'export default [{',
        "  files: ['**/*.ts'],",
        '  languageOptions: { parser: tseslint.parser },',
        "  plugins: { '@typescript-eslint': tseslint.plugin },",
        "  rules: { '@typescript-eslint/consistent-type-definitions': ['error', 'interface'] },",
        '}];',
        '',
      ].join('\n'),
    );
    const paths = files.map((file) => file.to);
    const baton = join(repoRoot, 'packages/nx/dist/bin/baton.js');
    const eslint = join(repoRoot, 'node_modules/eslint/bin/eslint.js');
    const measured = await sideBySide(
      aimRounds,
      () => runTool(dir, [baton, 'style', 'check', '--format', 'json', ...paths]),
      () => runTool(dir, [eslint, '--format', 'json', ...paths]),
    );
    const size = files.reduce((sum, file) => sum + readFileSync(file.from).length, 0);
    return {
      benchmark: `style check, ${files.length} real .ts files (${(size / 1e6).toFixed(1)} MB)`,
      subject: `baton style check (${enforced} conventions enforced)`,
      baseline: 'eslint, 1 rule (typescript-eslint parser)',
      ...aimed(aim, measured),
      notes: `${Math.round(measured.subjectMs)} ms vs ${Math.round(measured.baselineMs)} ms, cold processes, median of ${aimRounds}`,
    };
  } finally {
    folder.dispose();
  }
}

export async function run(): Promise<BenchRow[]> {
  const rows = [await speed()];
  for (const baseline of baselines) {
    const scored = await scoreBaseline(baseline);
    for (const score of scored.scores) {
      rows.push({
        benchmark: `style detection vs oracle, learned from ${baseline} (${scored.profile.files} files), ${scored.checked} checked`,
        subject: `${score.convention} = ${score.expected}`,
        baseline: 'independent oracle',
        figure:
          score.truePositives + score.falsePositives + score.falseNegatives === 0
            ? 'n/a'
            : `P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)}`,
        notes:
          score.truePositives + score.falsePositives + score.falseNegatives === 0
            ? 'no departure from it in the checked files'
            : `${score.truePositives} agreed, ${score.falsePositives} only Baton, ${score.falseNegatives} only oracle`,
      });
    }
  }
  return rows;
}
