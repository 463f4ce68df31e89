import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { e2eEnv, prepareWorkspaceTemplate } from '../../tools/workspace/template';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, for asserting on what a user sees. */
  output: string;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  input?: string;
}

/** A throwaway copy of the prepared Nx workspace (Baton installed from its tarballs, git initialised). */
export class Workspace {
  constructor(readonly root: string) {}

  /**
   * The environment of every command run here. Each workspace keeps its own Nx cache, as a separate
   * machine would: left alone, Nx 23 shares one per-user cache (`~/.nx/<id>`) between all checkouts
   * of a repository, and every copy of the template is one.
   */
  env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    return e2eEnv({
      NX_CACHE_DIRECTORY: join(this.root, '.nx', 'cache'),
      NX_WORKSPACE_DATA_DIRECTORY: join(this.root, '.nx', 'workspace-data'),
      ...extra,
    });
  }

  run(cmd: string, args: string[], options: RunOptions = {}): RunResult {
    const result = spawnSync(cmd, args, {
      cwd: options.cwd ? join(this.root, options.cwd) : this.root,
      env: this.env(options.env),
      input: options.input ?? '',
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.error) throw result.error;
    const stdout = result.stdout ?? '';
    const stderr = result.stderr ?? '';
    return { code: result.status ?? 1, stdout, stderr, output: `${stdout}\n${stderr}` };
  }

  /** Runs the workspace's own nx, as `npx nx ...` would. */
  nx(args: string[], options?: RunOptions): RunResult {
    return this.run(join(this.root, 'node_modules', '.bin', 'nx'), args, options);
  }

  /** Runs the installed `baton` command. */
  baton(args: string[], options?: RunOptions): RunResult {
    return this.run(join(this.root, 'node_modules', '.bin', 'baton'), args, options);
  }

  /** Runs git and returns its trimmed stdout; throws with git's message when it fails. */
  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.root, env: this.env(), encoding: 'utf8' }).trim();
  }

  path(relative: string): string {
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

  write(relative: string, content: string): void {
    mkdirSync(dirname(this.path(relative)), { recursive: true });
    writeFileSync(this.path(relative), content);
  }

  updateJson<T = Record<string, unknown>>(relative: string, update: (json: T) => T | void): void {
    const json = this.readJson<T>(relative);
    this.write(relative, `${JSON.stringify(update(json) ?? json, null, 2)}\n`);
  }

  /** Stages everything and commits it as a human. */
  commitAll(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--no-verify', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  /**
   * A fingerprint of everything a user could lose: HEAD, branch, index, and the content of every
   * tracked, modified and untracked (not ignored) file. Equal before and after means nothing changed.
   */
  treeHash(): string {
    const hash = createHash('sha256');
    hash.update(this.git('rev-parse', 'HEAD'));
    hash.update(this.git('symbolic-ref', '-q', '--short', 'HEAD'));
    hash.update(this.git('ls-files', '--stage'));
    const files = this.git('ls-files', '--cached', '--others', '--exclude-standard', '-z').split(
      '\0',
    );
    for (const file of files.filter(Boolean).sort()) {
      hash.update(file);
      hash.update(this.exists(file) ? readFileSync(this.path(file)) : '<deleted>');
    }
    return hash.digest('hex');
  }

  /** Adds a buildable TypeScript library project at packages/<name>, committed. */
  addLibrary(name: string, files: Record<string, string> = {}): void {
    const root = `packages/${name}`;
    this.write(
      `${root}/package.json`,
      `${JSON.stringify({ name: `@ws/${name}`, version: '0.0.1', private: true }, null, 2)}\n`,
    );
    this.write(
      `${root}/src/index.ts`,
      `export const ${name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())} = true;\n`,
    );
    for (const [path, content] of Object.entries(files)) this.write(`${root}/${path}`, content);
    this.commitAll(`Add ${name}`);
  }

  dispose(): void {
    rmSync(dirname(this.root), { recursive: true, force: true });
  }
}

/** Copies the prepared template (made once per run by the e2e global setup) into a fresh temp folder. */
export function createWorkspace(template: string = prepareWorkspaceTemplate()): Workspace {
  const parent = mkdtempSync(join(tmpdir(), 'baton-ws-'));
  const root = join(parent, 'ws');
  execFileSync('cp', ['-a', template, root]);
  return new Workspace(root);
}
