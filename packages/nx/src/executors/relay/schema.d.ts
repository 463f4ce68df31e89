export interface RelayExecutorSchema {
  through?: string;
  gates?: boolean;
}
