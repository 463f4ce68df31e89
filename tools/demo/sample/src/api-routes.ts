import type { Database } from './db.js';
import { AnalyticsError } from './errors.js';
import type { Role } from './metrics.js';

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

/** The dashboard's endpoints; the handlers are written phase by phase. */
export function analyticsRoutes(): Route[] {
  return [
    { method: 'GET', path: '/api/analytics/metrics', handle: notYetAvailable },
    { method: 'GET', path: '/api/analytics/trends', handle: notYetAvailable },
    { method: 'GET', path: '/api/analytics/export', handle: notYetAvailable },
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

async function notYetAvailable(): Promise<AnalyticsResponse> {
  return {
    status: 501,
    body: { error: 'This endpoint is not available yet.' },
  };
}
