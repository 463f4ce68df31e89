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
    GIT_AUTHOR_NAME: 'E2E Human',
    GIT_AUTHOR_EMAIL: 'human@e2e.invalid',
    GIT_COMMITTER_NAME: 'E2E Human',
    GIT_COMMITTER_EMAIL: 'human@e2e.invalid',
    ...extra,
  };
}

function tarballs(): string[] {
  if (!existsSync(tarballDir)) {
    throw new Error(
      `No Baton tarballs in ${tarballDir}. Run \`npm run pack\` first (it builds, then packs).`,
    );
  }
  const files = readdirSync(tarballDir)
    .filter((name) => name.endsWith('.tgz'))
    .sort();
  if (files.length === 0) throw new Error(`No .tgz in ${tarballDir}. Run \`npm run pack\`.`);
  return files.map((name) => join(tarballDir, name));
}

/**
 * Prepares (once per set of tarballs) a stock `create-nx-workspace --preset=ts` workspace with Baton
 * installed from the tarballs and committed, and returns its path. Tests copy it; they never change it.
 */
export function prepareWorkspaceTemplate(): string {
  const packed = tarballs();
  const hash = createHash('sha256');
  for (const file of packed) hash.update(readFileSync(file));
  hash.update(readFileSync(join(repoRoot, 'package-lock.json')));
  hash.update(initPackages.join(' '));
  const base = join(tmpdir(), 'baton-e2e');
  const template = join(base, `template-${hash.digest('hex').slice(0, 16)}`);
  const ready = `${template}.ready`;
  if (existsSync(ready)) return template;

  mkdirSync(base, { recursive: true });
  const staging = join(base, `staging-${process.pid}-${Date.now()}`);
  mkdirSync(staging);
  const env = e2eEnv();
  const run = (cmd: string, args: string[], cwd: string) =>
    execFileSync(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });

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
  );
  const ws = join(staging, 'ws');
  run('git', ['config', 'user.name', 'E2E Human'], ws);
  run('git', ['config', 'user.email', 'human@e2e.invalid'], ws);
  run('npm', ['install', '--save-dev', '--no-audit', '--no-fund', ...packed], ws);
  run(
    'npm',
    ['install', '--save-dev', '--save-exact', '--no-audit', '--no-fund', ...initPackages],
    ws,
  );
  run('git', ['add', '-A'], ws);
  run('git', ['commit', '-q', '-m', 'Install Baton'], ws);
  rmSync(join(ws, '.nx'), { recursive: true, force: true });
  rmSync(template, { recursive: true, force: true });
  renameSync(ws, template);
  writeFileSync(ready, new Date().toISOString());
  rmSync(staging, { recursive: true, force: true });
  return template;
}
