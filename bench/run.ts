// Runs every bench/*.bench.ts and prints one table of ratios, each measured side by side in one run.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchRow } from './bench';

const only = process.argv.slice(2);
const files = readdirSync(import.meta.dirname)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort();

const rows: BenchRow[] = [];
for (const file of files) {
  process.stderr.write(`bench: ${file}\n`);
  const bench = (await import(join(import.meta.dirname, file))) as { run(): Promise<BenchRow[]> };
  rows.push(...(await bench.run()));
}

const header = ['benchmark', 'subject', 'baseline', 'figure', 'notes'];
const table = rows.map((row) => [
  row.benchmark,
  row.subject,
  row.baseline,
  row.figure,
  row.notes ?? '',
]);
const widths = header.map((title, i) =>
  Math.max(title.length, ...table.map((cells) => cells[i].length)),
);
const line = (cells: string[]) =>
  `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
console.log(line(header));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const cells of table) console.log(line(cells));
