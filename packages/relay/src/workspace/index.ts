export { installedTool, runTool, type InstalledTool } from './installed-tool';
export {
  toolPackages,
  workspaceTools,
  workspaceToolsAt,
  type Formatter,
  type Linter,
  type ToolConfigFiles,
  type WorkspaceTools,
} from './tools';
