export interface RemoveGeneratorSchema {
  skipFormat?: boolean;
}
