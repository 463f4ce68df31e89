import { Command } from 'commander';
import { phaseIsCommitting } from './authorship';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a deferred, synchronous load
const hooks = () => require('@baton/relay/hooks') as typeof import('@baton/relay/hooks');

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
    .action(async (messageFile: string) => {
      // A person's commit passes untouched: nothing more to load.
      if (!phaseIsCommitting()) return;
      const { checkCommitMessage } = hooks();
      await checkCommitMessage(process.cwd(), messageFile);
    });
}
