export * from './aggregate.js';
export * from './api-routes.js';
export type { Database } from './db.js';
export * from './errors.js';
export * from './events.js';
export type * from './metrics.js';
export * from './users.js';
export * from './validate-date-range.js';
