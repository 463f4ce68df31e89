export interface PhaseBranchGeneratorSchema {
  project: string;
  phase: string;
}
