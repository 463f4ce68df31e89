export {
  codebases,
  otherStyle,
  readCodebase,
  readFolder,
  readOtherStyle,
  type CodebaseFile,
} from './codebases';
export { restyles, type Restyle, type RestyledFile } from './restyle';
export {
  evaluateCodebase,
  evaluateFiles,
  evaluateStyleGate,
  formatEvaluation,
  recallOf,
  folds,
  split,
  type CodebaseScore,
  type Detection,
} from './evaluate';
