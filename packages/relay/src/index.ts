export * from './trailers';
