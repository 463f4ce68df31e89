export * from './errors';
export * from './trailers';
export * from './ledger';
export * from './attribution';
export * from './map';
export * from './handoff';
export * from './feature';
export * from './report/relay-report';
