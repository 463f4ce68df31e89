import { authorLabel, blameFile, type BlameLine } from '@baton/relay';
import { Command, Option } from 'commander';

function who(line: BlameLine): string {
  const { author } = line;
  if (author.kind === 'phase') return `${author.model} (${author.phase})`;
  if (author.kind === 'human') return `human (${author.name})`;
  return 'uncommitted';
}

/** Each line as `number  commit  who | text`, then how many lines each author wrote. */
export function blameTable(lines: BlameLine[]): string {
  const numberWidth = String(lines.length).length;
  const whoWidth = Math.max(0, ...lines.map((line) => who(line).length));
  const rows = lines.map(
    (line) =>
      `${String(line.line).padStart(numberWidth)}  ${(line.commit ?? '').slice(0, 8).padEnd(8)}  ${who(line).padEnd(whoWidth)} | ${line.text}`,
  );
  const counts = new Map<string, number>();
  for (const line of lines)
    counts.set(authorLabel(line.author), (counts.get(authorLabel(line.author)) ?? 0) + 1);
  const summary = [...counts].map(([author, count]) => `${count} ${author}`).join(', ');
  return [...rows, '', `${lines.length} lines: ${summary || 'the file is empty'}`].join('\n');
}

/** `baton blame FILE`: which model and phase, or which human, last wrote each line. */
export function addBlameCommand(program: Command): void {
  program
    .command('blame')
    .description(
      'Each line of FILE with who last wrote it: the model and phase from the AI-Phase/AI-Model trailers of its commit, a human, or uncommitted.',
    )
    .argument('<file>', 'a file tracked by git, relative to the current folder')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'),
    )
    .action(async (file: string, options: { format: 'text' | 'json' }) => {
      const lines = await blameFile(process.cwd(), file);
      process.stdout.write(
        options.format === 'json'
          ? `${JSON.stringify({ file, lines }, null, 2)}\n`
          : `${blameTable(lines)}\n`,
      );
    });
}
