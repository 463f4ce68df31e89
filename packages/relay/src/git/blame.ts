import { GitError } from 'simple-git';
import { gitAt } from './repository';

/** One line of a blame: the commit that last touched it (null: not committed yet) and its author. */
export interface BlamedLine {
  /** 1-based line number in the working-tree file. */
  line: number;
  commit: string | null;
  authorName: string;
  text: string;
}

const notCommitted = /^0+$/;

/**
 * Every line of a tracked `file` with its last commit, from `git blame --line-porcelain` over the
 * working tree (so uncommitted edits show as such) or at `revision`; null before the repository's
 * first commit, or when the file is not there at `revision`.
 *
 * No blame parser on npm is maintained, so this reads the three porcelain fields it needs
 * (header, `author`, TAB-prefixed text) as git documents them.
 */
export async function blame(
  cwd: string,
  file: string,
  revision?: string,
): Promise<BlamedLine[] | null> {
  let porcelain: string;
  try {
    const at = revision === undefined ? [] : [revision];
    porcelain = await gitAt(cwd).raw(['blame', '--line-porcelain', ...at, '--', file]);
  } catch (error) {
    if (error instanceof GitError && /no such path|bad revision|no such ref/i.test(error.message)) {
      return null;
    }
    throw error;
  }
  const lines: BlamedLine[] = [];
  let commit = '';
  let line = 0;
  let authorName = '';
  for (const row of porcelain.split('\n')) {
    // SHA-1 or SHA-256 object names.
    const header = /^([0-9a-f]{40}|[0-9a-f]{64}) \d+ (\d+)/.exec(row);
    if (header) {
      commit = header[1]!;
      line = Number(header[2]);
    } else if (row.startsWith('author ')) {
      authorName = row.slice('author '.length);
    } else if (row.startsWith('\t')) {
      const committed = notCommitted.test(commit) ? null : commit;
      lines.push({ line, commit: committed, authorName, text: row.slice(1) });
    }
  }
  return lines;
}
