import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initDevDependencies } from '../../packages/nx/src/generators/init/versions';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const tarballDir = join(repoRoot, 'dist', 'tarballs');

/** Versions the template pins; the same ones `nx g @baton/nx:init` adds, so init installs nothing in tests. */
const initPackages = Object.entries(initDevDependencies).map(
  ([name, version]) => `${name}@${version}`,
);
const createNxWorkspaceBin = join(repoRoot, 'node_modules', '.bin', 'create-nx-workspace');

let nativeCache: string | undefined;

/**
 * Where Nx copies its native binding before loading it: one folder for this process, which Nx
 * makes (owner-only) when it first loads, removed when the process exits. Left to itself, Nx keeps
 * a copy (23 MB) in the machine's temp folder for every path it loads the binding from, for good:
 * each throwaway workspace is a new path, and one test run left 1.6 GB there.
 */
function nativeCacheOfProcess(): string {
  if (!nativeCache) {
    const dir = join(tmpdir(), `baton-nx-native-${process.pid}`);
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    nativeCache = dir;
  }
  return nativeCache;
}

/**
 * The environment every e2e command runs in: no daemon, no cloud, no TUI, no real model keys,
 * and git identities that do not depend on the machine's global config.
 */
export function e2eEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) {
    if (
      /^(OPENAI|ANTHROPIC|GEMINI|GOOGLE)_/.test(name) ||
      name.startsWith('NX_') ||
      name.startsWith('VITEST')
    ) {
      delete env[name];
    }
  }
  return {
    ...env,
    CI: 'true',
    NX_DAEMON: 'false',
    NX_NO_CLOUD: 'true',
    NX_TUI: 'false',
    NX_SKIP_NX_CACHE: undefined,
    NX_INTERACTIVE: 'false',
    NX_NATIVE_FILE_CACHE_DIRECTORY: nativeCacheOfProcess(),
    GIT_AUTHOR_NAME: 'E2E Human',
    GIT_AUTHOR_EMAIL: 'human@e2e.invalid',
    GIT_COMMITTER_NAME: 'E2E Human',
    GIT_COMMITTER_EMAIL: 'human@e2e.invalid',
    ...extra,
  };
}

/** Baton's packed tarballs, sorted; none is an error naming the command that makes them. */
export function tarballs(): string[] {
  const files = existsSync(tarballDir)
    ? readdirSync(tarballDir).filter((name) => name.endsWith('.tgz'))
    : [];
  if (files.length === 0) {
    throw new Error(
      `No Baton tarballs in ${tarballDir}. Run \`npm run pack\` first (it builds, then packs).`,
    );
  }
  return files.sort().map((name) => join(tarballDir, name));
}

/**
 * A hash of the tarballs a prepared workspace installs: their paths as well as their bytes. A pnpm
 * workspace keeps `file:` paths to them and reads them again on its next install, so a workspace
 * prepared from one clone is never reused by a clone elsewhere, whose tarballs live at other paths.
 */
export function tarballsHash(packed: string[]) {
  const hash = createHash('sha256');
  for (const file of packed) hash.update(file).update('\0').update(readFileSync(file));
  return hash;
}

/** Runs a command in `cwd` and returns its stdout; throws with its output when it fails. */
export type Run = (cmd: string, args: string[], cwd: string) => string;

/**
 * Makes a workspace at `ready` once (a `.ready` file marks it done, for every later process) and
 * returns its path: `create` makes `<staging>/ws` with create-nx-workspace, `install` installs Baton
 * in it; then it is committed, Nx's cache left out, and moved into place whole.
 */
export function prepareOnce(
  ready: string,
  env: NodeJS.ProcessEnv,
  create: (run: Run, staging: string) => void,
  install: (run: Run, ws: string) => void,
): string {
  if (existsSync(`${ready}.ready`)) return ready;
  const staging = `${ready}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const run: Run = (cmd, args, cwd) =>
    execFileSync(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  try {
    create(run, staging);
    const ws = join(staging, 'ws');
    run('git', ['config', 'user.name', 'E2E Human'], ws);
    run('git', ['config', 'user.email', 'human@e2e.invalid'], ws);
    install(run, ws);
    run('git', ['add', '-A'], ws);
    run('git', ['commit', '-q', '-m', 'Install Baton'], ws);
    rmSync(join(ws, '.nx'), { recursive: true, force: true });
    rmSync(ready, { recursive: true, force: true });
    renameSync(ws, ready);
    writeFileSync(`${ready}.ready`, new Date().toISOString());
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return ready;
}

/**
 * Prepares (once per set of tarballs) a stock `create-nx-workspace --preset=ts` workspace with Baton
 * installed from the tarballs and committed, and returns its path. Tests copy it; they never change it.
 */
export function prepareWorkspaceTemplate(): string {
  const packed = tarballs();
  const hash = tarballsHash(packed);
  hash.update(readFileSync(join(repoRoot, 'package-lock.json')));
  hash.update(initPackages.join(' '));
  const template = join(tmpdir(), 'baton-e2e', `template-${hash.digest('hex').slice(0, 16)}`);
  return prepareOnce(
    template,
    e2eEnv(),
    (run, staging) =>
      run(
        createNxWorkspaceBin,
        [
          'ws',
          '--preset=ts',
          '--nxCloud=skip',
          '--packageManager=npm',
          '--interactive=false',
          '--aiAgents=none',
          '--analytics=false',
        ],
        staging,
      ),
    (run, ws) => {
      run('npm', ['install', '--save-dev', '--no-audit', '--no-fund', ...packed], ws);
      run(
        'npm',
        ['install', '--save-dev', '--save-exact', '--no-audit', '--no-fund', ...initPackages],
        ws,
      );
    },
  );
}
