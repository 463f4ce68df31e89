import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { checkCommitMessage, trailerArgs } from '@baton/relay';
import { geminiPhase, tempRepoForTests } from '@baton/testing';
import { describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, 'baton-commit-msg');
const phase = geminiPhase.phase;
const gitDir = dirname(
  spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim(),
);

/** The hook's exit code with no `baton` on PATH: 0 when it passes a message alone, 127 when it defers. */
function hook(
  cwd: string,
  messageFile: string,
  env: Record<string, string> = { BATON_PHASE: phase },
) {
  const result = spawnSync('sh', [script, messageFile], {
    cwd,
    env: { PATH: `${gitDir}:/usr/bin:/bin`, ...env },
    encoding: 'utf8',
  });
  return result.status;
}

describe('the commit-msg hook before node starts', () => {
  const repo = tempRepoForTests({ files: { 'a.ts': 'export const a = 1;\n' } });
  // The trailers a phase's own commit carries, as the executor writes them.
  const full = trailerArgs(geminiPhase)
    .filter((arg) => arg !== '--trailer')
    .map((trailer) => `${trailer}\n`)
    .join('');
  const messages: Record<string, string> = {
    'all three trailers': `Add the parser\n\n${full}`,
    'a trailer without a value': `Add the parser\n\n${full.replace(/(AI-Model:).*/, '$1')}`,
    'no handoff trailer': `Add the parser\n\n${full.replace(/AI-Handoff:.*\n/, '')}`,
    'another phase named': `Add the parser\n\n${full.replace(phase, 'architecture')}`,
    'keys in lower case': `Add the parser\n\n${full.toLowerCase()}`,
    'a second phase trailer': `Add the parser\n\nAI-Phase: tests\n${full}`,
    'trailers in a paragraph before the last': `Add the parser\n\n${full}\nMore words.\n`,
    'trailers commented out': `Add the parser\n\n${full.replace(/^/gm, '# ')}`,
    'a phase name with spaces around': `Add the parser\n\n${full.replace(phase, `  ${phase}  `)}`,
  };

  it('passes only messages the rule passes, and passes a phase commit’s usual message alone', async () => {
    for (const [name, message] of Object.entries(messages)) {
      repo.write('.git/COMMIT_EDITMSG', message);
      const code = hook(repo.root, '.git/COMMIT_EDITMSG');
      const rule = await checkCommitMessage(repo.root, '.git/COMMIT_EDITMSG', {
        BATON_PHASE: phase,
      }).then(
        () => 0,
        () => 1,
      );
      // 127: `baton` was not found on PATH, so the hook handed the message on to it.
      expect([0, 127], name).toContain(code);
      if (code === 0) expect(rule, name).toBe(0);
    }
    repo.write('.git/COMMIT_EDITMSG', messages['all three trailers']);
    expect(hook(repo.root, '.git/COMMIT_EDITMSG')).toBe(0);
  });

  it('finds the message from a subfolder the hook changed into', () => {
    repo.write('.git/COMMIT_EDITMSG', messages['all three trailers']);
    repo.write('web/package.json', '{}\n');
    expect(hook(join(repo.root, 'web'), '.git/COMMIT_EDITMSG')).toBe(0);
  });
});
