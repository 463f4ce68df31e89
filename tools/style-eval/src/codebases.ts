import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { isSourceFile, sourceExtensions } from '@baton/style';
import {
  codebaseFiles,
  codebases as corpusCodebases,
  otherStyleCodebases,
  otherStyleFiles,
  type CodebaseName,
  type CorpusFile,
  type OtherStyleCodebaseName,
} from '@baton/corpus';

export interface CodebaseFile {
  /** `<package>/<path under the codebase's root>`. */
  path: string;
  text: string;
}

/** The TypeScript codebases a profile is learned from and checked against, from the corpus manifest. */
export const codebases = Object.keys(corpusCodebases) as CodebaseName[];

/** Real code written in another style than the codebases above: CommonJS JavaScript. */
export const otherStyle = Object.keys(otherStyleCodebases) as OtherStyleCodebaseName[];

// Tables and bundles are not written by hand; `baton style` leaves files this large out too.
const maxFileBytes = 512 * 1024;
const handWritten = (file: CodebaseFile) => Buffer.byteLength(file.text) <= maxFileBytes;

function read(files: readonly CorpusFile[]): CodebaseFile[] {
  return files
    .map((file) => ({
      path: `${file.package}/${file.path}`,
      text: readFileSync(file.absolutePath, 'utf8'),
    }))
    .filter(handWritten);
}

/** The codebase's files, sorted by path: the same list on every machine with the same lockfile. */
export function readCodebase(name: CodebaseName): CodebaseFile[] {
  return read(codebaseFiles(name));
}

/**
 * The sources under a folder of any codebase, in every language `baton style` reads (TypeScript and
 * JavaScript; no declaration files, nothing under `node_modules`), sorted by path: what the
 * evaluation reads of a codebase outside the manifest.
 */
export function readFolder(root: string): CodebaseFile[] {
  const extensions = Object.keys(sourceExtensions).map((extension) => extension.slice(1));
  const paths = globSync([`**/*.{${extensions.join(',')}}`, '!**/node_modules/**'], { cwd: root })
    .filter(isSourceFile)
    .sort();
  return paths
    .map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }))
    .filter(handWritten);
}

/** Every file of the codebases in another style. */
export function readOtherStyle(): CodebaseFile[] {
  return otherStyle.flatMap((name) => read(otherStyleFiles(name)));
}
