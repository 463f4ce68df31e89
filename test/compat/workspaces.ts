import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  e2eEnv,
  prepareOnce,
  repoRoot,
  tarballs,
  tarballsHash,
  type Run,
} from '../../tools/workspace/template';

/** A stock workspace the matrix starts from: what `create-nx-workspace` makes, with Baton's tarballs installed. */
export interface BaseWorkspace {
  key: string;
  preset: 'ts' | 'apps';
  packageManager: 'npm' | 'pnpm';
  /** The create-nx-workspace that makes it: the repository's own (the current major), or one from the registry. */
  createNxWorkspace: 'repo' | `${number}.${number}.${number}`;
}

export const baseWorkspaces = {
  ts23: { key: 'ts23', preset: 'ts', packageManager: 'npm', createNxWorkspace: 'repo' },
  apps23: { key: 'apps23', preset: 'apps', packageManager: 'npm', createNxWorkspace: 'repo' },
  pnpm23: { key: 'pnpm23', preset: 'ts', packageManager: 'pnpm', createNxWorkspace: 'repo' },
  // The major before: create-nx-workspace 22 from the registry (npx caches it after the first run).
  ts22: { key: 'ts22', preset: 'ts', packageManager: 'npm', createNxWorkspace: '22.7.9' },
} as const satisfies Record<string, BaseWorkspace>;

/**
 * A folder holding only the repository's pinned pnpm, for PATH: the matrix never uses a global one.
 * It lives in this checkout, so a link left by another (perhaps deleted) checkout is never reused.
 */
export function pnpmBinDir(): string {
  const dir = join(repoRoot, 'node_modules', '.cache', 'baton-compat', 'pnpm-bin');
  if (!existsSync(join(dir, 'pnpm'))) {
    mkdirSync(dir, { recursive: true });
    symlinkSync(join(repoRoot, 'node_modules', '.bin', 'pnpm'), join(dir, 'pnpm'));
  }
  return dir;
}

/** The environment of every matrix command: the e2e one, pnpm on PATH, npm preferring its cache. */
export function compatEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return e2eEnv({
    PATH: `${pnpmBinDir()}:${process.env['PATH'] ?? ''}`,
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    ...extra,
  });
}

/**
 * Makes (once per set of tarballs) the base workspace and returns its path: create-nx-workspace,
 * then Baton's tarballs installed with the workspace's package manager, committed. Cells copy it.
 */
export function prepareBaseWorkspace(base: BaseWorkspace): string {
  const packed = tarballs();
  const hash = tarballsHash(packed).update(JSON.stringify(base));
  const ready = join(tmpdir(), 'baton-compat', `${base.key}-${hash.digest('hex').slice(0, 16)}`);
  const options = [
    'ws',
    `--preset=${base.preset}`,
    '--nxCloud=skip',
    `--packageManager=${base.packageManager}`,
    '--interactive=false',
    '--analytics=false',
  ];
  const create = (run: Run, staging: string) => {
    if (base.createNxWorkspace === 'repo') {
      run(
        join(repoRoot, 'node_modules', '.bin', 'create-nx-workspace'),
        [...options, '--aiAgents=none'],
        staging,
      );
    } else {
      // Nx 22's create-nx-workspace has no `none` for --aiAgents; non-interactive, it adds none.
      run('npx', ['-y', `create-nx-workspace@${base.createNxWorkspace}`, ...options], staging);
    }
  };
  return prepareOnce(ready, compatEnv(), create, (run, ws) => {
    if (base.packageManager !== 'pnpm') {
      run('npm', ['install', '--save-dev', ...packed], ws);
      return;
    }
    // The tarballs depend on each other by version, which no registry has: point pnpm at the files.
    const manifest = JSON.parse(readFileSync(join(ws, 'package.json'), 'utf8'));
    manifest.pnpm = {
      ...manifest.pnpm,
      overrides: Object.fromEntries(
        packed.map((file) => [`@baton/${/baton-([a-z]+)-/.exec(file)![1]}`, `file:${file}`]),
      ),
    };
    writeFileSync(join(ws, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const nxTarball = packed.find((file) => /baton-nx-/.test(file))!;
    run('pnpm', ['add', '-D', '-w', `file:${nxTarball}`], ws);
  });
}
