export interface InitGeneratorSchema {
  skipInstall?: boolean;
  skipFormat?: boolean;
  addPlugin?: boolean;
}
