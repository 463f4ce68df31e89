import type { Tree } from '@nx/devkit';

/** What Baton writes that stays on one machine: `baton report`'s page and the replies of failed phases. */
export const batonIgnored = ['.baton/report/', '.baton/replies/'];

/**
 * Every branch appends its runs to the ledger, so two phase branches merge by keeping both sides'
 * lines (the ledger is append-only, one JSON object a line, and readers sort by time).
 */
export const batonAttributes = ['**/handoffs/ledger.jsonl merge=union'];

/** Appends the lines a file lacks (creating it); returns whether it changed. */
export function addLines(tree: Tree, path: string, lines: readonly string[]): boolean {
  const existing = tree.read(path, 'utf-8') ?? '';
  const present = new Set(existing.split(/\r?\n/).map((line) => line.trim()));
  const missing = lines.filter((line) => !present.has(line));
  if (missing.length === 0) return false;
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
  tree.write(path, `${existing}${separator}${missing.join('\n')}\n`);
  return true;
}
