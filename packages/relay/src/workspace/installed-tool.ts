import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface InstalledTool {
  bin: string;
  version: string;
}

/**
 * The workspace's own installed copy of a tool (its bin script and version), or null when it has none.
 * `binName` is the bin to run when it differs from the package name (`biome` of `@biomejs/biome`).
 */
export function installedTool(
  workspaceRoot: string,
  name: string,
  binName: string = name,
): InstalledTool | null {
  const require = createRequire(join(workspaceRoot, 'package.json'));
  let manifestPath: string | null = null;
  try {
    manifestPath = require.resolve(`${name}/package.json`);
  } catch {
    // Packages that do not export their package.json (prettier): walk up from their entry point.
    try {
      for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
        const candidate = join(dir, 'package.json');
        if (existsSync(candidate) && JSON.parse(readFileSync(candidate, 'utf8')).name === name) {
          manifestPath = candidate;
          break;
        }
      }
    } catch {
      return null;
    }
  }
  if (!manifestPath) return null;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    version: string;
    bin?: string | Record<string, string>;
  };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[binName];
  return bin ? { bin: join(dirname(manifestPath), bin), version: manifest.version } : null;
}

export interface ToolResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs an installed tool's bin with this Node in the workspace; a non-zero exit is a result, not an error. */
export function runTool(
  workspaceRoot: string,
  tool: InstalledTool,
  args: string[],
): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [tool.bin, ...args],
      {
        cwd: workspaceRoot,
        maxBuffer: 256 * 1024 * 1024,
        env: { ...process.env, FORCE_COLOR: '0' },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        if (code === null) reject(error);
        else resolve({ code, stdout, stderr });
      },
    );
  });
}
