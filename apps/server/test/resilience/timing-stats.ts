/**
 * Whether two sets of response times differ beyond noise (sign-in-timing.test.ts). Tests only.
 */

/**
 * What tells two timings apart: a significant difference (p < 0.001) AND medians more than
 * 2 ms or 25 % apart. Loose on purpose (the machine is shared): noise alone rarely passes
 * both, a few milliseconds of work done for one kind only does.
 */
const ALPHA = 0.001;
const MIN_DIFF_MS = 2;
const MAX_RELATIVE = 0.25;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** erfc(x) for x >= 0 (Abramowitz & Stegun 7.1.26, error below 1.5e-7). */
function erfc(x: number): number {
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return poly * Math.exp(-x * x);
}

/** Ranks (1-based, ties averaged) of values sorted by `key`, and the tie term Σ(t³ - t). */
function rank<T>(items: T[], key: (item: T) => number): { ranked: [T, number][]; ties: number } {
  const sorted = [...items].sort((x, y) => key(x) - key(y));
  const ranked: [T, number][] = [];
  let ties = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && key(sorted[j + 1] as T) === key(sorted[i] as T)) j += 1;
    for (let k = i; k <= j; k += 1) ranked.push([sorted[k] as T, (i + j + 2) / 2]);
    ties += (j - i + 1) ** 3 - (j - i + 1);
    i = j + 1;
  }
  return { ranked, ties };
}

/** Two-sided p of a statistic `w` around `mean` with deviation `sigma` (continuity corrected). */
function normalP(w: number, mean: number, sigma: number): number {
  if (!(sigma > 0)) return 1;
  return Math.min(1, erfc(Math.max(0, Math.abs(w - mean) - 0.5) / sigma / Math.SQRT2));
}

/** Mann-Whitney U test of two independent samples: its two-sided p-value. */
export function mannWhitneyP(a: number[], b: number[]): number {
  const all = [...a.map((v) => ({ v, first: true })), ...b.map((v) => ({ v, first: false }))];
  const { ranked, ties } = rank(all, (x) => x.v);
  const rankSum = ranked.reduce((sum, [x, r]) => (x.first ? sum + r : sum), 0);
  const [n1, n2, n] = [a.length, b.length, all.length];
  const u = rankSum - (n1 * (n1 + 1)) / 2;
  const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - ties / (n * (n - 1))));
  return normalP(u, (n1 * n2) / 2, sigma);
}

/** Wilcoxon signed-rank test of paired differences (zeros dropped): its two-sided p-value. */
export function wilcoxonP(differences: number[]): number {
  const d = differences.filter((x) => x !== 0);
  const n = d.length;
  const { ranked, ties } = rank(d, Math.abs);
  const positive = ranked.reduce((sum, [x, r]) => (x > 0 ? sum + r : sum), 0);
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - ties / 48);
  return normalP(positive, (n * (n + 1)) / 4, sigma);
}

export interface Comparison {
  medians: [number, number];
  diffMs: number;
  relative: number;
  /** Mann-Whitney, as two independent samples. */
  p: number;
  /** The same pairs measured side by side: the median of their differences, and Wilcoxon's p. */
  pairedDiffMs: number;
  pairedP: number;
  distinguishable: boolean;
}

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

/**
 * Compares `a[i]` and `b[i]`, measured one right after the other: as two samples (medians),
 * and as pairs (a load that comes and goes hits both of a pair alike, so it cancels out).
 */
export function compare(a: number[], b: number[]): Comparison {
  const medians: [number, number] = [median(a), median(b)];
  const diffMs = Math.abs(medians[0] - medians[1]);
  const relative = diffMs / Math.max(...medians);
  const p = mannWhitneyP(a, b);
  const differences = a.map((x, i) => x - (b[i] ?? x));
  const pairedDiffMs = median(differences);
  const pairedP = wilcoxonP(differences);
  const apart = (pValue: number, ms: number) =>
    pValue < ALPHA &&
    (Math.abs(ms) > MIN_DIFF_MS || Math.abs(ms) / Math.max(...medians) > MAX_RELATIVE);
  return {
    medians: [round(medians[0], 2), round(medians[1], 2)],
    diffMs: round(diffMs, 2),
    relative: round(relative, 3),
    p,
    pairedDiffMs: round(pairedDiffMs, 2),
    pairedP,
    distinguishable: apart(p, diffMs) || apart(pairedP, pairedDiffMs),
  };
}
