import { dirname } from 'node:path';
// tinyglobby: the small maintained globber the workspace already uses; finds every feature's ledger.
import { globSync } from 'tinyglobby';
import { ledgerFile, readLedger, type LedgerEntry } from './ledger';

/** Every run of every feature in the workspace, ordered by time. */
export function readWorkspaceLedgers(workspaceRoot: string): LedgerEntry[] {
  const files = globSync(`**/${ledgerFile.split('\\').join('/')}`, {
    cwd: workspaceRoot,
    absolute: true,
    ignore: ['**/node_modules/**', '**/dist/**', '.git/**'],
  }).sort();
  // Apart from the ledger itself: a phase run appends to one ledger and never loads the globber.
  return files
    .flatMap((file) => readLedger(dirname(dirname(file))))
    .sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
}
