import {
  aggregateUserMetrics,
  generateTrendData,
  metricsToCsv,
} from './aggregate.js';
import type { Database } from './db.js';
import { AnalyticsError, ValidationError } from './errors.js';
import type { DateRange, Granularity, Role } from './metrics.js';
import { requireRole } from './users.js';
import { validateDateRange } from './validate-date-range.js';

export interface AnalyticsRequest {
  query: Record<string, string | undefined>;
  user: { id: number; role: Role };
}

export interface AnalyticsResponse {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

export interface Route {
  method: 'GET';
  path: string;
  handle(request: AnalyticsRequest, db: Database): Promise<AnalyticsResponse>;
}

const exportRoles: readonly Role[] = ['admin', 'analyst'];

/** The dashboard's endpoints; the handlers are written phase by phase. */
export function analyticsRoutes(): Route[] {
  return [
    { method: 'GET', path: '/api/analytics/metrics', handle: getMetrics },
    { method: 'GET', path: '/api/analytics/trends', handle: getTrends },
    { method: 'GET', path: '/api/analytics/export', handle: exportMetrics },
  ];
}

/** Runs a handler and turns the service's own errors into their HTTP answer. */
export async function respond(
  route: Route,
  request: AnalyticsRequest,
  db: Database,
): Promise<AnalyticsResponse> {
  try {
    return await route.handle(request, db);
  } catch (error) {
    if (error instanceof AnalyticsError) {
      return { status: error.status, body: { error: error.message } };
    }
    throw error;
  }
}

async function getMetrics(
  request: AnalyticsRequest,
  db: Database,
): Promise<AnalyticsResponse> {
  const { range, granularity } = readQuery(request);
  return {
    status: 200,
    body: await aggregateUserMetrics(db, range, granularity),
  };
}

async function getTrends(
  request: AnalyticsRequest,
  db: Database,
): Promise<AnalyticsResponse> {
  const { range, granularity } = readQuery(request);
  return { status: 200, body: await generateTrendData(db, range, granularity) };
}

async function exportMetrics(
  request: AnalyticsRequest,
  db: Database,
): Promise<AnalyticsResponse> {
  requireRole(request.user, exportRoles);
  const { range, granularity } = readQuery(request);
  const metrics = await aggregateUserMetrics(db, range, granularity);
  return {
    status: 200,
    headers: { 'content-type': 'text/csv; charset=utf-8' },
    body: metricsToCsv(metrics),
  };
}

function readQuery(request: AnalyticsRequest): {
  range: DateRange;
  granularity: Granularity;
} {
  const { start, end, granularity = 'daily' } = request.query;
  if (granularity !== 'hourly' && granularity !== 'daily') {
    throw new ValidationError('Granularity must be hourly or daily.');
  }
  return {
    range: validateDateRange(start, end, request.user.role),
    granularity,
  };
}
