import { extname } from 'node:path';
// A door of its own: a phase run outlines files by extension without loading the style checker.

/** The file extensions Baton reads, and the TypeScript script kind of each. */
export const sourceExtensions: Readonly<Record<string, 'TS' | 'TSX' | 'JS' | 'JSX'>> = {
  '.ts': 'TS',
  '.mts': 'TS',
  '.cts': 'TS',
  '.tsx': 'TSX',
  '.js': 'JS',
  '.mjs': 'JS',
  '.cjs': 'JS',
  '.jsx': 'JSX',
};

export function isSourceFile(path: string): boolean {
  return extname(path) in sourceExtensions && !/\.d\.[cm]?ts$/.test(path);
}
