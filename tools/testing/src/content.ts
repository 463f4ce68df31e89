/** A folder under git that a test can read: a `GitFolder`, a phase workspace or an e2e workspace. */
export interface ReadableRepo {
  git(...args: string[]): string;
  exists(relative: string): boolean;
  read(relative: string): string;
}

/** The content of every file a user could lose (tracked and untracked, not ignored), the ledger aside. */
export function contentHash(repo: ReadableRepo): string {
  const files = repo
    .git('ls-files', '--cached', '--others', '--exclude-standard')
    .split('\n')
    .filter((file) => file && !file.endsWith('ledger.jsonl'))
    .sort();
  return JSON.stringify(files.map((file) => [file, repo.exists(file) ? repo.read(file) : null]));
}
