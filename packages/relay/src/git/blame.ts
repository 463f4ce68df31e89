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
 * Every line of a tracked `file` with its last commit, from `git blame --porcelain` over the
 * working tree (so uncommitted edits show as such) or at `revision`; null before the repository's
 * first commit, or when the file is not there at `revision`.
 *
 * No blame parser on npm is maintained, so this reads the porcelain fields it needs (header,
 * `author`, TAB-prefixed text) as git documents them. `--porcelain` gives a commit's details
 * once, at its first line, not on every line: less for git to write and for Baton to read.
 */
export async function blame(
  cwd: string,
  file: string,
  revision?: string,
): Promise<BlamedLine[] | null> {
  let porcelain: string;
  try {
    const at = revision === undefined ? [] : [revision];
    porcelain = await gitAt(cwd).raw(['blame', '--porcelain', ...at, '--', file]);
  } catch (error) {
    if (error instanceof GitError && /no such path|bad revision|no such ref/i.test(error.message)) {
      return null;
    }
    throw error;
  }
  const authors = new Map<string, string>();
  const lines: BlamedLine[] = [];
  let commit = '';
  let line = 0;
  let header = true;
  for (const row of porcelain.split('\n')) {
    if (row.startsWith('\t')) {
      const committed = notCommitted.test(commit) ? null : commit;
      lines.push({
        line,
        commit: committed,
        authorName: authors.get(commit) ?? '',
        text: row.slice(1),
      });
      header = true;
    } else if (header) {
      // SHA-1 or SHA-256 object name, the line's number in the original and in the final file.
      const fields = row.split(' ');
      commit = fields[0]!;
      line = Number(fields[2]);
      header = false;
    } else if (row.startsWith('author ')) {
      authors.set(commit, row.slice('author '.length));
    }
  }
  return lines;
}
