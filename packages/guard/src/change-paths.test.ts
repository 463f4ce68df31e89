import { afterAll, describe, expect, it } from 'vitest';
import {
  acceptedChanges,
  escapeAttempts,
  makeChangeWorkspace,
  projectRoot,
} from './__fixtures__/attempts';
import { validateChangePath, validateChanges } from './change-paths';
import { EscapingPathError } from './errors';

const workspace = makeChangeWorkspace();
afterAll(() => workspace.dispose());
const { workspaceRoot } = workspace;

function refusalOf(path: string) {
  try {
    validateChangePath({ workspaceRoot, projectRoot, path });
  } catch (error) {
    if (error instanceof EscapingPathError) return error.refusals[0].reason;
    throw error;
  }
  return 'accepted';
}

describe('validateChangePath', () => {
  it.each(
    escapeAttempts.map((attempt) => [JSON.stringify(attempt.path), attempt.path, attempt.reason]),
  )('refuses %s', (_name, path, reason) => {
    expect(refusalOf(path)).toBe(reason);
  });

  it.each(acceptedChanges.map(({ path, normalised }) => [path, normalised]))(
    'accepts %s as %s',
    (path, normalised) => {
      expect(validateChangePath({ workspaceRoot, projectRoot, path })).toBe(normalised);
    },
  );

  it('says which path, why, and what to do, in one paragraph', () => {
    expect(() =>
      validateChangePath({
        workspaceRoot,
        projectRoot,
        path: 'packages/analytics/.husky/pre-commit',
      }),
    ).toThrowError(
      /"packages\/analytics\/.husky\/pre-commit", which is git hooks, which model output may never change\. Nothing was written.*Run the phase again/,
    );
  });

  it('accepts anything unprotected in a root project ("." as the project root)', () => {
    expect(validateChangePath({ workspaceRoot, projectRoot: '.', path: 'src/main.ts' })).toBe(
      'src/main.ts',
    );
    expect(() =>
      validateChangePath({ workspaceRoot, projectRoot: '.', path: 'package.json' }),
    ).toThrow(EscapingPathError);
  });
});

describe('validateChanges', () => {
  it('returns every normalised path when all are allowed', () => {
    expect(
      validateChanges({ workspaceRoot, projectRoot, paths: acceptedChanges.map((c) => c.path) }),
    ).toEqual(acceptedChanges.map((c) => c.normalised));
  });

  it('refuses the whole answer when one path escapes, naming every refused path', () => {
    const paths = [
      'packages/analytics/src/a.ts',
      'packages/analytics/.github/workflows/ci.yml',
      'packages/analytics/src/b.ts',
      '../../etc/cron.d/evil',
    ];
    let error: unknown;
    try {
      validateChanges({ workspaceRoot, projectRoot, paths });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EscapingPathError);
    expect((error as EscapingPathError).refusals.map((r) => [r.path, r.reason])).toEqual([
      ['packages/analytics/.github/workflows/ci.yml', 'protected'],
      ['../../etc/cron.d/evil', 'parent-segment'],
    ]);
  });

  it('refuses two spellings of one file', () => {
    expect(() =>
      validateChanges({
        workspaceRoot,
        projectRoot,
        paths: ['packages/analytics/src/A.ts', 'packages/analytics/src/./a.ts'],
      }),
    ).toThrowError(/names the same file as "packages\/analytics\/src\/A.ts"/);
  });
});
