export { createNodesV2 } from './plugins/plugin';
