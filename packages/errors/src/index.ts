export { BatonError, type Fix } from './baton-error';
export { plainCommands, type Commands } from './commands';
export { debugVariable, renderError, type RenderOptions } from './render';
export { shellPaths } from './shell';
