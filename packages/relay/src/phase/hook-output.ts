import { stripVTControlCharacters } from 'node:util';

/**
 * lint-staged's task log: off a terminal (`[STARTED] eslint --fix`), on one (listr's symbols), and
 * as the JSON events listr prints under a test runner (`{"event":"STATE",...}`).
 */
const taskLogLine =
  /^\s*(?:\[(?:STARTED|COMPLETED|SUCCESS|SKIPPED|FAILED|TITLE|DATA)\]\s|[✔❯↓◼]\s|\{"event":)/u;

/**
 * What the hooks found, from `git commit`'s output: their lines as printed, without colour codes
 * (the message is read in logs and the ledger too) and without lint-staged's progress log, so the
 * findings come first.
 */
export function hookFindings(output: string): string {
  const lines = stripVTControlCharacters(output)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => !taskLogLine.test(line));
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
