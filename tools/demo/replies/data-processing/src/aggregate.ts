import type { Database } from './db.js';
import type {
  DateRange,
  Granularity,
  TrendPoint,
  UserMetric,
} from './metrics.js';

interface MetricRow {
  period: Date;
  active_users: string;
  total_events: string;
  avg_session_duration: string | null;
}

// The unit comes from this table, never from the request.
const truncation: Record<Granularity, string> = {
  hourly: 'hour',
  daily: 'day',
};

/**
 * Active users, events and average session length per period, newest first: one query that
 * PostgreSQL answers from the (created_at, user_id) index.
 */
export async function aggregateUserMetrics(
  db: Database,
  range: DateRange,
  granularity: Granularity,
): Promise<UserMetric[]> {
  const rows = await db.query<MetricRow>(
    `SELECT date_trunc($3, created_at) AS period,
            count(DISTINCT user_id) AS active_users,
            count(*) AS total_events,
            avg(session_duration) AS avg_session_duration
       FROM user_events
      WHERE created_at >= $1 AND created_at < $2
      GROUP BY period
      ORDER BY period DESC`,
    [range.start, range.end, truncation[granularity]],
  );
  return rows.map((row) => ({
    period: row.period,
    activeUsers: Number(row.active_users),
    totalEvents: Number(row.total_events),
    avgSessionDuration:
      row.avg_session_duration === null
        ? null
        : Number(row.avg_session_duration),
  }));
}

/** The trend line, oldest first: active users per period and the change from the period before. */
export async function generateTrendData(
  db: Database,
  range: DateRange,
  granularity: Granularity,
): Promise<TrendPoint[]> {
  const metrics = await aggregateUserMetrics(db, range, granularity);
  const points: TrendPoint[] = [];
  for (const metric of [...metrics].reverse()) {
    const previous = points.at(-1);
    points.push({
      period: metric.period,
      activeUsers: metric.activeUsers,
      change:
        previous && previous.activeUsers > 0
          ? (metric.activeUsers - previous.activeUsers) / previous.activeUsers
          : null,
    });
  }
  return points;
}

/** The metrics as CSV, one row per period, for the export endpoint. */
export function metricsToCsv(metrics: readonly UserMetric[]): string {
  const lines = ['period,active_users,total_events,avg_session_duration'];
  for (const metric of metrics) {
    lines.push(
      [
        metric.period.toISOString(),
        metric.activeUsers,
        metric.totalEvents,
        metric.avgSessionDuration ?? '',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
