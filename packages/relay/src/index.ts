export * from './errors';
export * from './trailers';
export * from './ledger';
