import { describe, expect, it } from 'vitest';
import { TextScanner, linesAround } from './text-scan';

describe('TextScanner', () => {
  const scanner = new TextScanner(['token', '--token', 'token=', 'pass', 'password']);

  it('finds every keyword whatever its case, those inside others included', () => {
    const { hits } = scanner.scan('cli --TOKEN=x; Password: y');
    expect(hits.positionsOf(['--token'])).toEqual([4]);
    expect(hits.positionsOf(['token', 'token='])).toEqual([6, 6]);
    expect(hits.positionsOf(['pass', 'password'])).toEqual([15, 15]);
  });

  it('keeps positions where lower-casing would change a text’s length', () => {
    const text = 'İİ token';
    expect('İİ'.toLowerCase().length).toBe(4);
    expect(scanner.scan(text).hits.positionsOf(['token'])).toEqual([3]);
  });

  it('returns the runs that may be random and passes over words and code', () => {
    const text =
      'key Zq8vLm2pR4xW9tB6 ImageEditCompletedEvent lowercasewordsonly src/v4/core/errors.ts';
    const { runs } = scanner.scan(text);
    expect(runs).toEqual([4, 20]);
  });
});

describe('linesAround', () => {
  const text = 'one\ntwo token\nthree\nfour\nfive token\nsix';

  it('gives the lines holding a position, with the lines after it, merged', () => {
    expect(linesAround(text, [8, 30])).toEqual([
      [4, 13],
      [25, 35],
    ]);
    expect(linesAround(text, [8], 1)).toEqual([[4, 19]]);
  });
});
