import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';

/** A published package's own sources, read from node_modules at the version the root package.json pins. */
export interface Codebase {
  /** How the tables name it. */
  name: string;
  package: string;
  /** Globs inside the package folder. */
  globs: string[];
}

export interface CodebaseFile {
  /** `<package>/<path inside the package>`. */
  path: string;
  text: string;
}

/** The TypeScript codebases a profile is learned from and checked against: none of them Baton's. */
export const codebases: readonly Codebase[] = [
  // _vendor holds code its authors copied from other projects.
  {
    name: 'anthropic-sdk',
    package: '@anthropic-ai/sdk',
    globs: ['src/**/*.ts', '!src/_vendor/**'],
  },
  { name: 'openai', package: 'openai', globs: ['src/**/*.ts', '!src/_vendor/**'] },
  { name: 'zod', package: 'zod', globs: ['src/v4/**/*.ts'] },
  { name: 'gpt-tokenizer', package: 'gpt-tokenizer', globs: ['src/**/*.ts'] },
  { name: 'rxjs', package: 'rxjs', globs: ['src/**/*.ts'] },
  { name: 'trpc-server', package: '@trpc/server', globs: ['src/**/*.ts'] },
];

/** Real code written in another style than the codebases above: CommonJS JavaScript. */
export const otherStyle: readonly Codebase[] = [
  { name: 'commander', package: 'commander', globs: ['lib/*.js'] },
  { name: 'semver', package: 'semver', globs: ['{classes,functions,ranges,internal}/*.js'] },
  { name: 'debug', package: 'debug', globs: ['src/*.js'] },
  { name: 'picomatch', package: 'picomatch', globs: ['lib/*.js'] },
  { name: 'json-bigint', package: 'json-bigint', globs: ['lib/*.js'] },
];

const repoRoot = join(__dirname, '..', '..', '..');
// Tables and bundles are not written by hand; `baton style` leaves files this large out too.
const maxFileBytes = 512 * 1024;

function pinnedVersion(name: string): string | undefined {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    devDependencies?: Record<string, string>;
  };
  return manifest.devDependencies?.[name];
}

function packageFolder(codebase: Codebase): string {
  const folder = join(repoRoot, 'node_modules', codebase.package);
  const manifest = join(folder, 'package.json');
  if (!existsSync(manifest)) {
    throw new Error(
      `The style evaluation reads ${codebase.package} from node_modules, but it is not installed. Run \`npm ci\` at the repository root.`,
    );
  }
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  const pinned = pinnedVersion(codebase.package);
  if (pinned && pinned !== version) {
    throw new Error(
      `The style evaluation expects ${codebase.package}@${pinned} (pinned in package.json), but node_modules has ${version}. Run \`npm ci\` at the repository root.`,
    );
  }
  return folder;
}

/** The codebase's files, sorted by path: the same list on every machine with the same lockfile. */
export function readCodebase(codebase: Codebase): CodebaseFile[] {
  const folder = packageFolder(codebase);
  return globSync([...codebase.globs, '!**/*.d.ts'], { cwd: folder })
    .sort()
    .filter((path) => statSync(join(folder, path)).size <= maxFileBytes)
    .map((path) => ({
      path: `${codebase.package}/${path}`,
      text: readFileSync(join(folder, path), 'utf8'),
    }));
}
