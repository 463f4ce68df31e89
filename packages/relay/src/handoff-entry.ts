// What `nx g handoff` and `nx g phase-branch` load: the map, handoffs and git only, never the
// providers' SDKs that the package's main entry brings in, so the generators start as fast as Nx's own.
export * from './errors';
export * from './map';
export * from './handoff';
export * from './feature';
export * from './handoff-draft';
export * from './handoff-references';
export * from './phase-branch';
