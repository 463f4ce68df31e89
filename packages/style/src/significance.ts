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

/**
 * The departure model of a convention from each learned file's counts. The rate is smoothed by a
 * Beta prior (`prior.departures` in `prior.observations`), so that a codebase that never departed
 * in ten occurrences is not taken to never depart; the overdispersion is the moment estimate.
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
  if (observed === 0 || departing === 0 || departing === observed) {
    return { rate, overdispersion: 0 };
  }
  const raw = departing / observed;
  const variance = raw * (1 - raw);
  let spread = 0;
  let binomial = 0;
  let pairs = 0;
  for (const file of files) {
    spread += (file.departing - file.observed * raw) ** 2;
    binomial += file.observed * variance;
    pairs += file.observed * (file.observed - 1) * variance;
  }
  const overdispersion = pairs > 0 ? Math.min(Math.max((spread - binomial) / pairs, 0), 0.95) : 0;
  return { rate, overdispersion };
}
