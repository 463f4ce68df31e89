import type { Command } from 'commander';
import { phaseIsCommitting } from './authorship';

const commitMsg = () =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a deferred, synchronous load
  require('@baton/relay/commit-msg') as typeof import('@baton/relay/commit-msg');

/** `baton hook <name>`: what a git hook written by `nx g @baton/nx:init` calls, one line each. */
export function addHookCommand(program: Command): void {
  const command = program
    .command('hook')
    .description('Run the rule behind one of the git hooks `nx g @baton/nx:init` writes.');

  command
    .command('commit-msg')
    .description(
      "A commit a phase makes (BATON_PHASE set) must carry the AI-Phase, AI-Model and AI-Handoff trailers; a person's commit passes untouched.",
    )
    .argument('<message-file>', 'the commit message file git passes to the hook ($1)')
    .action(commitMsgHook);
}

/** The commit-msg rule; `baton` calls it without its command line for the line init writes. */
export async function commitMsgHook(messageFile: string): Promise<void> {
  // A person's commit passes untouched: nothing more to load.
  if (!phaseIsCommitting()) return;
  const { checkCommitMessage } = commitMsg();
  await checkCommitMessage(process.cwd(), messageFile);
}
