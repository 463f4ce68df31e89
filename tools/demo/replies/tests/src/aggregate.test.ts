import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  aggregateUserMetrics,
  generateTrendData,
  metricsToCsv,
} from './aggregate.js';
import type { Database } from './db.js';

interface RecordedQuery {
  sql: string;
  params: readonly unknown[];
}

/** A database that answers every query with `rows` and remembers what it was asked. */
function fakeDatabase(
  rows: unknown[],
): Database & { queries: RecordedQuery[] } {
  const queries: RecordedQuery[] = [];
  return {
    queries,
    async query<Row>(sql: string, params: readonly unknown[]): Promise<Row[]> {
      queries.push({ sql, params });
      return rows as Row[];
    },
  };
}

const range = {
  start: new Date('2026-01-01T00:00:00Z'),
  end: new Date('2026-01-03T00:00:00Z'),
};

describe('aggregateUserMetrics', () => {
  it('sends one parameterised query with the truncation unit as a parameter', async () => {
    const db = fakeDatabase([]);
    await aggregateUserMetrics(db, range, 'hourly');
    assert.equal(db.queries.length, 1);
    assert.deepEqual(db.queries[0]?.params, [range.start, range.end, 'hour']);
    assert.doesNotMatch(db.queries[0]?.sql ?? '', /2026/);
  });

  it('maps the rows PostgreSQL returns as strings to numbers', async () => {
    const period = new Date('2026-01-02T00:00:00Z');
    const db = fakeDatabase([
      {
        period,
        active_users: '42',
        total_events: '1337',
        avg_session_duration: '95.5',
      },
    ]);
    assert.deepEqual(await aggregateUserMetrics(db, range, 'daily'), [
      { period, activeUsers: 42, totalEvents: 1337, avgSessionDuration: 95.5 },
    ]);
  });

  it('keeps a missing session average as null', async () => {
    const db = fakeDatabase([
      {
        period: range.start,
        active_users: '1',
        total_events: '1',
        avg_session_duration: null,
      },
    ]);
    const [metric] = await aggregateUserMetrics(db, range, 'daily');
    assert.equal(metric?.avgSessionDuration, null);
  });
});

describe('generateTrendData', () => {
  it('orders the points oldest first with the change from the period before', async () => {
    const db = fakeDatabase([
      {
        period: new Date('2026-01-03'),
        active_users: '15',
        total_events: '30',
        avg_session_duration: null,
      },
      {
        period: new Date('2026-01-02'),
        active_users: '10',
        total_events: '20',
        avg_session_duration: null,
      },
      {
        period: new Date('2026-01-01'),
        active_users: '0',
        total_events: '0',
        avg_session_duration: null,
      },
    ]);
    const points = await generateTrendData(db, range, 'daily');
    assert.deepEqual(
      points.map((point) => [point.activeUsers, point.change]),
      [
        [0, null],
        [10, null],
        [15, 0.5],
      ],
    );
  });
});

describe('metricsToCsv', () => {
  it('writes a header and one line per period', () => {
    const csv = metricsToCsv([
      {
        period: new Date('2026-01-01T00:00:00Z'),
        activeUsers: 3,
        totalEvents: 7,
        avgSessionDuration: null,
      },
    ]);
    assert.equal(
      csv,
      'period,active_users,total_events,avg_session_duration\n' +
        '2026-01-01T00:00:00.000Z,3,7,\n',
    );
  });
});
