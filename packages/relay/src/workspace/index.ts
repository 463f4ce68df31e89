export { installedTool, runTool, type InstalledTool, type ToolResult } from './installed-tool';
