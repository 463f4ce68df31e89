import {
  LedgerFeatureUnknownError,
  readWorkspaceLedgers,
  summarizeLedger,
  type LedgerSummaryRow,
} from '@baton/relay';
import { Command, Option } from 'commander';

const integer = new Intl.NumberFormat('en-US');

/** `$0.0123`, with the runs that have no price said, never guessed. */
export function formatCost(row: Pick<LedgerSummaryRow, 'costUsd' | 'unpricedRuns'>): string {
  const known = row.costUsd === null ? '' : `$${row.costUsd.toFixed(4)}`;
  if (row.unpricedRuns === 0) return known || '$0.0000';
  const unpriced = `${row.unpricedRuns} unpriced`;
  return known ? `${known} + ${unpriced}` : unpriced;
}

const columns: Array<{ title: string; cell: (row: LedgerSummaryRow) => string; right?: boolean }> =
  [
    { title: 'feature', cell: (row) => row.keys.feature ?? 'total' },
    { title: 'phase', cell: (row) => row.keys.phase ?? '' },
    { title: 'model', cell: (row) => row.keys.model ?? '' },
    { title: 'runs', cell: (row) => integer.format(row.runs), right: true },
    { title: 'tokens in', cell: (row) => integer.format(row.inputTokens), right: true },
    { title: 'tokens out', cell: (row) => integer.format(row.outputTokens), right: true },
    { title: 'cost', cell: formatCost, right: true },
    { title: 'failures', cell: (row) => integer.format(row.failures), right: true },
    { title: 'fallbacks', cell: (row) => integer.format(row.fallbacks), right: true },
  ];

/** The ledger as an aligned text table, one row per feature, phase and model, then the total. */
export function ledgerTable(rows: LedgerSummaryRow[], total: LedgerSummaryRow): string {
  const cells = [
    columns.map((column) => column.title),
    ...[...rows, total].map((row) => columns.map((column) => column.cell(row))),
  ];
  const widths = columns.map((_, index) => Math.max(...cells.map((line) => line[index]!.length)));
  return cells
    .map((line) =>
      line
        .map((cell, index) =>
          columns[index]!.right ? cell.padStart(widths[index]!) : cell.padEnd(widths[index]!),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** `baton ledger`: phase runs, tokens and cost by feature, phase and model. */
export function addLedgerCommand(program: Command): void {
  program
    .command('ledger')
    .description(
      'Phase runs, tokens and cost by feature, phase and model, from every handoffs/ledger.jsonl of the workspace.',
    )
    .option('--feature <feature>', 'only the runs of this feature')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'),
    )
    .action((options: { feature?: string; format: 'text' | 'json' }) => {
      const all = readWorkspaceLedgers(process.cwd());
      const entries = options.feature
        ? all.filter((entry) => entry.feature === options.feature)
        : all;
      if (options.feature && entries.length === 0 && all.length > 0) {
        throw new LedgerFeatureUnknownError(options.feature, [
          ...new Set(all.map((entry) => entry.feature)),
        ]);
      }
      // Features alphabetically; within one, phases and models in the order they first ran.
      const rows = summarizeLedger(entries, ['feature', 'phase', 'model']).sort((a, b) =>
        a.keys.feature!.localeCompare(b.keys.feature!),
      );
      const [total] = summarizeLedger(entries, []);
      if (options.format === 'json') {
        process.stdout.write(`${JSON.stringify({ runs: entries.length, rows, total }, null, 2)}\n`);
        return;
      }
      if (entries.length === 0) {
        process.stdout.write(
          'No runs yet: no phase has run in this workspace, so every handoffs/ledger.jsonl is empty or absent. ' +
            'Run a phase (`nx run <project>:<phase>`) and its tokens and cost show here.\n',
        );
        return;
      }
      process.stdout.write(`${ledgerTable(rows, total!)}\n`);
    });
}
