// Runs every bench/*.bench.ts and prints one table of ratios, each measured side by side in one run.
// `--check` exits non-zero when a row misses its aim by more than the noise measured on that row.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { aimText, misses, type BenchRow } from './bench';

const args = process.argv.slice(2);
const check = args.includes('--check');
const only = args.filter((arg) => arg !== '--check');
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

const header = ['benchmark', 'subject', 'baseline', 'figure', 'aim', 'noise', 'notes'];
const table = rows.map((row) => [
  row.benchmark,
  row.subject,
  row.baseline,
  row.figure,
  `${aimText(row)}${misses(row) ? ' MISSED' : ''}`,
  row.noise === undefined ? '' : `±${row.noise.toFixed(3)}`,
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

if (check) {
  const missed = rows.filter(misses);
  console.log(
    `\n--check: ${rows.filter((row) => row.aim !== undefined).length - missed.length} of ${rows.filter((row) => row.aim !== undefined).length} aims held (noise: half the spread of ten baseline runs, per row)`,
  );
  for (const row of missed) {
    console.log(
      `  missed: ${row.subject} vs ${row.baseline}: ${row.figure} > ${aimText(row).slice(2)} ± ${row.noise?.toFixed(3)}`,
    );
  }
  if (missed.length > 0) process.exitCode = 1;
}
