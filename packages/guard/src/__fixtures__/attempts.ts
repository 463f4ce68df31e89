// Real folders with real symbolic links, for the refusal and escape tests and the security audit.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { EscapeReason, RefusalReason } from '../errors';

export const projectRoot = 'packages/analytics';

/** Each reason's paths as rows, in order: a table written a reason at a time. */
function byReason<Reason extends string>(
  paths: Partial<Record<Reason, readonly string[]>>,
): ReadonlyArray<{ path: string; reason: Reason }> {
  return (Object.entries(paths) as Array<[Reason, readonly string[]]>).flatMap(([reason, list]) =>
    list.map((path) => ({ path, reason })),
  );
}

/** Paths a model might answer with to escape a changes phase: every one must be refused, for this reason. */
export const escapeAttempts = byReason<EscapeReason>({
  empty: ['', '  ', './'],
  'control-character': ['packages/analytics/src/a.ts\0.png', 'packages/analytics/src/a\nb.ts'],
  backslash: ['packages\\analytics\\..\\..\\.git\\config', 'packages/analytics/..\\..\\evil.ts'],
  absolute: [
    '/etc/passwd',
    '/work/main/packages/analytics/src/a.ts',
    '//server/share/x.ts',
    '~/.bashrc',
    'C:/Windows/System32/evil.dll',
    'c:evil.ts',
  ],
  'parent-segment': [
    '../outside.ts',
    'packages/analytics/../../outside.ts',
    'packages/analytics/src/../../other/src/x.ts',
    'packages/analytics/src/..',
  ],
  'outside-project': [
    'packages/other/src/x.ts',
    'packages/analytics-evil/src/x.ts',
    'Packages/Analytics/src/x.ts',
    'src/main.ts',
    '.git/hooks/pre-commit',
    '.github/workflows/ci.yml',
    'package.json',
  ],
  protected: [
    'packages/analytics/.git/config',
    'packages/analytics/.GIT/config',
    'packages/analytics/.Git/hooks/post-checkout',
    'packages/analytics/.gitmodules',
    'packages/analytics/.husky/pre-commit',
    'packages/analytics/.HUSKY/_/husky.sh',
    'packages/analytics/node_modules/lodash/index.js',
    'packages/analytics/Node_Modules/x/index.js',
    'packages/analytics/src/node_modules/.bin/tsc',
    'packages/analytics/.github/workflows/ci.yml',
    'packages/analytics/.GitHub/Workflows/release.yaml',
    'packages/analytics/.github/actions/setup/action.yml',
    'packages/analytics/.gitlab-ci.yml',
    'packages/analytics/.circleci/config.yml',
    'packages/analytics/azure-pipelines.yml',
    'packages/analytics/Jenkinsfile',
    'packages/analytics/bitbucket-pipelines.yml',
    'packages/analytics/package.json',
    'packages/analytics/Package.JSON',
    'packages/analytics/src/nested/package.json',
    'packages/analytics/package-lock.json',
    'packages/analytics/project.json',
    'packages/analytics/.npmrc',
    'packages/analytics/.lintstagedrc',
    'packages/analytics/.lintstagedrc.json',
    'packages/analytics/lint-staged.config.mjs',
    'packages/analytics/.huskyrc',
    'packages/analytics/.pre-commit-config.yaml',
    'packages/analytics/lefthook.yml',
    'packages/analytics/.simple-git-hooks.json',
    'packages/analytics/.envrc',
    'packages/analytics/.vscode/tasks.json',
    'packages/analytics/handoffs/FEATURE.md',
    'packages/analytics/handoffs/ledger.jsonl',
  ],
  'windows-alias': [
    'packages/analytics/.git./config',
    'packages/analytics/.git /config',
    'packages/analytics/GIT~1/config',
    'packages/analytics/src/a.ts:hidden',
  ],
  symlink: [
    'packages/analytics/src/out/evil.ts',
    'packages/analytics/src/sibling/x.ts',
    'packages/analytics/src/gitdir/hooks/pre-commit',
    'packages/analytics/manifest.json',
    'packages/analytics/src/dangling.ts',
  ],
});

/** Paths a changes phase may write, and how they come back normalised: most as they are written. */
export const acceptedChanges: ReadonlyArray<{ path: string; normalised: string }> = [
  { path: './packages/analytics/src/b.ts', normalised: 'packages/analytics/src/b.ts' },
  { path: 'packages/analytics//src/./c.ts', normalised: 'packages/analytics/src/c.ts' },
  ...[
    'packages/analytics/src/a.ts',
    'packages/analytics/src/lib-link/d.ts',
    'packages/analytics/README.md',
    'packages/analytics/src/github/workflows.ts',
    'packages/analytics/src/package-json.ts',
    'packages/analytics/src/new/deep/e.ts',
  ].map((path) => ({ path, normalised: path })),
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
export const refusedOutgoing = byReason<RefusalReason>({
  'secret-name': [
    'packages/analytics/.env',
    '.env.production',
    'packages/analytics/config/.ENV.local',
    'deploy/prod.env',
    'certs/server.pem',
    'certs/server.KEY',
    '.ssh/id_rsa',
    '.ssh/id_ed25519',
    'keys/client.p12',
    'keys/client.pfx',
    'packages/analytics/credentials.json',
    'gcp/service-account-prod.json',
    'gcp/client_secret_1234.apps.googleusercontent.com.json',
    'infra/terraform.tfvars',
    '.npmrc',
  ],
  'git-ignored': [
    'packages/analytics/local/notes.md',
    'tmp/dump.sql',
    'packages/analytics/debug.log',
  ],
  'outside-workspace': ['../outside.txt', '/etc/hosts', 'packages/analytics/src/link-out/x.ts'],
});

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
