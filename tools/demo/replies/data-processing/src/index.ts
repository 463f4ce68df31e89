export * from './aggregate.js';
export * from './api-routes.js';
export type { Database } from './db.js';
export * from './errors.js';
export type * from './metrics.js';
