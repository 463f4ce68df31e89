export { observeSource, isSourceFile, sourceExtensions, type ObserveContext } from './source';
