// What the Nx project graph reads (the inferred phase targets): light modules only, so that
// registering Baton stays cheap. The phase run and its context load the rest when they run.
export {
  parseCollaborationMap,
  type CollaborationMap,
  type ModelEntry,
  type PhaseEntry,
} from './map';
export { BatonNotInitialisedError, CollaborationMapError } from './errors';
export { featurePaths, latestHandoff, parseHandoff, type HandoffDocument } from './handoff';
export { referencedPath, reportFileName } from './context-paths';
