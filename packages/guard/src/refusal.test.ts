import { join } from 'node:path';
import { germanGitUser, gitSpeaksGerman, tempFolder, tempRepo } from '@baton/testing';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { allowedOutgoing, makeOutgoingWorkspace, refusedOutgoing } from './__fixtures__/attempts';
import { NotAGitRepositoryError, RefusedFileError } from './errors';
import { checkOutgoingFile, checkOutgoingFiles } from './refusal';

const workspace = makeOutgoingWorkspace();
afterAll(() => workspace.dispose());
const { workspaceRoot } = workspace;

async function refusalOf(path: string) {
  try {
    await checkOutgoingFile(workspaceRoot, path);
  } catch (error) {
    if (error instanceof RefusedFileError) return error.refusals[0].reason;
    throw error;
  }
  return 'sent';
}

describe('checkOutgoingFile', () => {
  it.each(refusedOutgoing.map(({ path, reason }) => [path, reason]))(
    'refuses %s (%s)',
    async (path, reason) => {
      expect(await refusalOf(path)).toBe(reason);
    },
  );

  it.each(allowedOutgoing)('lets %s go', async (path) => {
    await expect(checkOutgoingFile(workspaceRoot, path)).resolves.toBeUndefined();
  });

  it('accepts an absolute path inside the workspace', async () => {
    await expect(
      checkOutgoingFile(workspaceRoot, join(workspaceRoot, 'README.md')),
    ).resolves.toBeUndefined();
  });

  it('says which file and why, and how to stop asking for it', async () => {
    await expect(checkOutgoingFile(workspaceRoot, 'packages/analytics/.env')).rejects.toThrowError(
      /"packages\/analytics\/.env" \(its name looks like it holds secrets \(it matches \.env\*\)\).*nothing was sent.*Files to Reference/,
    );
    await expect(checkOutgoingFile(workspaceRoot, 'tmp/dump.sql')).rejects.toThrowError(
      /git ignores it \(`git check-ignore -v tmp\/dump.sql` shows the rule\)/,
    );
  });
});

describe('checkOutgoingFiles', () => {
  it('names every refused file of a handoff at once', async () => {
    const error = await checkOutgoingFiles(workspaceRoot, [
      'README.md',
      'certs/server.pem',
      'packages/analytics/src/index.ts',
      'tmp/dump.sql',
    ]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RefusedFileError);
    expect((error as RefusedFileError).refusals).toEqual([
      { path: 'certs/server.pem', reason: 'secret-name', detail: '*.pem' },
      { path: 'tmp/dump.sql', reason: 'git-ignored', detail: 'tmp/dump.sql' },
    ]);
  });

  it('asks git about every file at once, unusual names and negated patterns included', async () => {
    const repo = tempRepo({ files: { '.gitignore': '*.log\n!keep.log\n', 'a.ts': '' } });
    try {
      for (const name of ['we ird "name".log', 'keep.log', 'tab\there.ts']) repo.write(name, '');
      const error = await checkOutgoingFiles(repo.root, [
        'a.ts',
        'we ird "name".log',
        'keep.log',
        'tab\there.ts',
      ]).catch((caught: unknown) => caught);
      expect((error as RefusedFileError).refusals).toEqual([
        { path: 'we ird "name".log', reason: 'git-ignored', detail: 'we ird "name".log' },
      ]);
    } finally {
      repo.dispose();
    }
  });

  it('refuses to judge a folder git does not manage', async () => {
    const bare = tempFolder('baton-guard-nogit-');
    try {
      await expect(checkOutgoingFiles(bare.root, ['a.ts'])).rejects.toBeInstanceOf(
        NotAGitRepositoryError,
      );
      // More names than a pipe holds: git has left before reading them.
      const many = Array.from({ length: 20_000 }, (_, i) => `src/module-${i}.ts`);
      await expect(checkOutgoingFiles(bare.root, many)).rejects.toBeInstanceOf(
        NotAGitRepositoryError,
      );
    } finally {
      bare.dispose();
    }
  });

  it.runIf(gitSpeaksGerman())("reads git's answer in a user's own language", async () => {
    for (const [name, value] of Object.entries(germanGitUser)) vi.stubEnv(name, value);
    const bare = tempFolder('baton-guard-nogit-');
    try {
      await expect(checkOutgoingFiles(bare.root, ['a.ts'])).rejects.toBeInstanceOf(
        NotAGitRepositoryError,
      );
      await expect(checkOutgoingFile(workspaceRoot, 'README.md')).resolves.toBeUndefined();
    } finally {
      bare.dispose();
      vi.unstubAllEnvs();
    }
  });
});
