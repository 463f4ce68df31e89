import { startEmulator, type Emulator } from '@baton/provider-emulator';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createWorkspace, type Workspace } from '@baton/testing/workspace';
import { featureWorkspace, handoffs, nx, project } from './phase-workspace';
import { startRemoteCacheServer, type RemoteCacheServer } from './remote-cache-server';

const review = '## Findings\n\nNo injection: every query is parameterised.\n';
const report = `${handoffs}/reports/002-security-review.md`;

describe("a report phase through Nx's self-hosted remote cache", () => {
  let emulator: Emulator;
  let cache: RemoteCacheServer;
  let first: Workspace;
  let second: Workspace;

  beforeAll(async () => {
    emulator = await startEmulator({
      script: { replies: [{ phase: 'security-review', text: review }] },
    });
    cache = await startRemoteCacheServer();
  });
  afterAll(async () => {
    first?.dispose();
    second?.dispose();
    await Promise.all([emulator.close(), cache.close()]);
  });

  it("replays the first clone's report on a second clone, with no request at the provider", async () => {
    const env = { ...emulator.env, ...cache.env };
    first = featureWorkspace(
      inject('workspaceTemplate'),
      { phase: 'data-processing', model: 'gemini' },
      { phase: 'security-review', model: 'claude' },
    );
    // The second machine: its own install of the same template, checked out at the first one's commit.
    second = createWorkspace(inject('workspaceTemplate'));
    second.git('fetch', '-q', first.root, 'main');
    second.git('reset', '-q', '--hard', 'FETCH_HEAD');
    expect(second.git('rev-parse', 'HEAD')).toBe(first.git('rev-parse', 'HEAD'));

    const ran = await nx(first, ['run', `${project}:security-review`], env);
    expect(ran.code, ran.output).toBe(0);
    expect(emulator.requests).toHaveLength(1);
    expect(cache.requests.filter((r) => r.method === 'PUT' && r.status === 200)).toHaveLength(1);

    const replayed = await nx(second, ['run', `${project}:security-review`], env);
    expect(replayed.code, replayed.output).toBe(0);
    expect(replayed.output).toMatch(/remote cache/);
    expect(emulator.requests).toHaveLength(1);
    expect(cache.requests.filter((r) => r.method === 'GET' && r.status === 200)).toHaveLength(1);
    expect(second.read(report)).toBe(first.read(report));
    expect(second.read(report)).toContain(review.trim());
  });

  it('refuses a client without the token, as the contract says', async () => {
    const response = await fetch(`${cache.url}/v1/cache/123`, { method: 'GET' });
    expect(response.status).toBe(401);
    const put = await fetch(`${cache.url}/v1/cache/123`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${cache.env['NX_SELF_HOSTED_REMOTE_CACHE_ACCESS_TOKEN']}` },
      body: 'x',
    });
    expect(put.status).toBe(200);
    const again = await fetch(`${cache.url}/v1/cache/123`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${cache.env['NX_SELF_HOSTED_REMOTE_CACHE_ACCESS_TOKEN']}` },
      body: 'y',
    });
    expect(again.status).toBe(409);
  });
});
