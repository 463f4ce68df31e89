// What the Nx project graph reads (the inferred phase targets): light modules only, so that
// registering Baton stays cheap. The phase run and its context load the rest when they run.
// Hence the files, not the rooms' doors: feature/index also brings the guard and git.
// No YAML parser (a handoff's body alone gives its references) and the map's schema in zod/mini:
// the bundled plugin is 105 KB, 60 KB of it zod.
export {
  parseCollaborationMap,
  type CollaborationMap,
  type ModelEntry,
  type PhaseEntry,
} from './map/map';
export { BatonNotInitialisedError, CollaborationMapError } from './errors/map';
export { featurePaths, latestHandoff } from './feature/handoff-names';
export { readHandoffReferences, type HandoffFile } from './feature/handoff-body';
export { referencedPath, reportFileName } from './feature/paths';
export { nextPhaseOf, type NextPhase } from './phase/next-step';
