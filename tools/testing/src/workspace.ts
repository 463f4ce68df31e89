import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { e2eEnv, prepareWorkspaceTemplate } from '../../workspace/template';
import { freshForEachTest, GitFolder } from './temp';

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
export class Workspace extends GitFolder {
  constructor(root: string) {
    super(root, dirname(root));
  }

  /**
   * The environment of every command run here. Each workspace keeps its own Nx cache, as a separate
   * machine would: left alone, Nx 23 shares one per-user cache (`~/.nx/<id>`) between all checkouts
   * of a repository, and every copy of the template is one.
   */
  override env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    return e2eEnv({
      NX_CACHE_DIRECTORY: join(this.root, '.nx', 'cache'),
      NX_WORKSPACE_DATA_DIRECTORY: join(this.root, '.nx', 'workspace-data'),
      // Beside the workspace, outside its git tree: removed with it, not at the end of the run.
      NX_NATIVE_FILE_CACHE_DIRECTORY: join(dirname(this.root), 'nx-native-cache'),
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

  /**
   * Runs `nx g <generator>` with its options written as flags: a list repeats its flag, `false`
   * negates one (`interactive: false` is `--no-interactive`), `true` names it alone.
   */
  generate(
    generator: string,
    options: Record<string, string | readonly string[] | boolean>,
    run?: RunOptions,
  ): RunResult {
    const flags = Object.entries(options).flatMap(([name, value]) =>
      value === true
        ? [`--${name}`]
        : value === false
          ? [`--no-${name}`]
          : (typeof value === 'string' ? [value] : value).flatMap((one) => [`--${name}`, one]),
    );
    return this.nx(['g', generator, ...flags], run);
  }

  /** Runs the installed `baton` command. */
  baton(args: string[], options?: RunOptions): RunResult {
    return this.run(join(this.root, 'node_modules', '.bin', 'baton'), args, options);
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
}

/** Copies the prepared template (made once per run by the e2e global setup) into a fresh temp folder. */
export function createWorkspace(template: string = prepareWorkspaceTemplate()): Workspace {
  const parent = mkdtempSync(join(tmpdir(), 'baton-ws-'));
  const root = join(parent, 'ws');
  execFileSync('cp', ['-a', template, root]);
  return new Workspace(root);
}

/** A fresh workspace, copied from `template`, for each test of a file or `describe` block. */
export function workspaceForTests(template?: string): Workspace {
  return freshForEachTest(() => createWorkspace(template));
}
