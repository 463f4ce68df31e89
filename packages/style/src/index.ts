export * from './errors';
export {
  conventionIds,
  conventionText,
  conventionVariants,
  type ConventionId,
  type Observation,
} from './conventions';
export { caseStylesOf, toCaseStyle, type CaseStyle } from './naming';
export {
  observeSource,
  observeSources,
  isSourceFile,
  sourceExtensions,
  type ObserveContext,
} from './observe';
export * from './profile';
export * from './files';
export {
  learnStyleProfile,
  learnFromSources,
  validateAlpha,
  validateThreshold,
  type LearnStyleOptions,
} from './learn';
export {
  checkStyle,
  checkStyleConcurrently,
  compareFile,
  findingsOnChangedLines,
  formatPValue,
  type ConventionVerdict,
  type StyleFinding,
} from './check';
export { formatComparison, formatFindings } from './report';
export { departureTail, fitDepartures, type DepartureModel } from './significance';
