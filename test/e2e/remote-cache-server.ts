import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request Nx made to the cache, as the test sees it. */
export interface CacheRequest {
  method: string;
  hash: string;
  status: number;
}

export interface RemoteCacheServer {
  url: string;
  /** The environment that points Nx at this cache (`NX_SELF_HOSTED_REMOTE_CACHE_*`). */
  env: Record<string, string>;
  requests: CacheRequest[];
  /** Hashes of the task outputs stored. */
  entries(): string[];
  close(): Promise<void>;
}

const cachePath = /^\/v1\/cache\/([A-Za-z0-9_-]+)$/;

/**
 * A loopback server implementing Nx's published self-hosted remote cache contract (OpenAPI,
 * Nx 20.8+): `PUT /v1/cache/{hash}` stores a task's tar archive (Content-Length required, 409 when
 * the hash is stored already), `GET /v1/cache/{hash}` returns it or 404; both need
 * `Authorization: Bearer <token>` (401 otherwise). Entries live in memory for one test.
 */
export async function startRemoteCacheServer(
  token = 'e2e-cache-token',
): Promise<RemoteCacheServer> {
  const store = new Map<string, Buffer>();
  const requests: CacheRequest[] = [];

  const reply = (res: ServerResponse, status: number, body?: Buffer | string) => {
    res.statusCode = status;
    if (typeof body === 'string') res.setHeader('Content-Type', 'text/plain');
    if (Buffer.isBuffer(body)) res.setHeader('Content-Type', 'application/octet-stream');
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const match = cachePath.exec(new URL(req.url ?? '/', 'http://cache').pathname);
    const hash = match?.[1] ?? '';
    const answer = (status: number, body?: Buffer | string) => {
      requests.push({ method: req.method ?? '', hash, status });
      reply(res, status, body);
    };
    if (!match) return answer(404, 'Not found');
    if (req.headers.authorization !== `Bearer ${token}`) {
      return answer(401, 'Missing or invalid authentication token.');
    }
    if (req.method === 'GET') {
      const entry = store.get(hash);
      return entry ? answer(200, entry) : answer(404, 'The record was not found');
    }
    if (req.method === 'PUT') {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks);
      const declared = Number(req.headers['content-length']);
      if (!Number.isInteger(declared) || declared !== body.length) {
        return answer(400, 'Content-Length must give the size of the body');
      }
      if (store.has(hash)) return answer(409, 'Cannot override an existing record');
      store.set(hash, body);
      return answer(200);
    }
    return answer(405, 'Method not allowed');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => reply(res, 500, error.message));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    env: {
      NX_SELF_HOSTED_REMOTE_CACHE_SERVER: url,
      NX_SELF_HOSTED_REMOTE_CACHE_ACCESS_TOKEN: token,
    },
    requests,
    entries: () => [...store.keys()],
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  };
}
