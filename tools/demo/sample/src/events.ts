import type { Database } from './db.js';
import { ValidationError } from './errors.js';

export type EventType = 'page_view' | 'click' | 'export' | 'login';

export interface NewEvent {
  userId: number;
  type: EventType;
  /** Seconds the session had lasted when the event happened, when the client knows it. */
  sessionDuration?: number;
}

export interface UserEvent extends NewEvent {
  id: number;
  createdAt: Date;
}

interface EventRow {
  id: string;
  user_id: string;
  event_type: EventType;
  session_duration: number | null;
  created_at: Date;
}

const eventTypes: readonly EventType[] = [
  'page_view',
  'click',
  'export',
  'login',
];
const maxPageSize = 500;

/** Stores one event; the product's API calls this for every user action. */
export async function recordEvent(
  db: Database,
  event: NewEvent,
): Promise<number> {
  validateEvent(event);
  const [row] = await db.query<{ id: string }>(
    'INSERT INTO user_events (user_id, event_type, session_duration) VALUES ($1, $2, $3) RETURNING id',
    [event.userId, event.type, event.sessionDuration ?? null],
  );
  return Number(row?.id);
}

/** The latest events of one user, newest first, for the user's activity page. */
export async function listRecentEvents(
  db: Database,
  userId: number,
  limit: number,
): Promise<UserEvent[]> {
  const rows = await db.query<EventRow>(
    'SELECT id, user_id, event_type, session_duration, created_at FROM user_events WHERE user_id = $1 ORDER BY created_at DESC LIMIT $2',
    [userId, pageSize(limit)],
  );
  return rows.map(toUserEvent);
}

export function validateEvent(event: NewEvent): void {
  if (!Number.isInteger(event.userId) || event.userId <= 0) {
    throw new ValidationError(`Invalid user id: ${event.userId}`);
  }
  if (!eventTypes.includes(event.type)) {
    throw new ValidationError(`Unknown event type: ${event.type}`);
  }
  if (event.sessionDuration !== undefined && event.sessionDuration < 0) {
    throw new ValidationError('A session duration cannot be negative.');
  }
}

function pageSize(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new ValidationError(`Invalid page size: ${limit}`);
  }
  return Math.min(limit, maxPageSize);
}

function toUserEvent(row: EventRow): UserEvent {
  return {
    id: Number(row.id),
    userId: Number(row.user_id),
    type: row.event_type,
    ...(row.session_duration === null
      ? {}
      : { sessionDuration: row.session_duration }),
    createdAt: row.created_at,
  };
}
