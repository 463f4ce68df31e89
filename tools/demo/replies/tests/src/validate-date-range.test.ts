import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AuthorizationError, ValidationError } from './errors.js';
import { validateDateRange } from './validate-date-range.js';

describe('validateDateRange', () => {
  it('returns the range as dates', () => {
    assert.deepEqual(validateDateRange('2026-01-01', '2026-01-31', 'viewer'), {
      start: new Date('2026-01-01'),
      end: new Date('2026-01-31'),
    });
  });

  it('requires both ends', () => {
    assert.throws(
      () => validateDateRange(undefined, '2026-01-31', 'admin'),
      ValidationError,
    );
    assert.throws(
      () => validateDateRange('2026-01-01', undefined, 'admin'),
      ValidationError,
    );
  });

  it('rejects dates that do not parse', () => {
    assert.throws(
      () => validateDateRange('yesterday', '2026-01-31', 'admin'),
      /Invalid date format/,
    );
  });

  it('rejects a start after the end', () => {
    assert.throws(
      () => validateDateRange('2026-02-01', '2026-01-01', 'admin'),
      /Start date must be before end date/,
    );
  });

  it('allows exactly the role limit and refuses a day more', () => {
    assert.ok(validateDateRange('2026-01-01', '2026-04-01', 'analyst'));
    assert.throws(
      () => validateDateRange('2026-01-01', '2026-04-02', 'analyst'),
      AuthorizationError,
    );
    assert.ok(validateDateRange('2025-01-01', '2026-01-01', 'admin'));
    assert.throws(
      () => validateDateRange('2025-01-01', '2026-01-02', 'admin'),
      AuthorizationError,
    );
  });
});
