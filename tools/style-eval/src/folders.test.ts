import { join } from 'node:path';
import { packageDir } from '@baton/corpus';
import { describe, expect, it } from 'vitest';
import { readFolder, readOtherStyle } from './codebases';
import { evaluateCodebase, evaluateFiles } from './evaluate';

describe('the style gate evaluated on a folder outside the manifest', () => {
  it('reads a folder of sources and scores it as the same codebase from the manifest', () => {
    const others = readOtherStyle();
    const folder = readFolder(join(packageDir('@tanstack/query-core'), 'src'));
    expect(folder.some((file) => file.path.endsWith('.d.ts'))).toBe(false);
    const fromFolder = evaluateFiles('query-core', folder, others);
    const fromManifest = evaluateCodebase('query-core', others);
    expect(fromFolder.heldOut).toBe(fromManifest.heldOut);
    expect(fromFolder.falseAlarms.map((path) => `@tanstack/query-core/${path}`)).toEqual(
      fromManifest.falseAlarms,
    );
    expect(fromFolder.detections).toEqual(fromManifest.detections);
  });
});
