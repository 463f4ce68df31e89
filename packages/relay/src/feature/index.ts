export { draftHandoff, type HandoffRequest, type ModelHandoffDraft } from './draft';
export { featureName, findProjectName } from './feature';
export { parseFeature, renderFeature, type FeatureDocument } from './feature-document';
export {
  featureFile,
  featurePaths,
  handoffEntries,
  handoffsDir,
  latestHandoff,
  parseHandoff,
  renderHandoff,
  reportsDir,
  type HandoffDocument,
  type HandoffDraftMarks,
  type HandoffFile,
  type HandoffParty,
} from './handoff';
export { referencedPath, reportFileName } from './paths';
export { largeReferences, largeReferenceWarning, type LargeReference } from './size';
export {
  checkReferences,
  referencePath,
  resolveReference,
  workspaceFilesOnDisk,
  type WorkspaceFiles,
} from './references';
export {
  criteriaVerdict,
  modelHandoffInstruction,
  readModelHandoff,
  withoutModelHandoff,
  type ModelHandoffReading,
} from './model-handoff';
