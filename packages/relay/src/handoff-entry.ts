// What `nx g handoff` and `nx g phase-branch` load: the map, handoffs and git only, never the
// providers' SDKs that the package's main entry brings in, so the generators start as fast as Nx's own.
export {
  draftHandoff,
  featureName,
  featurePaths,
  findProjectName,
  largeReferences,
  largeReferenceWarning,
  parseFeature,
  type HandoffRequest,
  type WorkspaceFiles,
} from './feature';
export type { CollaborationMap } from './map';
// The file, not phase/index, which brings the phase run and the providers.
export * from './phase/branch';
