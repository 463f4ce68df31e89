export * from './errors';
export * from './trailers';
