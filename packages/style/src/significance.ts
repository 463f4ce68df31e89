/** How a codebase's files depart from one of its conventions: the chance of a departure, and how much files differ. */
export interface DepartureModel {
  /** The chance that one occurrence in a file written in the codebase's style departs (0 to 1). */
  rate: number;
  /** Intra-file correlation (0 to 1): 0 when departures fall independently, higher when they cluster in some files. */
  overdispersion: number;
}

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

/**
 * P(X ≥ departing) for X the departures among `observed` occurrences of a file written in the
 * codebase's style: beta-binomial when files differ (overdispersion > 0), binomial otherwise.
 */
export function departureTail(departing: number, observed: number, model: DepartureModel): number {
  if (departing <= 0) return 1;
  const rate = Math.min(Math.max(model.rate, 1e-12), 1 - 1e-12);
  const rho = model.overdispersion;
  const logPmf =
    rho > 0
      ? (() => {
          const a = (rate * (1 - rho)) / rho;
          const b = ((1 - rate) * (1 - rho)) / rho;
          const base = logBeta(a, b);
          return (i: number) => logChoose(observed, i) + logBeta(i + a, observed - i + b) - base;
        })()
      : (i: number) =>
          logChoose(observed, i) + i * Math.log(rate) + (observed - i) * Math.log(1 - rate);
  let tail = 0;
  for (let i = departing; i <= observed; i++) tail += Math.exp(logPmf(i));
  return Math.min(1, tail);
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
  let observed = 0;
  let departing = 0;
  for (const file of files) {
    observed += file.observed;
    departing += file.departing;
  }
  const rate = (departing + prior.departures) / (observed + prior.observations);
  const informative = files.filter((file) => file.observed > 1);
  // Whether departures cluster in files can only be told from departures in several files.
  const departingFiles = files.filter((file) => file.departing > 0).length;
  if (departingFiles < minDepartingFiles || departing === observed || informative.length === 0) {
    return { rate, overdispersion: 0 };
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
  return { rate, overdispersion: score(best) > score(0) ? best : 0 };
}
