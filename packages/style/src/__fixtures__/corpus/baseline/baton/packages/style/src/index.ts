export * from './errors';
export { conventionIds, conventionText, type ConventionId, type Observation } from './conventions';
export { caseStylesOf, toCaseStyle, type CaseStyle } from './naming';
export { observeSource, isSourceFile, sourceExtensions, type ObserveContext } from './observe';
export * from './profile';
export * from './files';
export { learnStyleProfile, validateThreshold, type LearnStyleOptions } from './learn';
export { checkStyle, findingsOnChangedLines, type StyleFinding } from './check';
export { formatFindings } from './report';
