export type Granularity = 'hourly' | 'daily';

export type Role = 'admin' | 'analyst' | 'viewer';

export interface DateRange {
  start: Date;
  end: Date;
}

/** Activity in one period of the dashboard's charts. */
export interface UserMetric {
  period: Date;
  activeUsers: number;
  totalEvents: number;
  /** Seconds; null when no event in the period recorded a session. */
  avgSessionDuration: number | null;
}

/** One point of the trend line: active users and the change from the period before. */
export interface TrendPoint {
  period: Date;
  activeUsers: number;
  /** Relative change, 0.25 for +25%; null for the first period or after a period with none. */
  change: number | null;
}
