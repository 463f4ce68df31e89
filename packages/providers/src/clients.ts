import type { Connection } from './connection';

/** Clients kept for reuse: one per provider, server and key, as a long-lived program keeps its own. */
const MAX_CLIENTS = 16;

const clients: Array<{ kind: string; baseUrl: string; apiKey: string | null; client: unknown }> =
  [];

/**
 * The SDK client for a connection, made on first use: reuse saves a tenth of a millisecond a
 * call. The key stays in memory only, held by its client.
 */
export function clientFor<Client>(
  kind: string,
  connection: Connection,
  make: () => Client,
): Client {
  const { baseUrl, apiKey } = connection;
  const kept = clients.find(
    (entry) => entry.kind === kind && entry.baseUrl === baseUrl && entry.apiKey === apiKey,
  );
  if (kept) return kept.client as Client;
  const client = make();
  if (clients.length >= MAX_CLIENTS) clients.shift();
  clients.push({ kind, baseUrl, apiKey, client });
  return client;
}

/**
 * An SDK imported on its first call, not on import: the Nx plugin imports this package to infer
 * targets and must not pay for loading the SDKs.
 */
export function importOnFirstCall<Module>(load: () => Promise<Module>): () => Promise<Module> {
  let loaded: Promise<Module> | undefined;
  return () => (loaded ??= load());
}
