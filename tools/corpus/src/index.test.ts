import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cleanCorpusFiles,
  codebaseFiles,
  codebases,
  corpusPackages,
  packageDir,
  pinnedVersion,
  styleCorpora,
  styleCorpusFiles,
  type CodebaseName,
  type StyleCorpusName,
} from './index';

const rootPackage = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'package.json'), 'utf8'),
) as { devDependencies: Record<string, string> };

describe('the corpus manifest', () => {
  it('pins every corpus package exactly in the root package.json, installed at that version, under a licence that lets us read it', () => {
    for (const name of corpusPackages) {
      const version = rootPackage.devDependencies[name];
      expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
      expect(pinnedVersion(name), name).toBe(version);
      const installed = JSON.parse(
        readFileSync(join(packageDir(name), 'package.json'), 'utf8'),
      ) as {
        version: string;
        license: string;
      };
      expect(installed.version, name).toBe(version);
      expect(['MIT', 'ISC', 'Apache-2.0'], name).toContain(installed.license);
    }
  });

  it('selects each style corpus by its rule: sorted, sized, as many files as it picks', () => {
    for (const name of Object.keys(styleCorpora) as StyleCorpusName[]) {
      const corpus = styleCorpora[name];
      const pick = 'pick' in corpus ? corpus.pick : undefined;
      const files = styleCorpusFiles(name);
      const paths = files.map((file) => file.path);
      expect(paths, name).toEqual([...paths].sort());
      if (pick !== undefined) {
        expect(files, name).toHaveLength(pick);
        for (const file of files) {
          const size = readFileSync(file.absolutePath).length;
          expect(size, file.path).toBeGreaterThanOrEqual(1024);
          expect(size, file.path).toBeLessThanOrEqual(20 * 1024);
        }
      }
    }
    expect(styleCorpusFiles('zod').map((file) => file.path)).toContain('locales/en.ts');
  });

  it('reads whole codebases without tests, declaration or generated files', () => {
    for (const name of Object.keys(codebases) as CodebaseName[]) {
      const paths = codebaseFiles(name).map((file) => file.path);
      expect(paths.length, name).toBeGreaterThan(20);
      expect(
        paths.filter((path) => /\.d\.ts$|\.test\.|\.gen\.|(^|\/)(__tests__|model)\//.test(path)),
        name,
      ).toEqual([]);
    }
  });

  it('finds every file of the clean corpus', () => {
    for (const file of cleanCorpusFiles())
      expect(readFileSync(file.absolutePath, 'utf8')).not.toBe('');
  });
});
