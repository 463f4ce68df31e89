// The style gate's evaluation on codebases outside the manifest: each folder given is learned on
// four fifths of its TypeScript and JavaScript files and checked on the rest, fold by fold, as the
// pinned codebases are. `npm run style-eval -- <folder>... [--alpha 0.02]`
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readFolder, readOtherStyle } from './codebases';
import { evaluateFiles, folds, formatEvaluation } from './evaluate';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { alpha: { type: 'string' } },
});
if (positionals.length === 0) {
  process.stderr.write(
    'Name a folder of TypeScript or JavaScript sources to evaluate the style gate on: `npm run style-eval -- node_modules/zod/src`.\n',
  );
  process.exit(2);
}
const alpha = values.alpha === undefined ? undefined : Number(values.alpha);
const others = readOtherStyle();
let heldOut = 0;
let falseAlarms = 0;
for (const folder of positionals) {
  const root = resolve(folder);
  const files = readFolder(root);
  if (files.length < folds * 2) {
    process.stderr.write(
      `${folder} holds ${files.length} source files: too few to split ${folds} ways.\n`,
    );
    process.exitCode = 2;
    continue;
  }
  const score = evaluateFiles(folder === '.' ? basename(root) : folder, files, others, alpha);
  heldOut += score.heldOut;
  falseAlarms += score.falseAlarms.length;
  process.stdout.write(formatEvaluation([score]));
}
if (positionals.length > 1 && heldOut > 0) {
  process.stdout.write(
    `all: false alarms ${falseAlarms}/${heldOut} (${((falseAlarms / heldOut) * 100).toFixed(1)}%)\n`,
  );
}
