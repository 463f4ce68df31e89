/** How a codebase's files depart from one of its conventions: the chance of a departure, and how much files differ. */
export interface DepartureModel {
  /** The chance that one occurrence in a file written in the codebase's style departs (0 to 1). */
  rate: number;
  /** Intra-file correlation (0 to 1): 0 when departures fall independently, higher when they cluster in some files. */
  overdispersion: number;
  /**
   * The learned files written mostly in this variant (absent when none is): how many of the `files`
   * judged, and the share of their occurrences in it. A file is as likely to be one of them as
   * they are common, and to depart as often as that share makes likely. With `fewest`, a file
   * departing fewer times than that is none of them.
   */
  mostly?: { written: number; files: number; share: number; fewest?: number };
}

/** Whether a file's departures are most of its occurrences: the file is written in the variant. */
const writtenMostlyIn = (departing: number, observed: number) => 2 * departing > observed;

// Lanczos approximation of ln Γ (g = 7, 9 terms): about 15 significant digits for x > 0.
const lanczos = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = lanczos[0];
  for (let i = 1; i < lanczos.length; i++) sum += lanczos[i] / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const logBeta = (a: number, b: number) => logGamma(a) + logGamma(b) - logGamma(a + b);
const logChoose = (n: number, k: number) => logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);

/** ln P(X = i) for X the departures among `observed` occurrences of a file in the codebase's style. */
function departurePmf(observed: number, model: DepartureModel): (i: number) => number {
  const rate = Math.min(Math.max(model.rate, 1e-12), 1 - 1e-12);
  const rho = model.overdispersion;
  if (rho <= 0) {
    return (i) => logChoose(observed, i) + i * Math.log(rate) + (observed - i) * Math.log(1 - rate);
  }
  const a = (rate * (1 - rho)) / rho;
  const b = ((1 - rate) * (1 - rho)) / rho;
  const base = logBeta(a, b);
  return (i) => logChoose(observed, i) + logBeta(i + a, observed - i + b) - base;
}

/**
 * P(X ≥ k) for k = 0 to `observed`, summed from the top down so that a small tail stays exact
 * where 1 - P(X < k) would cancel to nothing.
 */
function upperTails(observed: number, model: DepartureModel): number[] {
  const logPmf = departurePmf(observed, model);
  const tails = new Array<number>(observed + 2).fill(0);
  for (let i = observed; i >= 0; i--) tails[i] = tails[i + 1] + Math.exp(logPmf(i));
  return tails.map((tail) => Math.min(1, tail));
}

/**
 * P(X ≥ departing) for X the departures among `observed` occurrences of a file written in the
 * codebase's style: beta-binomial when files differ (overdispersion > 0), binomial otherwise.
 */
export function departureTail(departing: number, observed: number, model: DepartureModel): number {
  if (departing <= 0) return 1;
  if (departing > observed) return 0;
  return departureTails(observed, model, 0)[departing - 1];
}

/**
 * A tail no smaller than the chance that a file is one of those the codebase writes mostly in the
 * variant and departs as often: a mixture of the two kinds of file, of which the rate fits one.
 */
function withFilesWritten(
  tail: number,
  departing: number,
  observed: number,
  model: DepartureModel,
  asOften: () => readonly number[],
): number {
  if (!model.mostly || !writtenMostlyIn(departing, observed)) return tail;
  if (departing < (model.mostly.fewest ?? 1)) return tail;
  const { written, files } = model.mostly;
  // The file under test is one more file of the codebase.
  const common = written / (files + 1);
  return Math.max(tail, common * asOften()[departing]);
}

// A profile's models are asked for the same tails by file after file.
const tailsOfModel = new WeakMap<DepartureModel, Map<string, readonly number[]>>();

/**
 * Every p-value a test on `observed` occurrences can give, P(X ≥ k) for k = 1, 2, ..., down to
 * the first under `floor`: a count's p-value is all of the chance a test spends on it and beyond.
 * {@link departureTail} reads its p-value from here, so a count's p-value is one of these exactly.
 */
export function departureTails(
  observed: number,
  model: DepartureModel,
  floor: number,
): readonly number[] {
  const key = `${observed} ${floor}`;
  const byModel = tailsOfModel.get(model) ?? new Map<string, readonly number[]>();
  tailsOfModel.set(model, byModel);
  let tails = byModel.get(key);
  if (!tails) {
    tails = tailsUnder(observed, model, floor);
    byModel.set(key, tails);
  }
  return tails;
}

function tailsUnder(observed: number, model: DepartureModel, floor: number): number[] {
  const upper = upperTails(observed, model);
  let written: number[] | undefined;
  const asOften = () =>
    (written ??= upperTails(observed, { rate: model.mostly!.share, overdispersion: 0 }));
  const tails: number[] = [];
  for (let k = 1; k <= observed; k++) {
    const tail = withFilesWritten(upper[k], k, observed, model, asOften);
    tails.push(tail);
    if (tail < floor) break;
  }
  return tails;
}

/**
 * The largest p-value limit under which a file in the codebase's style fails any of the tests
 * with at most `alpha` chance: each test spends only the chance of the p-values it can give
 * under the limit (a discrete Bonferroni bound), so a test that cannot reach the limit spends
 * nothing and one that can reach it on one occurrence spends just that occurrence's chance.
 */
export function sharedLimit(tests: ReadonlyArray<readonly number[]>, alpha: number): number {
  const spent = (limit: number) =>
    tests.reduce((sum, tails) => sum + (tails.find((tail) => tail <= limit) ?? 0), 0);
  const candidates = [...new Set(tests.flat())]
    .filter((tail) => tail <= alpha)
    .sort((a, b) => a - b);
  let low = 0;
  let high = candidates.length - 1;
  let best = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spent(candidates[middle]) <= alpha) {
      best = candidates[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  return best;
}

function logLikelihood(
  files: ReadonlyArray<{ observed: number; departing: number }>,
  rate: number,
  rho: number,
): number {
  if (rho <= 0) {
    return files.reduce(
      (sum, f) =>
        sum + f.departing * Math.log(rate) + (f.observed - f.departing) * Math.log(1 - rate),
      0,
    );
  }
  const a = (rate * (1 - rho)) / rho;
  const b = ((1 - rate) * (1 - rho)) / rho;
  const base = logBeta(a, b);
  return files.reduce(
    (sum, f) => sum + logBeta(f.departing + a, f.observed - f.departing + b) - base,
    0,
  );
}

/** The occurrences and departures of several files together. */
export const totalOccurrences = (files: ReadonlyArray<{ observed: number; departing: number }>) =>
  files.reduce(
    (total, file) => ({
      observed: total.observed + file.observed,
      departing: total.departing + file.departing,
    }),
    { observed: 0, departing: 0 },
  );

/**
 * The learned files written mostly in a variant no other learned file is written in, as a
 * departure model's `mostly`: as many as they are, a file is as likely to be written in a variant
 * of its own that the learned files never wrote (Good-Turing's estimate of an unseen kind). Each
 * of `variants` holds every file's occurrences and its departures toward one variant written.
 */
export function filesInOwnVariant(
  variants: ReadonlyArray<ReadonlyArray<{ observed: number; departing: number }>>,
): DepartureModel['mostly'] {
  const alone = variants
    .map((files) => files.filter((file) => writtenMostlyIn(file.departing, file.observed)))
    // One departure is as much a slip as a file's own variant: it shows neither, learned or checked.
    .filter((written) => written.length === 1 && written[0].departing > 1)
    .map(([file]) => file);
  if (alone.length === 0) return undefined;
  const files = variants[0].filter((file) => file.observed > 0).length;
  const inAlone = totalOccurrences(alone);
  const share = (inAlone.departing + 1) / (inAlone.observed + 2);
  return { written: alone.length, files, share, fewest: 2 };
}

const maxOverdispersion = 0.95;
const minDepartingFiles = 3;

/**
 * The departure model of a convention from each learned file's counts. The rate is smoothed by a
 * Beta prior (`prior.departures` in `prior.observations`), so that a codebase that never departed
 * in ten occurrences is not taken to never depart; the overdispersion is the one under which the
 * files' counts are likeliest (a golden-section search), as it must account for the few files
 * written wholly in another style.
 */
export function fitDepartures(
  files: ReadonlyArray<{ observed: number; departing: number }>,
  prior: { departures: number; observations: number },
): DepartureModel {
  const { observed, departing } = totalOccurrences(files);
  const rate = (departing + prior.departures) / (observed + prior.observations);
  const written = files.filter((file) => writtenMostlyIn(file.departing, file.observed));
  const judged = files.filter((file) => file.observed > 0).length;
  const inWritten = totalOccurrences(written);
  // Laplace's rule, one more occurrence of each kind than seen: a file of one departure is not half in style.
  const share = (inWritten.departing + 1) / (inWritten.observed + 2);
  const mostly =
    written.length > 0 ? { mostly: { written: written.length, files: judged, share } } : {};
  const informative = files.filter((file) => file.observed > 1);
  // Departures cluster when several files depart, or when one file departs more than once.
  const departingFiles = files.filter((file) => file.departing > 0).length;
  const clustered = departingFiles >= minDepartingFiles || departing > departingFiles;
  if (!clustered || departing === observed || informative.length === 0) {
    return { rate, overdispersion: 0, ...mostly };
  }
  const score = (rho: number) => logLikelihood(informative, rate, rho);
  const golden = (Math.sqrt(5) - 1) / 2;
  let low = 0;
  let high = maxOverdispersion;
  for (let step = 0; step < 40; step++) {
    const left = high - golden * (high - low);
    const right = low + golden * (high - low);
    if (score(left) < score(right)) low = left;
    else high = right;
  }
  const best = (low + high) / 2;
  return { rate, overdispersion: score(best) > score(0) ? best : 0, ...mostly };
}

/** A Beta prior on a departure rate, as pseudo-counts: `departures` in `observations`. */
export interface DeparturePrior {
  departures: number;
  observations: number;
}

/**
 * The log-density, up to a constant, of a weak prior on the prior itself: normal in log-mean and
 * log-strength around what codebases show (about 2% departures, in the strength of 4.5
 * occurrences; the pinned codebases fit 0.9 to 4% and 3 to 12), three e-folds wide. A large
 * codebase's counts outweigh it; a small one's, which fit a mean of nothing or a certainty of
 * thousands of occurrences equally well, are held to a rate a codebase plausibly has.
 */
function hyperprior(logMean: number, logStrength: number): number {
  const width = 3;
  return -((logMean + 4) ** 2 + (logStrength - 1.5) ** 2) / (2 * width * width);
}

/**
 * The Beta prior under which a codebase's departure counts (toward each variant of each
 * convention it holds to) are likeliest: an empirical-Bayes fit, so that a codebase that holds
 * most of its conventions without fail lends that certainty to a variant it never wrote.
 */
export function fitPrior(
  counts: ReadonlyArray<{ observed: number; departing: number }>,
  fallback: DeparturePrior,
): DeparturePrior {
  const data = counts.filter((count) => count.observed > 0);
  if (data.length < 2) return fallback;
  const score = (logMean: number, logStrength: number) => {
    const mean = Math.exp(logMean);
    const strength = Math.exp(logStrength);
    const a = mean * strength;
    const b = (1 - mean) * strength;
    const base = logBeta(a, b);
    return (
      data.reduce(
        (sum, c) => sum + logBeta(c.departing + a, c.observed - c.departing + b) - base,
        0,
      ) + hyperprior(logMean, logStrength)
    );
  };
  // A coarse grid over log-mean and log-strength, then a finer one around the best point.
  let best = { logMean: -3, logStrength: 0, score: -Infinity };
  for (const [span, steps] of [
    [null, 48],
    [0.5, 20],
  ] as const) {
    const center = best;
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= steps; j++) {
        const logMean =
          span === null ? -12 + (11.9 * i) / steps : center.logMean + span * ((2 * i) / steps - 1);
        const logStrength =
          span === null ? -4 + (12 * j) / steps : center.logStrength + span * ((2 * j) / steps - 1);
        if (logMean >= 0) continue;
        const value = score(logMean, logStrength);
        if (value > best.score) best = { logMean, logStrength, score: value };
      }
    }
  }
  const strength = Math.exp(best.logStrength);
  return { departures: Math.exp(best.logMean) * strength, observations: strength };
}
