import { describe, expect, it } from 'vitest';
import { evaluateStyleGate, recallOf, type CodebaseScore } from './evaluate';

/**
 * The figures measured on the pinned packages, every file held out once over five folds (held-out
 * files that are false alarms; restyled files flagged, by convention): a change to the gate may
 * improve them, never worsen them.
 */
const measured: Record<string, { falseAlarms: number; flagged: Record<string, number> }> = {
  'anthropic-sdk': {
    // 6 since a `.then()` on `new Promise(…)` is no choice: `core/api-promise.ts`'s one `.then()` is then the codebase's only one.
    falseAlarms: 6,
    flagged: {
      'naming.functions': 65,
      'naming.variables': 57,
      'naming.constants': 4,
      'naming.classes': 135,
      'naming.types': 162,
      'naming.files': 77,
      'exports.kind': 206,
      'async.form': 34,
      'modules.system': 186,
      'errors.thrown': 58,
      'comments.banners': 302,
      'another codebase': 285,
    },
  },
  openai: {
    falseAlarms: 1,
    flagged: {
      'naming.functions': 29,
      'naming.variables': 34,
      'naming.classes': 26,
      'naming.types': 41,
      'exports.kind': 46,
      'async.form': 16,
      // Scored since a one-expression arrow fits both forms: one fold's arrows fall under 5%.
      'functions.form': 1,
      'modules.system': 34,
      'errors.thrown': 28,
      'comments.banners': 60,
      'another codebase': 280,
    },
  },
  zod: {
    falseAlarms: 2,
    flagged: {
      'naming.functions': 88,
      'naming.variables': 79,
      // 2 since functions typing their `this` count as functions: two folds learn too few classes to judge.
      'naming.classes': 2,
      'naming.types': 32,
      // 7 of 10 since version 11: a restyled name's p-value (0.5-0.7%) sits at its limit, which the
      // other conventions' tests set; two files of ten stayed at it before.
      'naming.files': 7,
      'imports.typeOnly': 85,
      'modules.system': 94,
      'errors.thrown': 10,
      'comments.banners': 107,
      'another codebase': 285,
    },
  },
  'gpt-tokenizer': {
    falseAlarms: 0,
    flagged: {
      'naming.variables': 11,
      'naming.types': 7,
      'types.objectShape': 5,
      'imports.typeOnly': 14,
      'modules.system': 21,
      'errors.thrown': 6,
      'comments.banners': 31,
      'another codebase': 282,
      'naming.constants': 0,
    },
  },
  'query-core': {
    falseAlarms: 0,
    flagged: {
      'naming.functions': 15,
      'naming.variables': 16,
      'naming.classes': 15,
      'naming.types': 19,
      'exports.kind': 22,
      'functions.form': 12,
      'imports.typeOnly': 16,
      'modules.system': 19,
      'comments.banners': 23,
      'another codebase': 290,
      'naming.files': 9,
    },
  },
  rxjs: {
    // 1 since a file named after the type or variable it exports takes its case from it: the
    // PascalCase names left, with no such reason, are rarer, and `internal/NotificationFactories.ts`
    // (p = 0.0096) reaches its limit exactly. 1 of 244 held out, 0.4%.
    falseAlarms: 1,
    flagged: {
      'naming.functions': 191,
      'naming.variables': 73,
      'naming.classes': 24,
      'naming.types': 38,
      'naming.files': 125,
      'exports.kind': 233,
      'functions.form': 120,
      'types.objectShape': 32,
      'modules.system': 217,
      'errors.thrown': 7,
      'comments.banners': 244,
      'another codebase': 290,
    },
  },
  'trpc-server': {
    falseAlarms: 0,
    flagged: {
      'naming.functions': 48,
      'naming.variables': 30,
      'naming.types': 39,
      'naming.files': 33,
      'exports.kind': 53,
      'async.form': 17,
      // Scored since a one-expression arrow fits both forms: arrows fall under 5% of the code.
      'functions.form': 6,
      'imports.typeOnly': 46,
      'modules.system': 41,
      'errors.thrown': 25,
      'comments.banners': 77,
      // 280 since a one-expression arrow fits both forms: one CommonJS file departs only in such arrows.
      'another codebase': 280,
    },
  },
  mobx: {
    falseAlarms: 0,
    flagged: {
      'naming.functions': 49,
      'naming.variables': 24,
      'naming.types': 30,
      'exports.kind': 51,
      'functions.form': 47,
      'modules.system': 51,
      'comments.banners': 55,
      'another codebase': 292,
      'naming.constants': 5,
      'naming.classes': 1,
    },
  },
  'redux-toolkit': {
    falseAlarms: 0,
    flagged: {
      'naming.functions': 77,
      'naming.variables': 47,
      // 52 of 52 since a one-letter name fits every case: two files name no type of more letters.
      'naming.types': 52,
      'exports.kind': 83,
      'async.form': 0,
      'imports.typeOnly': 66,
      'modules.system': 59,
      'errors.thrown': 5,
      'comments.banners': 105,
      'another codebase': 285,
    },
  },
  'tiptap-core': {
    falseAlarms: 3,
    flagged: {
      'naming.functions': 218,
      // 104 of 104 since a variable named by the field it holds keeps its case: one file has no chosen name left.
      'naming.variables': 104,
      'naming.classes': 18,
      'naming.types': 96,
      'naming.files': 204,
      'exports.kind': 239,
      'imports.typeOnly': 149,
      'modules.system': 147,
      'errors.thrown': 4,
      'comments.banners': 252,
      'another codebase': 285,
    },
  },
};
describe('the style gate on codebases no one here wrote', () => {
  let scores: CodebaseScore[];

  it(
    'learns each codebase on four fifths of its files and checks the rest, fold by fold',
    { timeout: 300_000 },
    () => {
      scores = evaluateStyleGate();
      expect(scores.map((score) => score.name)).toEqual(Object.keys(measured));
      for (const score of scores) {
        expect(score.learned).toBeLessThan(score.heldOut);
        expect(score.heldOut).toBeGreaterThan(20);
      }
    },
  );

  it('flags no more held-out human-written files than measured', () => {
    for (const score of scores) {
      expect(
        score.falseAlarms.length,
        `${score.name}: ${score.falseAlarms.join(', ')}`,
      ).toBeLessThanOrEqual(measured[score.name].falseAlarms);
    }
  });

  it('flags at least as many restyled files, and files of other codebases, as measured', () => {
    for (const score of scores) {
      const flagged = Object.fromEntries(
        score.detections.filter((d) => !d.skipped).map((d) => [d.convention, d.flagged]),
      );
      for (const [convention, count] of Object.entries(measured[score.name].flagged)) {
        expect(flagged[convention] ?? 0, `${score.name} ${convention}`).toBeGreaterThanOrEqual(
          count,
        );
      }
      expect(recallOf(score.detections)).toBeGreaterThan(0.9);
    }
  });
});
