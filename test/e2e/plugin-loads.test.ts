import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { workspaceForTests } from '@baton/testing/workspace';

describe('@baton/nx installed from its tarball', () => {
  const ws = workspaceForTests(inject('workspaceTemplate'));

  it('is a real install, not a link into the source tree', () => {
    const installed = ws.run('node', [
      '-p',
      "require('fs').realpathSync(require.resolve('@baton/nx'))",
    ]);
    expect(installed.code).toBe(0);
    expect(installed.stdout.trim().startsWith(ws.root)).toBe(true);
  });

  it('loads as a registered plugin with no warning', () => {
    ws.updateJson<{ plugins: unknown[] }>('nx.json', (nxJson) => {
      nxJson.plugins.push('@baton/nx');
    });
    ws.commitAll('Register Baton');

    const projects = ws.nx(['show', 'projects']);
    expect(projects.code, projects.output).toBe(0);
    expect(projects.output).not.toMatch(/warn|error|failed/i);

    const report = ws.nx(['report']);
    expect(report.code, report.output).toBe(0);
    expect(report.output).toContain('@baton/nx');
    expect(report.output).not.toMatch(/warn|error|failed/i);
    // Nx's copy of its native binding lies beside the workspace, removed with it, not in the
    // machine's temp folder, where every throwaway workspace left 23 MB for good.
    const nativeCopies = readdirSync(join(dirname(ws.root), 'nx-native-cache'));
    expect(nativeCopies.some((name) => name.endsWith('.node'))).toBe(true);
  });
});
