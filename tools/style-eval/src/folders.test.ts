import { join } from 'node:path';
import { packageDir } from '@baton/corpus';
import { tempFolderForTests } from '@baton/testing';
import { describe, expect, it } from 'vitest';
import { readFolder, readOtherStyle } from './codebases';
import { evaluateCodebase, evaluateFiles } from './evaluate';

describe('the style gate evaluated on a folder outside the manifest', () => {
  const folder = tempFolderForTests('baton-style-eval-');

  it('reads every TypeScript and JavaScript source, and no declarations or dependencies', () => {
    for (const path of [
      'src/index.ts',
      'src/view.tsx',
      'lib/server.js',
      'lib/cli.mjs',
      'lib/config.cjs',
      'types/index.d.ts',
      'types/module.d.mts',
      'node_modules/dep/index.js',
      'README.md',
    ]) {
      folder.write(path, 'export const a = 1;\n');
    }
    expect(readFolder(folder.root).map((file) => file.path)).toEqual([
      'lib/cli.mjs',
      'lib/config.cjs',
      'lib/server.js',
      'src/index.ts',
      'src/view.tsx',
    ]);
  });

  it('reads a folder of sources and scores it as the same codebase from the manifest', () => {
    const others = readOtherStyle();
    const files = readFolder(join(packageDir('@tanstack/query-core'), 'src'));
    expect(files.some((file) => file.path.endsWith('.d.ts'))).toBe(false);
    const fromFolder = evaluateFiles('query-core', files, others);
    const fromManifest = evaluateCodebase('query-core', others);
    expect(fromFolder.heldOut).toBe(fromManifest.heldOut);
    expect(fromFolder.falseAlarms.map((path) => `@tanstack/query-core/${path}`)).toEqual(
      fromManifest.falseAlarms,
    );
    expect(fromFolder.detections).toEqual(fromManifest.detections);
  });
});
