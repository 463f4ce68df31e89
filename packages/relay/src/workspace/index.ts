export { installedTool, runTool } from './installed-tool';
