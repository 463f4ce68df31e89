import { stripVTControlCharacters } from 'node:util';

/** lint-staged's task log off a terminal (`[STARTED] eslint --fix`), and listr's symbols on one. */
const taskLogLine = /^\s*(?:\[(?:STARTED|COMPLETED|SUCCESS|SKIPPED|FAILED|TITLE|DATA)\]|[✔❯↓◼])\s/u;

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
