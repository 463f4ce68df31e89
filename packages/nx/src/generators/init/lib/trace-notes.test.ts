import { execFileSync } from 'node:child_process';
import { tempFolderForTests, tempRepoForTests } from '@baton/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureTraceNotes } from './trace-notes';

describe('configureTraceNotes', () => {
  const repo = tempRepoForTests({ prefix: 'baton-notes-' });
  const remote = tempFolderForTests('baton-notes-remote-');
  const config = (key: string) => {
    try {
      return repo.git('config', '--get-all', key).split('\n');
    } catch {
      return [];
    }
  };

  beforeEach(() => {
    repo.write('a.ts', 'a\n');
    repo.commitAll('Start');
  });

  it('keeps the notes through rebase and amend, without an origin', async () => {
    await configureTraceNotes(repo.root);
    expect(config('notes.rewriteRef')).toEqual(['refs/notes/agent-trace']);
    expect(config('notes.rewrite.amend')).toEqual(['true']);
    expect(config('notes.rewrite.rebase')).toEqual(['true']);
    expect(config('remote.origin.push')).toEqual([]);
  });

  it('pushes and fetches the notes with origin, still pushing the branch, once however often it runs', async () => {
    execFileSync('git', ['init', '-q', '--bare', remote.root]);
    repo.git('remote', 'add', 'origin', remote.root);
    await configureTraceNotes(repo.root);
    await configureTraceNotes(repo.root);
    expect(config('notes.rewriteRef')).toEqual(['refs/notes/agent-trace']);
    expect(config('remote.origin.push')).toEqual([
      'HEAD',
      'refs/notes/agent-trace*:refs/notes/agent-trace*',
    ]);
    expect(config('remote.origin.fetch')).toContain(
      '+refs/notes/agent-trace*:refs/notes/remotes/origin/agent-trace*',
    );

    // Before any note exists, push and fetch still work.
    repo.git('push', '-q');
    repo.git('notes', '--ref=refs/notes/agent-trace', 'add', '-m', '{}', 'HEAD');
    repo.git('push', '-q');
    const onRemote = execFileSync('git', ['for-each-ref', '--format=%(refname)'], {
      cwd: remote.root,
      encoding: 'utf8',
    });
    expect(onRemote.trim().split('\n').sort()).toEqual([
      'refs/heads/main',
      'refs/notes/agent-trace',
    ]);
    repo.git('fetch', '-q');
    expect(repo.git('rev-parse', 'refs/notes/remotes/origin/agent-trace')).toBe(
      repo.git('rev-parse', 'refs/notes/agent-trace'),
    );
  });
});
