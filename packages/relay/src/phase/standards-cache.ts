import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { CodingStandards } from './standards';

/**
 * Under node_modules/.cache, as ESLint's and Babel's own caches are: the answer derives from the
 * installed Prettier, ESLint and plugins, so a reinstall that clears it is exactly when it is stale;
 * and the relay stays free of Nx (no workspace-data directory without Nx).
 */
export const standardsCacheDirectory = (workspaceRoot: string) =>
  join(workspaceRoot, 'node_modules', '.cache', 'baton');

/** Files whose content decides the standards, in any folder from the sample file up to the root. */
const configFile =
  /^(\.prettierrc.*|prettier\.config\..*|\.editorconfig|eslint\.config\..*|\.eslintrc.*|package\.json)$/;
/** What decides the installed versions of Prettier, ESLint and every ESLint plugin. */
const lockFiles = [
  'package-lock.json',
  'pnpm-lock.yaml',
  'yarn.lock',
  'bun.lock',
  // Rewritten by every npm, pnpm and yarn install, lock file or not.
  'node_modules/.package-lock.json',
  'node_modules/.modules.yaml',
  'node_modules/.yarn-state.yml',
];
const profileFile = join('.baton', 'style-profile.json');

/**
 * {@link codingStandards}, answered from a file keyed by the content hashes of everything it reads
 * (the config files along the sample's folders, the lock file, the style profile): on a hit no
 * Prettier or ESLint module is loaded. A missing or corrupt cache file is computed again.
 */
export async function cachedCodingStandards(
  workspaceRoot: string,
  sampleFile: string,
): Promise<CodingStandards> {
  const key = standardsKey(workspaceRoot, sampleFile);
  const file = join(standardsCacheDirectory(workspaceRoot), `standards-${key}.json`);
  const hit = readCached(file);
  if (hit) return hit;
  const { codingStandards } = await import('./standards.js');
  const standards = await codingStandards(workspaceRoot, sampleFile);
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(standards));
    renameSync(temp, file);
  } catch {
    // An unwritable cache costs the next run the computation, nothing else.
  }
  return standards;
}

/** A hash of what {@link codingStandards} reads for `sampleFile`. */
export function standardsKey(workspaceRoot: string, sampleFile: string): string {
  const hash = createHash('sha256').update(`${relative(workspaceRoot, sampleFile)}\0`);
  const add = (path: string) => {
    try {
      hash
        .update(`${relative(workspaceRoot, path)}\0`)
        .update(readFileSync(path))
        .update('\0');
    } catch {
      hash.update(`${relative(workspaceRoot, path)}: none\0`);
    }
  };
  for (let folder = dirname(sampleFile); ; folder = dirname(folder)) {
    let names: string[] = [];
    try {
      names = readdirSync(folder);
    } catch {
      // The sample's folder need not exist: the phase may be about to create it.
    }
    for (const name of names.filter((name) => configFile.test(name)).sort()) {
      add(join(folder, name));
    }
    if (folder === workspaceRoot || dirname(folder) === folder) break;
  }
  for (const name of lockFiles) add(join(workspaceRoot, name));
  add(join(workspaceRoot, profileFile));
  return hash.digest('hex').slice(0, 32);
}

function readCached(file: string): CodingStandards | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<CodingStandards>;
    if (typeof parsed.text === 'string' && Array.isArray(parsed.notes)) {
      return { text: parsed.text, notes: parsed.notes };
    }
  } catch {
    // Missing or corrupt: computed again and written over.
  }
  return null;
}
