// What `baton report` pays to attribute a feature's lines (blame, trailers, counting) over git blame itself.
import { tempRepo, type GitFolder } from '@baton/testing';
import { simpleGit } from 'simple-git';
import { trackedTextFiles } from '../packages/relay/src/git';
import { lineShares, trailerArgs } from '../packages/relay/src/provenance';
import { aimed, aimRounds, sideBySide, type BenchRow } from './bench';

const fileCount = 200;
const linesPerFile = 60;
const phaseCommits = 20;

/** A feature project of `fileCount` files: a human's first version, then phase commits rewriting parts. */
function relayedRepo(): GitFolder {
  const repo = tempRepo({
    prefix: 'baton-bench-blame-',
    user: { name: 'Ada', email: 'a@bench.invalid' },
  });
  const git = (...args: string[]) => repo.git(...args);
  const write = (round: number) => {
    for (let file = 0; file < fileCount; file++) {
      if (round > 0 && file % phaseCommits !== round % phaseCommits) continue;
      const lines = Array.from({ length: linesPerFile }, (_, line) =>
        line % (round + 2) === 0
          ? `export const v${line} = ${round};`
          : `export const v${line} = 0;`,
      );
      repo.write(`packages/analytics/src/m${file}.ts`, `${lines.join('\n')}\n`);
    }
  };
  write(0);
  git('add', '-A');
  git('commit', '-q', '-m', 'Human start');
  for (let round = 1; round <= phaseCommits; round++) {
    write(round);
    git('add', '-A');
    const trailers = {
      phase: `phase-${round % 4}`,
      model: `google/gemini-${round % 3}`,
      handoff: 'h.md',
    };
    git('commit', '-q', '-m', `Phase ${round}`, ...trailerArgs(trailers));
  }
  return repo;
}

export async function run(): Promise<BenchRow[]> {
  const relayed = relayedRepo();
  const repo = relayed.root;
  try {
    const files = await trackedTextFiles(repo, ['packages/analytics']);
    const git = simpleGit(repo);
    const blame = (format: string) => () =>
      Promise.all(files.map((file) => git.raw(['blame', format, '--', file])));
    const attribute = () => lineShares(repo, ['packages/analytics']);
    // The baseline the aim was set against, and the blame Baton runs itself (--porcelain prints less).
    const rows: Array<[string, Awaited<ReturnType<typeof sideBySide>>]> = [
      ['--line-porcelain', await sideBySide(aimRounds, attribute, blame('--line-porcelain'))],
      ['--porcelain', await sideBySide(aimRounds, attribute, blame('--porcelain'))],
    ];
    return rows.map(([format, measured]): BenchRow => ({
      benchmark: 'line attribution (baton report)',
      subject: 'lineShares over a feature project',
      baseline: `git blame ${format} of the same files`,
      ...aimed(1.05, measured),
      notes: `median of ${aimRounds}: ${measured.subjectMs.toFixed(0)} vs ${measured.baselineMs.toFixed(0)} ms, ${fileCount} files x ${linesPerFile} lines, ${phaseCommits} phase commits`,
    }));
  } finally {
    relayed.dispose();
  }
}
