import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkFormatting, checkLint } from '../gate/tools';
import { workspaceTools } from './tools';

const repoRoot = join(import.meta.dirname, '..', '..', '..', '..');
const tools = (files: string[], packageJson: Record<string, unknown> = {}) =>
  workspaceTools({ exists: (file) => files.includes(file), packageJson });

describe('the formatter and linter a workspace uses', () => {
  it('reads them from the root configs, and finds none where there are none', () => {
    expect(tools([])).toEqual({ formatter: null, linter: null });
    expect(tools(['.prettierrc', 'eslint.config.mjs'])).toEqual({
      formatter: 'prettier',
      linter: 'eslint',
    });
    expect(tools(['.eslintrc.json'], { devDependencies: { prettier: '~3.6.2' } })).toEqual({
      formatter: 'prettier',
      linter: 'eslint',
    });
    expect(tools(['biome.json'])).toEqual({ formatter: 'biome', linter: 'biome' });
    expect(tools(['biome.jsonc', '.prettierrc.yaml'])).toEqual({
      formatter: 'prettier',
      linter: 'biome',
    });
    expect(tools(['.oxfmtrc.json', 'biome.json'])).toEqual({ formatter: 'oxfmt', linter: 'biome' });
  });
});

describe('baton check in a workspace with no linter and no formatter', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'baton-tools-'));
    // ESLint and Prettier are installed (this repository's), but the workspace configures neither.
    symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
    writeFileSync(join(root, 'package.json'), '{ "name": "ws" }\n');
    writeFileSync(join(root, 'index.ts'), 'export const a = 1\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('skips lint and formatting, and says why', async () => {
    expect(await checkLint(root, ['index.ts'])).toMatchObject({
      status: 'skipped',
      summary: expect.stringContaining('the workspace has no linter'),
    });
    expect(await checkFormatting(root, ['index.ts'])).toMatchObject({
      status: 'skipped',
      summary: expect.stringContaining('the workspace has no formatter'),
    });
  });
});
