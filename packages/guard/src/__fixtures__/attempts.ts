// Real folders with real symbolic links, for the refusal and escape tests and the security audit.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { EscapeReason, RefusalReason } from '../errors';

export const projectRoot = 'packages/analytics';

/** Paths a model might answer with to escape a changes phase: every one must be refused, for this reason. */
export const escapeAttempts: ReadonlyArray<{ path: string; reason: EscapeReason }> = [
  { path: '', reason: 'empty' },
  { path: '  ', reason: 'empty' },
  { path: './', reason: 'empty' },
  { path: 'packages/analytics/src/a.ts\0.png', reason: 'control-character' },
  { path: 'packages/analytics/src/a\nb.ts', reason: 'control-character' },
  { path: 'packages\\analytics\\..\\..\\.git\\config', reason: 'backslash' },
  { path: 'packages/analytics/..\\..\\evil.ts', reason: 'backslash' },
  { path: '/etc/passwd', reason: 'absolute' },
  { path: '/work/main/packages/analytics/src/a.ts', reason: 'absolute' },
  { path: '//server/share/x.ts', reason: 'absolute' },
  { path: '~/.bashrc', reason: 'absolute' },
  { path: 'C:/Windows/System32/evil.dll', reason: 'absolute' },
  { path: 'c:evil.ts', reason: 'absolute' },
  { path: '../outside.ts', reason: 'parent-segment' },
  { path: 'packages/analytics/../../outside.ts', reason: 'parent-segment' },
  { path: 'packages/analytics/src/../../other/src/x.ts', reason: 'parent-segment' },
  { path: 'packages/analytics/src/..', reason: 'parent-segment' },
  { path: 'packages/other/src/x.ts', reason: 'outside-project' },
  { path: 'packages/analytics-evil/src/x.ts', reason: 'outside-project' },
  { path: 'Packages/Analytics/src/x.ts', reason: 'outside-project' },
  { path: 'src/main.ts', reason: 'outside-project' },
  { path: '.git/hooks/pre-commit', reason: 'outside-project' },
  { path: '.github/workflows/ci.yml', reason: 'outside-project' },
  { path: 'package.json', reason: 'outside-project' },
  { path: 'packages/analytics/.git/config', reason: 'protected' },
  { path: 'packages/analytics/.GIT/config', reason: 'protected' },
  { path: 'packages/analytics/.Git/hooks/post-checkout', reason: 'protected' },
  { path: 'packages/analytics/.gitmodules', reason: 'protected' },
  { path: 'packages/analytics/.husky/pre-commit', reason: 'protected' },
  { path: 'packages/analytics/.HUSKY/_/husky.sh', reason: 'protected' },
  { path: 'packages/analytics/node_modules/lodash/index.js', reason: 'protected' },
  { path: 'packages/analytics/Node_Modules/x/index.js', reason: 'protected' },
  { path: 'packages/analytics/src/node_modules/.bin/tsc', reason: 'protected' },
  { path: 'packages/analytics/.github/workflows/ci.yml', reason: 'protected' },
  { path: 'packages/analytics/.GitHub/Workflows/release.yaml', reason: 'protected' },
  { path: 'packages/analytics/.github/actions/setup/action.yml', reason: 'protected' },
  { path: 'packages/analytics/.gitlab-ci.yml', reason: 'protected' },
  { path: 'packages/analytics/.circleci/config.yml', reason: 'protected' },
  { path: 'packages/analytics/azure-pipelines.yml', reason: 'protected' },
  { path: 'packages/analytics/Jenkinsfile', reason: 'protected' },
  { path: 'packages/analytics/bitbucket-pipelines.yml', reason: 'protected' },
  { path: 'packages/analytics/package.json', reason: 'protected' },
  { path: 'packages/analytics/Package.JSON', reason: 'protected' },
  { path: 'packages/analytics/src/nested/package.json', reason: 'protected' },
  { path: 'packages/analytics/package-lock.json', reason: 'protected' },
  { path: 'packages/analytics/project.json', reason: 'protected' },
  { path: 'packages/analytics/.npmrc', reason: 'protected' },
  { path: 'packages/analytics/.lintstagedrc', reason: 'protected' },
  { path: 'packages/analytics/.lintstagedrc.json', reason: 'protected' },
  { path: 'packages/analytics/lint-staged.config.mjs', reason: 'protected' },
  { path: 'packages/analytics/.huskyrc', reason: 'protected' },
  { path: 'packages/analytics/.pre-commit-config.yaml', reason: 'protected' },
  { path: 'packages/analytics/lefthook.yml', reason: 'protected' },
  { path: 'packages/analytics/.simple-git-hooks.json', reason: 'protected' },
  { path: 'packages/analytics/.envrc', reason: 'protected' },
  { path: 'packages/analytics/.vscode/tasks.json', reason: 'protected' },
  { path: 'packages/analytics/handoffs/FEATURE.md', reason: 'protected' },
  { path: 'packages/analytics/handoffs/ledger.jsonl', reason: 'protected' },
  { path: 'packages/analytics/.git./config', reason: 'windows-alias' },
  { path: 'packages/analytics/.git /config', reason: 'windows-alias' },
  { path: 'packages/analytics/GIT~1/config', reason: 'windows-alias' },
  { path: 'packages/analytics/src/a.ts:hidden', reason: 'windows-alias' },
  { path: 'packages/analytics/src/out/evil.ts', reason: 'symlink' },
  { path: 'packages/analytics/src/sibling/x.ts', reason: 'symlink' },
  { path: 'packages/analytics/src/gitdir/hooks/pre-commit', reason: 'symlink' },
  { path: 'packages/analytics/manifest.json', reason: 'symlink' },
  { path: 'packages/analytics/src/dangling.ts', reason: 'symlink' },
];

/** Paths a changes phase may write, and how they come back normalised. */
export const acceptedChanges: ReadonlyArray<{ path: string; normalised: string }> = [
  { path: 'packages/analytics/src/a.ts', normalised: 'packages/analytics/src/a.ts' },
  { path: './packages/analytics/src/b.ts', normalised: 'packages/analytics/src/b.ts' },
  { path: 'packages/analytics//src/./c.ts', normalised: 'packages/analytics/src/c.ts' },
  { path: 'packages/analytics/src/lib-link/d.ts', normalised: 'packages/analytics/src/lib-link/d.ts' },
  { path: 'packages/analytics/README.md', normalised: 'packages/analytics/README.md' },
  { path: 'packages/analytics/src/github/workflows.ts', normalised: 'packages/analytics/src/github/workflows.ts' },
  { path: 'packages/analytics/src/package-json.ts', normalised: 'packages/analytics/src/package-json.ts' },
  { path: 'packages/analytics/src/new/deep/e.ts', normalised: 'packages/analytics/src/new/deep/e.ts' },
];

function write(root: string, path: string, text = '') {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** A workspace with a feature project and links that lead out of it, in a fresh temp folder. */
export function makeChangeWorkspace(): { workspaceRoot: string; dispose(): void } {
  const base = mkdtempSync(join(tmpdir(), 'baton-guard-changes-'));
  const workspaceRoot = join(base, 'workspace');
  write(workspaceRoot, '.git/config', '[core]\n');
  write(workspaceRoot, 'package.json', '{}\n');
  write(workspaceRoot, 'packages/other/src/x.ts', 'export {};\n');
  write(workspaceRoot, `${projectRoot}/package.json`, '{}\n');
  write(workspaceRoot, `${projectRoot}/src/a.ts`, 'export {};\n');
  write(workspaceRoot, `${projectRoot}/lib/d.ts`, 'export {};\n');
  mkdirSync(join(base, 'outside'));
  const link = (target: string, path: string) => symlinkSync(target, join(workspaceRoot, path));
  link(join(base, 'outside'), `${projectRoot}/src/out`);
  link('../../other', `${projectRoot}/src/sibling`);
  link('../../../.git', `${projectRoot}/src/gitdir`);
  link('package.json', `${projectRoot}/manifest.json`);
  link('./nowhere.ts', `${projectRoot}/src/dangling.ts`);
  link('../lib', `${projectRoot}/src/lib-link`);
  return { workspaceRoot, dispose: () => rmSync(base, { recursive: true, force: true }) };
}

/** Files a handoff might name that must never leave the machine, and why. */
export const refusedOutgoing: ReadonlyArray<{ path: string; reason: RefusalReason }> = [
  { path: 'packages/analytics/.env', reason: 'secret-name' },
  { path: '.env.production', reason: 'secret-name' },
  { path: 'packages/analytics/config/.ENV.local', reason: 'secret-name' },
  { path: 'deploy/prod.env', reason: 'secret-name' },
  { path: 'certs/server.pem', reason: 'secret-name' },
  { path: 'certs/server.KEY', reason: 'secret-name' },
  { path: '.ssh/id_rsa', reason: 'secret-name' },
  { path: '.ssh/id_ed25519', reason: 'secret-name' },
  { path: 'keys/client.p12', reason: 'secret-name' },
  { path: 'keys/client.pfx', reason: 'secret-name' },
  { path: 'packages/analytics/credentials.json', reason: 'secret-name' },
  { path: 'gcp/service-account-prod.json', reason: 'secret-name' },
  { path: 'gcp/client_secret_1234.apps.googleusercontent.com.json', reason: 'secret-name' },
  { path: 'infra/terraform.tfvars', reason: 'secret-name' },
  { path: '.npmrc', reason: 'secret-name' },
  { path: 'packages/analytics/local/notes.md', reason: 'git-ignored' },
  { path: 'tmp/dump.sql', reason: 'git-ignored' },
  { path: 'packages/analytics/debug.log', reason: 'git-ignored' },
  { path: '../outside.txt', reason: 'outside-workspace' },
  { path: '/etc/hosts', reason: 'outside-workspace' },
  { path: 'packages/analytics/src/link-out/x.ts', reason: 'outside-workspace' },
];

/** Files a handoff may name. */
export const allowedOutgoing: readonly string[] = [
  'packages/analytics/src/index.ts',
  'packages/analytics/handoffs/FEATURE.md',
  'README.md',
  'packages/analytics/schema.sql',
];

/** A git repository holding every file above, with a .gitignore and a link that leads out. */
export function makeOutgoingWorkspace(): { workspaceRoot: string; dispose(): void } {
  const base = mkdtempSync(join(tmpdir(), 'baton-guard-outgoing-'));
  const workspaceRoot = join(base, 'workspace');
  mkdirSync(workspaceRoot);
  execFileSync('git', ['init', '-q'], { cwd: workspaceRoot });
  write(workspaceRoot, '.gitignore', 'node_modules/\ntmp/\n*.log\npackages/analytics/local/\n');
  for (const { path, reason } of refusedOutgoing) {
    if (reason !== 'outside-workspace') write(workspaceRoot, path, 'fixture\n');
  }
  for (const path of allowedOutgoing) write(workspaceRoot, path, 'fixture\n');
  write(base, 'outside.txt', 'outside\n');
  write(base, 'elsewhere/x.ts', 'export {};\n');
  symlinkSync(join(base, 'elsewhere'), join(workspaceRoot, 'packages/analytics/src/link-out'));
  return { workspaceRoot, dispose: () => rmSync(base, { recursive: true, force: true }) };
}
