import { AuthorizationError, ValidationError } from './errors.js';
import type { DateRange, Role } from './metrics.js';

const dayMs = 24 * 60 * 60 * 1000;

/** The longest range each role may query, in days: long scans are for those who need them. */
export const maxRangeDays: Record<Role, number> = {
  admin: 365,
  analyst: 90,
  viewer: 90,
};

/**
 * Reads a date range from the query string: both ends required and valid, start before end, and
 * no longer than the caller's role allows.
 */
export function validateDateRange(
  start: string | undefined,
  end: string | undefined,
  role: Role,
): DateRange {
  if (start === undefined || end === undefined) {
    throw new ValidationError('Both start and end are required.');
  }
  const startDate = new Date(start);
  const endDate = new Date(end);
  if (Number.isNaN(startDate.getTime()) || Number.isNaN(endDate.getTime())) {
    throw new ValidationError('Invalid date format: use ISO 8601 dates.');
  }
  if (startDate > endDate) {
    throw new ValidationError('Start date must be before end date.');
  }
  const days = (endDate.getTime() - startDate.getTime()) / dayMs;
  if (days > maxRangeDays[role]) {
    throw new AuthorizationError(
      `Date range exceeds the ${maxRangeDays[role]} day limit of the ${role} role.`,
    );
  }
  return { start: startDate, end: endDate };
}
