export { observeSource, isSourceFile, sourceExtensions, type ObserveContext } from './source';
export { observeSources } from './threads';
