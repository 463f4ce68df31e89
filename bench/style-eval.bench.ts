// The style gate on published TypeScript codebases (tools/style-eval): each learned on four fifths
// of its files and checked on the other fifth, over five folds so that every file is checked once;
// false alarms on the files as written, recall on them restyled one convention at a time and on real
// CommonJS files of other packages. `npx tsx bench/style-eval.bench.ts [codebase...]` prints the table,
// of the codebases named or of every one.
import { codebases, evaluateStyleGate, formatEvaluation, recallOf } from '@baton/style-eval';
import type { CodebaseName } from '@baton/corpus';
import type { BenchRow } from './bench';

const percent = (part: number, whole: number) =>
  whole ? `${((part / whole) * 100).toFixed(1)}%` : 'n/a';

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const score of evaluateStyleGate()) {
    const benchmark = `style gate on ${score.name} (learned ${score.learned} files a fold, ${score.heldOut} held out over 5 folds)`;
    rows.push({
      benchmark,
      subject: 'false alarms on held-out human files',
      baseline: 'at most 2%',
      figure: percent(score.falseAlarms.length, score.heldOut),
      notes: score.falseAlarms.join(', ') || 'none',
    });
    for (const detection of score.detections) {
      rows.push({
        benchmark,
        subject: `recall, ${detection.convention}: ${detection.restyle}`,
        baseline: 'at least 95%',
        figure: detection.skipped ? 'not scored' : percent(detection.flagged, detection.files),
        notes:
          detection.skipped ??
          `${detection.flagged} of ${detection.files} files flagged${detection.alike ? `; ${detection.alike} with no departure left out` : ''}`,
      });
    }
    rows.push({
      benchmark,
      subject: 'recall, all scored restyles and other codebases',
      baseline: 'at least 95%',
      figure: `${(recallOf(score.detections) * 100).toFixed(1)}%`,
    });
  }
  return rows;
}

if (process.argv[1] === import.meta.filename) {
  const named = process.argv.slice(2);
  const unknown = named.filter((name) => !(codebases as readonly string[]).includes(name));
  if (unknown.length > 0) {
    process.stderr.write(
      `No codebase named ${unknown.join(', ')}. Name some of: ${codebases.join(', ')}; or none, for all.\n`,
    );
    process.exit(1);
  }
  const names = named.length > 0 ? (named as CodebaseName[]) : codebases;
  process.stdout.write(formatEvaluation(evaluateStyleGate(undefined, names)));
}
