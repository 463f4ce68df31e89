import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { standIn } from './stand-in';

const require = createRequire(import.meta.url);

/** A folder of a test's own, with file helpers relative to its root; `dispose()` removes it. */
export class TempFolder {
  /** `removes` is the folder `dispose()` deletes: the root, or a parent made for it. */
  constructor(
    readonly root: string,
    private readonly removes: string = root,
  ) {}

  path(relative = '.'): string {
    return join(this.root, relative);
  }

  exists(relative: string): boolean {
    return existsSync(this.path(relative));
  }

  read(relative: string): string {
    return readFileSync(this.path(relative), 'utf8');
  }

  readJson<T = Record<string, unknown>>(relative: string): T {
    return JSON.parse(this.read(relative)) as T;
  }

  /** Writes a file, creating its folders. */
  write(relative: string, content: string): void {
    mkdirSync(dirname(this.path(relative)), { recursive: true });
    writeFileSync(this.path(relative), content);
  }

  /** Links this repository's installed package `name` into the folder's node_modules, as npm would. */
  linkInstalled(name: string): void {
    const target = this.path(`node_modules/${name}`);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(dirname(require.resolve(`${name}/package.json`)), target);
  }

  updateJson<T = Record<string, unknown>>(relative: string, update: (json: T) => T | void): void {
    const json = this.readJson<T>(relative);
    this.write(relative, `${JSON.stringify(update(json) ?? json, null, 2)}\n`);
  }

  dispose(): void {
    rmSync(this.removes, { recursive: true, force: true });
  }
}

/** A git repository in a folder; `env()` is the environment git runs with. */
export class GitFolder extends TempFolder {
  env(): NodeJS.ProcessEnv {
    return process.env;
  }

  /** Runs git and returns its trimmed stdout; throws with git's message when it fails. */
  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.root, env: this.env(), encoding: 'utf8' }).trim();
  }

  /** Stages everything and commits it (hooks skipped); returns the commit's hash. */
  commitAll(message: string, ...args: string[]): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--no-verify', '-m', message, ...args);
    return this.git('rev-parse', 'HEAD');
  }

  /** Writes the files and commits everything as `author`, hooks running; returns the commit's hash. */
  commitAs(author: string, files: Record<string, string>, ...args: string[]): string {
    for (const [path, content] of Object.entries(files)) this.write(path, content);
    this.git('add', '-A');
    const as = ['-c', `user.name=${author}`, '-c', 'user.email=a@t.invalid'];
    this.git(...as, 'commit', '-q', '-m', 'work', ...args);
    return this.git('rev-parse', 'HEAD');
  }

  /**
   * A fingerprint of everything a user could lose: HEAD, branch (none when detached), index, and the
   * content of every tracked, modified and untracked (not ignored) file but those `leaveOut` names.
   * Equal before and after means nothing changed.
   */
  treeHash(leaveOut: (file: string) => boolean = () => false): string {
    const hash = createHash('sha256');
    hash.update(this.git('rev-parse', 'HEAD'));
    hash.update(this.git('branch', '--show-current'));
    hash.update(this.git('ls-files', '--stage'));
    const files = this.git('ls-files', '--cached', '--others', '--exclude-standard', '-z');
    for (const file of files
      .split('\0')
      .filter((name) => name && !leaveOut(name))
      .sort()) {
      hash.update(file);
      hash.update(this.exists(file) ? readFileSync(this.path(file)) : '<deleted>');
    }
    return hash.digest('hex');
  }
}

export interface TempRepoOptions {
  /** The temp folder's name prefix, to tell a leftover folder's test. */
  prefix?: string;
  /** The initial branch. */
  branch?: string;
  /** The repository's committer, set in its own config so no global config is needed. */
  user?: { name: string; email: string };
  /** Files to write and commit as the first commit. */
  files?: Record<string, string>;
}

/** An empty folder in the system's temp folder. */
export function tempFolder(prefix = 'baton-test-'): TempFolder {
  return new TempFolder(mkdtempSync(join(tmpdir(), prefix)));
}

/** A real git repository in a fresh temp folder, with its own user config and no commit signing. */
export function tempRepo(options: TempRepoOptions = {}): GitFolder {
  const repo = new GitFolder(mkdtempSync(join(tmpdir(), options.prefix ?? 'baton-repo-')));
  const user = options.user ?? { name: 'Test Human', email: 'human@test.invalid' };
  repo.git('init', '-q', '-b', options.branch ?? 'main');
  repo.git('config', 'user.name', user.name);
  repo.git('config', 'user.email', user.email);
  repo.git('config', 'commit.gpgsign', 'false');
  if (options.files) {
    for (const [path, content] of Object.entries(options.files)) repo.write(path, content);
    repo.commitAll('Initial commit');
  }
  return repo;
}

/** A fresh `tempFolder` for each test of a file or `describe` block, removed after the test. */
export function tempFolderForTests(prefix?: string): TempFolder {
  return freshForEachTest(() => tempFolder(prefix));
}

/** A fresh `tempRepo` for each test of a file or `describe` block, removed after the test. */
export function tempRepoForTests(options?: TempRepoOptions): GitFolder {
  return freshForEachTest(() => tempRepo(options));
}

/** What `make` returns, made before each test of a file or `describe` block and removed after it. */
export function freshForEachTest<T extends TempFolder>(make: () => T): T {
  let current: T | undefined;
  beforeEach(() => {
    current = make();
  });
  afterEach(() => {
    current?.dispose();
    current = undefined;
  });
  return standIn(() => current, 'the temp folder is reached outside a test');
}
