import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { collectRelayReport } from '@baton/relay';
import { Command } from 'commander';
import { renderReportPage } from '../report/page';
import { formatCost } from './ledger';

const defaultOut = join('.baton', 'report');

/** `baton report`: the relay of every feature as one self-contained HTML page. */
export function addReportCommand(program: Command): void {
  program
    .command('report')
    .description(
      "Writes one self-contained HTML page of the workspace's relays: timeline, tokens and cost by phase and model, who wrote the lines, and the review findings.",
    )
    .option('--out <dir>', 'folder to write index.html into', defaultOut)
    .action(async (options: { out: string }) => {
      const report = await collectRelayReport(process.cwd());
      if (report.features.length === 0) {
        process.stdout.write(
          'No runs yet: no project of this workspace holds handoffs/FEATURE.md, so there is no relay to report and nothing was written. ' +
            'Start a feature with `nx g handoff --project <project> --to architecture --goal "<what it is for>"`, run its phases, then run `baton report` again.\n',
        );
        return;
      }
      const page = renderReportPage(report);
      const out = resolve(options.out);
      mkdirSync(out, { recursive: true });
      const file = join(out, 'index.html');
      writeFileSync(file, page);

      const { total } = report;
      const features = report.features.map((feature) => feature.feature).join(', ');
      const runs =
        total.runs === 0
          ? 'no runs yet (run a phase with `nx run <project>:<phase>`)'
          : `${total.runs} run${total.runs === 1 ? '' : 's'}, ${formatCost(total)}`;
      process.stdout.write(
        `Wrote ${relative(process.cwd(), file) || file}: ${features}; ${runs}.\nOpen ${pathToFileURL(file).href} in a browser.\n`,
      );
    });
}
