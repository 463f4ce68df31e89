import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  analyticsRoutes,
  respond,
  type AnalyticsRequest,
  type Route,
} from './api-routes.js';
import type { Database } from './db.js';

const db: Database = {
  async query<Row>(): Promise<Row[]> {
    return [];
  },
};

function route(path: string): Route {
  const found = analyticsRoutes().find((candidate) => candidate.path === path);
  assert.ok(found, `no route ${path}`);
  return found;
}

function request(
  query: AnalyticsRequest['query'],
  role: AnalyticsRequest['user']['role'] = 'analyst',
): AnalyticsRequest {
  return { query, user: { id: 7, role } };
}

const january = { start: '2026-01-01', end: '2026-01-31' };

describe('analytics routes', () => {
  it('answers a valid metrics request with 200', async () => {
    const response = await respond(
      route('/api/analytics/metrics'),
      request(january),
      db,
    );
    assert.equal(response.status, 200);
  });

  it('answers an invalid date with 400 and the reason', async () => {
    const response = await respond(
      route('/api/analytics/metrics'),
      request({ start: 'soon', end: '2026-01-31' }),
      db,
    );
    assert.deepEqual(response, {
      status: 400,
      body: { error: 'Invalid date format: use ISO 8601 dates.' },
    });
  });

  it('refuses an unknown granularity', async () => {
    const response = await respond(
      route('/api/analytics/trends'),
      request({ ...january, granularity: 'minutely' }),
      db,
    );
    assert.equal(response.status, 400);
  });

  it('lets analysts export as CSV and refuses viewers', async () => {
    const exported = await respond(
      route('/api/analytics/export'),
      request(january),
      db,
    );
    assert.equal(exported.headers?.['content-type'], 'text/csv; charset=utf-8');
    const refused = await respond(
      route('/api/analytics/export'),
      request(january, 'viewer'),
      db,
    );
    assert.equal(refused.status, 403);
  });
});
