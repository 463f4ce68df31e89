import { join } from 'node:path';
import { learnStyleProfile, writeStyleProfile } from '@baton/style';
import { tempFolderForTests } from '@baton/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { InvalidEditsError } from '../errors';
import { codingStandards, workspaceFormatter } from './standards';

describe('coding standards', () => {
  const folder = tempFolderForTests('baton-standards-');
  const sample = () => join(folder.root, 'packages/analytics/src/index.ts');

  beforeEach(() => {
    folder.write('package.json', '{ "name": "ws", "private": true }\n');
  });

  it("reads the workspace's own Prettier options, ESLint rules in force and style profile", async () => {
    folder.linkInstalled('prettier');
    folder.linkInstalled('eslint');
    folder.write('.prettierrc', '{ "singleQuote": true, "printWidth": 100 }\n');
    folder.write(
      'eslint.config.mjs',
      "export default [{ files: ['**/*.ts'], rules: { 'no-var': 'error', eqeqeq: ['warn', 'always'], 'no-console': 'off' } }];\n",
    );
    for (let i = 0; i < 12; i++) {
      folder.write(
        `packages/core/src/m${i}.ts`,
        `export function loadUser${i}() {\n  return ${i};\n}\n`,
      );
    }
    writeStyleProfile(
      folder.root,
      learnStyleProfile({
        workspaceRoot: folder.root,
        files: Array.from({ length: 12 }, (_, i) => `packages/core/src/m${i}.ts`),
      }),
    );

    const standards = await codingStandards(folder.root, sample());
    expect(standards.notes).toEqual([]);
    expect(standards.text).toContain('{"singleQuote":true,"printWidth":100}');
    expect(standards.text).toContain('eqeqeq (warn, "always")');
    expect(standards.text).toContain('no-var (error)');
    expect(standards.text).not.toContain('no-console');
    expect(standards.text).toContain('100% of function names here are camelCase');
    expect(standards.notes).toEqual([]);
  });

  it('says what it left out when the workspace has no Prettier, ESLint or profile', async () => {
    const standards = await codingStandards(folder.root, sample());
    expect(standards.text).toBe('');
    expect(standards.notes).toEqual([
      'Prettier options left out: the workspace has no prettier package',
      'ESLint rules left out: the workspace has no eslint package',
      'style profile left out: the workspace has none yet (`baton style learn` writes it)',
    ]);
  });

  it("formats with the workspace's Prettier, skips ignored files and refuses code that does not parse", async () => {
    folder.linkInstalled('prettier');
    folder.write('.prettierrc', '{ "singleQuote": true, "semi": false }\n');
    folder.write('.prettierignore', 'packages/analytics/generated/\n');
    const format = workspaceFormatter(folder.root);

    expect(await format('packages/analytics/src/a.ts', 'const a = "x";;\n')).toBe(
      "const a = 'x'\n",
    );
    expect(await format('packages/analytics/generated/b.ts', 'const b = "x";;\n')).toBe(
      'const b = "x";;\n',
    );
    expect(await format('packages/analytics/schema.sql', 'select  1;\n')).toBe('select  1;\n');
    await expect(format('packages/analytics/src/c.ts', 'export function (\n')).rejects.toThrow(
      InvalidEditsError,
    );
    await expect(format('packages/analytics/src/c.ts', 'export function (\n')).rejects.toThrow(
      /packages\/analytics\/src\/c.ts does not parse/,
    );
  });
});
