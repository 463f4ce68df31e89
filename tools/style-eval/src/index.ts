export {
  codebases,
  otherStyle,
  readCodebase,
  readOtherStyle,
  type CodebaseFile,
} from './codebases';
export { restyles, type Restyle, type RestyledFile } from './restyle';
export {
  evaluateCodebase,
  evaluateStyleGate,
  formatEvaluation,
  recallOf,
  folds,
  split,
  type CodebaseScore,
  type Detection,
} from './evaluate';
