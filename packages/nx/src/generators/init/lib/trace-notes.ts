import { logger } from '@nx/devkit';
import { shareTraceNotes } from '@baton/relay';
import { gitLocation } from './husky';
import { initMessages } from './messages';

/** Keeps the Agent Trace notes with their commits: on rebase and amend, and on fetch and push. */
export async function configureTraceNotes(root: string): Promise<void> {
  if ((await gitLocation(root)) === null) return;
  const sharing = await shareTraceNotes(root);
  logger.info(
    sharing.remote ? initMessages.traceNotesShared(sharing.remote) : initMessages.traceNotesKept,
  );
}
