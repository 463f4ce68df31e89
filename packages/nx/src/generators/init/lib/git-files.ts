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

/** Takes out the lines {@link addLines} added, deleting a file that held nothing else. */
export function removeLines(tree: Tree, path: string, lines: readonly string[]): void {
  const existing = tree.read(path, 'utf-8');
  if (existing === null) return;
  const drop = new Set(lines);
  const kept = existing.split('\n').filter((line) => !drop.has(line.trim()));
  const text = kept.join('\n');
  if (text.trim() === '') tree.delete(path);
  else if (text !== existing) tree.write(path, text);
}
