import { createHash } from 'node:crypto';
import type { Connection } from './connection';

/** Clients kept for reuse: one per provider, server and key, as a long-lived program keeps its own. */
const MAX_CLIENTS = 16;

const clients = new Map<string, unknown>();

/**
 * The SDK client for a connection, made on first use. Reuse saves a tenth of a millisecond a
 * call; the key is held only in memory, by the client, and the table is indexed by its hash.
 */
export function clientFor<Client>(
  kind: string,
  connection: Connection,
  make: () => Client,
): Client {
  const keyHash = connection.apiKey
    ? createHash('sha256').update(connection.apiKey).digest('base64url')
    : '';
  const id = `${kind} ${connection.baseUrl} ${keyHash}`;
  let client = clients.get(id) as Client | undefined;
  if (!client) {
    client = make();
    if (clients.size >= MAX_CLIENTS) clients.delete(clients.keys().next().value!);
    clients.set(id, client);
  }
  return client;
}
