import { describe, expect, it } from 'vitest';
import {
  departureTail,
  departureTails,
  filesInOwnVariant,
  fitDepartures,
  fitPrior,
  sharedLimit,
} from './significance';

describe('departureTail', () => {
  it('is the exact binomial tail when files do not differ', () => {
    // P(X ≥ 2) for X ~ Binomial(3, 0.5) = 4/8.
    expect(departureTail(2, 3, { rate: 0.5, overdispersion: 0 })).toBeCloseTo(0.5, 12);
    // P(X ≥ 5) for X ~ Binomial(5, 0.1) = 1e-5.
    expect(departureTail(5, 5, { rate: 0.1, overdispersion: 0 })).toBeCloseTo(1e-5, 15);
    expect(departureTail(0, 5, { rate: 0.1, overdispersion: 0 })).toBe(1);
  });

  it('makes a file wholly in another style likelier when departures cluster in files', () => {
    const independent = departureTail(4, 4, { rate: 0.05, overdispersion: 0 });
    const clustered = departureTail(4, 4, { rate: 0.05, overdispersion: 0.5 });
    expect(independent).toBeCloseTo(0.05 ** 4, 12);
    expect(clustered).toBeGreaterThan(100 * independent);
    // Beta-binomial with a = b = 1 (rate 0.5, overdispersion 1/3) is uniform over 0..n.
    expect(departureTail(3, 4, { rate: 0.5, overdispersion: 1 / 3 })).toBeCloseTo(2 / 5, 10);
  });

  it('takes a file written mostly in the variant to be as common as such files of the codebase', () => {
    // Two of 99 learned files are written in the variant, nine occurrences in ten of theirs.
    const model = {
      rate: 0.02,
      overdispersion: 0,
      mostly: { written: 2, files: 99, share: 0.9 },
    };
    // P(X ≥ 5 of 6 | rate 0.9) = 0.885735; the file is one of 100.
    expect(departureTail(5, 6, model)).toBeCloseTo(0.02 * 0.885735, 6);
    expect(departureTails(6, model, 1e-9)[4]).toBeCloseTo(0.02 * 0.885735, 6);
    // A file that departs less than half the time is judged by the rate alone.
    expect(departureTail(2, 6, model)).toBe(departureTail(2, 6, { rate: 0.02, overdispersion: 0 }));
    // Forty departures in forty are unlike the learned files as well.
    expect(departureTail(40, 40, model)).toBeLessThan(1e-3);
  });
});

describe('departureTails', () => {
  it('holds every p-value a count can give exactly, so a file at the limit departs', () => {
    // Rates that the codebases' files meet; 1 - (1 - rate) and rate differ in the last bits.
    for (const rate of [1.07276e-4, 2.17549e-4, 8.36793e-4, 2.74102e-3, 0.0163456]) {
      for (const observed of [1, 2, 5, 30]) {
        for (const overdispersion of [0, 0.3]) {
          const model = { rate, overdispersion };
          const tails = departureTails(observed, model, 0);
          for (let k = 1; k <= observed; k++) {
            expect(departureTail(k, observed, model)).toBe(tails[k - 1]);
            expect(departureTail(k, observed, model) <= sharedLimit([tails], 1)).toBe(true);
          }
        }
      }
    }
  });
});

describe('fitDepartures', () => {
  const prior = { departures: 0.1, observations: 1 };

  it('smooths the rate, so a codebase that never departed is not taken to never depart', () => {
    expect(fitDepartures([{ observed: 9, departing: 0 }], prior)).toEqual({
      rate: 0.01,
      overdispersion: 0,
    });
  });

  it('finds departures that cluster in a few files, and none when they are spread evenly', () => {
    const clustered = [
      ...Array.from({ length: 40 }, () => ({ observed: 10, departing: 0 })),
      ...Array.from({ length: 4 }, () => ({ observed: 10, departing: 10 })),
    ];
    expect(fitDepartures(clustered, prior).overdispersion).toBeGreaterThan(0.5);
    const spread = Array.from({ length: 40 }, (_, i) => ({
      observed: 10,
      departing: i % 2,
    }));
    expect(fitDepartures(spread, prior).overdispersion).toBe(0);
  });

  it('takes departures that fill one file for clustered, and remembers the files written so', () => {
    const one = [
      ...Array.from({ length: 40 }, () => ({ observed: 10, departing: 0 })),
      { observed: 10, departing: 9 },
    ];
    const model = fitDepartures(one, prior);
    expect(model.overdispersion).toBeGreaterThan(0.5);
    expect(model.mostly).toEqual({ written: 1, files: 41, share: 10 / 12 });
  });
});

describe('filesInOwnVariant', () => {
  const inStyle = Array.from({ length: 4 }, () => ({ observed: 4, departing: 0 }));
  const toward = (departing: number[]) =>
    departing.map((d, i) => ({ observed: i < 4 ? 4 : 6, departing: d }));

  it('counts the files each written in a variant no other file is, more than once', () => {
    // One file wholly in snake_case; two in PascalCase; one with a single slip toward other.
    const variants = [toward([0, 0, 0, 0, 6]), toward([3, 4, 0, 0, 0]), toward([0, 0, 1, 0, 0])];
    expect(filesInOwnVariant(variants)).toEqual({ written: 1, files: 5, share: 7 / 8, fewest: 2 });
    expect(filesInOwnVariant([toward([0, 0, 1, 0, 0])])).toBeUndefined();
    expect(filesInOwnVariant([inStyle])).toBeUndefined();
  });

  it('takes a file written wholly in a new variant to be one of them, but not a single slip', () => {
    const model = {
      rate: 0.001,
      overdispersion: 0,
      mostly: filesInOwnVariant([toward([0, 0, 0, 0, 6])]),
    };
    expect(departureTail(6, 6, model)).toBeGreaterThan(0.05);
    expect(departureTail(1, 1, model)).toBeCloseTo(0.001, 12);
  });
});

describe('fitPrior', () => {
  it('lends a codebase that mostly never departs a small rate for a variant it never wrote', () => {
    const counts = [
      ...Array.from({ length: 30 }, () => ({ observed: 300, departing: 0 })),
      { observed: 300, departing: 60 },
    ];
    const prior = fitPrior(counts, { departures: 0.1, observations: 1 });
    expect(prior.departures / (300 + prior.observations)).toBeLessThan(0.1 / 301);
  });

  it('holds a small codebase that never departed to a rate a codebase plausibly has', () => {
    // Eighteen files' worth, in which no variant departing from a convention was ever written: the
    // counts alone fit a rate of nothing best, and would judge one departure at p = 1e-9.
    const counts = Array.from({ length: 16 }, (_, i) => ({ observed: 11 + 3 * i, departing: 0 }));
    const prior = fitPrior(counts, { departures: 0.1, observations: 1 });
    const unwritten = prior.departures / (40 + prior.observations);
    expect(unwritten).toBeGreaterThan(1e-5);
    expect(unwritten).toBeLessThan(0.01);
  });

  it('keeps the fallback when there is nothing to fit', () => {
    const fallback = { departures: 0.1, observations: 1 };
    expect(fitPrior([{ observed: 5, departing: 0 }], fallback)).toBe(fallback);
  });
});

describe('sharedLimit', () => {
  it('spends on each test only the chance of the p-values it can reach', () => {
    const one = departureTails(1, { rate: 0.004, overdispersion: 0 }, 1e-9);
    expect(one).toEqual([expect.closeTo(0.004, 12)]);
    // Two tests that can each give p = 0.004 at most fit in 0.01; a third does not.
    expect(sharedLimit([one, one], 0.01)).toBeCloseTo(0.004, 12);
    expect(sharedLimit([one, one, one], 0.01)).toBe(0);
    // A test that cannot reach the limit spends nothing.
    const unreachable = departureTails(1, { rate: 0.5, overdispersion: 0 }, 1e-9);
    expect(sharedLimit([one, one, unreachable], 0.01)).toBeCloseTo(0.004, 12);
  });
});
