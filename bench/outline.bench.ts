// Tokens a structure-only reference sends against the whole file, on real TypeScript and JavaScript.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { estimateTokens, type ModelSpec } from '@baton/providers';
import { globSync } from 'tinyglobby';
import { outline } from '@baton/relay';
import type { BenchRow } from './bench';

const require = createRequire(import.meta.url);
const repo = join(import.meta.dirname, '..');
const gpt: ModelSpec = { alias: 'gpt', provider: 'openai', model: 'gpt-4.1' };

/** This repository's own sources (tests aside) and commander's, as a team would reference them. */
function fileSet(): Array<{ name: string; files: string[] }> {
  const commander = dirname(require.resolve('commander'));
  return [
    {
      name: 'Baton packages/*/src (TypeScript)',
      files: globSync(['packages/*/src/**/*.ts'], {
        cwd: repo,
        absolute: true,
        ignore: ['**/*.test.ts', '**/__fixtures__/**'],
      }),
    },
    {
      name: 'commander lib (JavaScript)',
      files: globSync(['lib/*.js'], { cwd: commander, absolute: true }),
    },
  ];
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const set of fileSet()) {
    let whole = 0;
    let structure = 0;
    let lines = 0;
    for (const file of set.files) {
      const text = readFileSync(file, 'utf8');
      lines += text.split('\n').length;
      whole += estimateTokens(text, gpt).tokens;
      structure += estimateTokens(await outline(file, text), gpt).tokens;
    }
    rows.push({
      benchmark: 'context: structure-only reference',
      subject: 'outline tokens',
      baseline: 'whole-file tokens',
      figure: `${(structure / whole).toFixed(3)}x`,
      notes: `${set.name}: ${set.files.length} files, ${lines} lines; ${structure} vs ${whole} tokens (gpt-4.1 tokenizer)`,
    });
  }
  return rows;
}
