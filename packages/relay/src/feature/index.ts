export { draftHandoff, type HandoffRequest } from './draft';
export { featureName, findProjectName } from './feature';
export {
  featureFile,
  featurePaths,
  handoffEntries,
  handoffsDir,
  latestHandoff,
  parseFeature,
  parseHandoff,
  renderFeature,
  renderHandoff,
  reportsDir,
  type FeatureDocument,
  type HandoffDocument,
  type HandoffFile,
  type HandoffParty,
} from './handoff';
export { referencedPath, reportFileName } from './paths';
export { largeReferences, largeReferenceWarning, type LargeReference } from './size';
export { resolveReference, workspaceFilesOnDisk, type WorkspaceFiles } from './references';
