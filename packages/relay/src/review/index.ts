export {
  findingKinds,
  findingsFormat,
  mergeFindings,
  parseFindings,
  severities,
  type Finding,
  type FindingKind,
  type MergedFinding,
  type Severity,
} from './findings';
export {
  renderReviewBody,
  totalCost,
  writeReviewReport,
  type ReviewerOutcome,
  type ReviewReport,
} from './report';
export { readReviewSummary, readReviewSummaryFile, type ReviewSummary } from './read';
