import { deriveSeed, DEFAULT_SEED } from '../util/index.js';
import type { KCurvePoint } from './clusterer.js';
import { ari } from './metrics.js';
import { sampleIndices } from './silhouette.js';

export interface StabilityOptions {
  /** Smallest k tried. Default 5. */
  kMin?: number;
  /** Largest k tried. Default 30. */
  kMax?: number;
  /** Distance between tried k values. Default max(1, ceil((kMax - kMin) / 12)); kMax is always tried. */
  step?: number;
  /** Points the curve is computed on (one seeded sample). Default 4,000. */
  sampleSize?: number;
  /** Subsamples clustered per k. Default 5. */
  rounds?: number;
  /** Share of the sample in each subsample. Default 0.8. */
  fraction?: number;
  /** Default DEFAULT_SEED (42). */
  seed?: number;
  /** k values tried so far out of all (choose-k took 16 s at 52,852 papers on a busy machine). */
  onProgress?: (done: number, total: number) => void;
}

/** Clusters `m` points (rows of X) into k groups. */
export type LabelFitter = (X: Float32Array, m: number, d: number, k: number, seed: number) => Int32Array;

/**
 * The auto-k criterion: clustering stability (Ben-Hur, Elisseeff & Guyon 2002;
 * Lange et al. 2004). At each k, `rounds` random subsamples are clustered
 * independently; the score is the mean ARI between every pair of clusterings on
 * the points they share. A k that matches the data's structure is found again
 * from any subsample; a k that cuts a group in two cuts it in a different place
 * each time. Unlike the silhouette, which rose from 0.419 at k = 5 to 0.460 at
 * k = 29 on papers.jsonl ("auto" = the cap), the ARI falls once k passes the
 * structure, so the curve peaks. The k chosen is the smallest within one sd of the peak (`oneSdK`).
 */
export function stabilityCurve(X: Float32Array, n: number, d: number, fitLabels: LabelFitter, options: StabilityOptions = {}): { k: number; curve: KCurvePoint[] } {
  const kMin = Math.max(2, options.kMin ?? 5);
  const seed = options.seed ?? DEFAULT_SEED;
  const sample = sampleIndices(n, Math.min(n, options.sampleSize ?? 4000), deriveSeed(seed, 'stability-sample'));
  const m = sample.length;
  const kMax = Math.min(options.kMax ?? 30, Math.floor(m * (options.fraction ?? 0.8)) - 1);
  if (kMax < kMin) throw new Error(`auto k: no k in [${kMin}, ${kMax}] for ${n} points`);
  const step = options.step ?? Math.max(1, Math.ceil((kMax - kMin) / 12));
  const rounds = Math.max(2, options.rounds ?? 5);
  const size = Math.max(kMax + 1, Math.round(m * (options.fraction ?? 0.8)));

  // The same subsamples serve every k, so the scores differ only by k.
  const subsets = Array.from({ length: rounds }, (_, r) => {
    const pick = sampleIndices(m, size, deriveSeed(seed, `stability-subset-${r}`));
    const rows = new Float32Array(pick.length * d);
    pick.forEach((s, j) => rows.set(X.subarray(sample[s] * d, sample[s] * d + d), j * d));
    return { pick, rows };
  });
  const ks: number[] = [];
  for (let k = kMin; k < kMax; k += step) ks.push(k);
  ks.push(kMax);

  options.onProgress?.(0, ks.length);
  const curve = ks.map((k, i) => {
    const labelings = subsets.map(({ pick, rows }, r) => {
      const full = new Int32Array(m).fill(-1);
      const lab = fitLabels(rows, pick.length, d, k, deriveSeed(seed, `stability-${k}-${r}`));
      pick.forEach((s, j) => (full[s] = lab[j]));
      return full;
    });
    const scores: number[] = [];
    for (let a = 0; a < rounds; a++) for (let b = a + 1; b < rounds; b++) scores.push(sharedAri(labelings[a], labelings[b]));
    const mean = scores.reduce((s, v) => s + v, 0) / scores.length;
    const sd = Math.sqrt(scores.reduce((s, v) => s + (v - mean) ** 2, 0) / scores.length);
    options.onProgress?.(i + 1, ks.length);
    return { k, score: mean, sd };
  });
  return { k: oneSdK(curve), curve };
}

/**
 * The smallest k whose stability is within one standard deviation (of the pairwise ARIs at the
 * peak) of the peak: k values the subsamples cannot tell apart from the peak count as equally
 * stable, and the coarser one is preferred, as in the one-standard-error rule. Over the same
 * curves (bench/results/quality-autok-metrics.md, seeds 42/1/2), against the plain peak, mean
 * AMI with the labels: labeled.jsonl 0.285 → 0.310 (all), 0.197 → 0.223 (early half), 0.256 →
 * 0.307 (late half); labeled-recent.jsonl 0.347 → 0.355, 0.298 → 0.305, 0.344 (unchanged): never
 * worse on either set or split. papers.jsonl keeps k = 14 (peak 0.824 ± 0.044; k = 5 scores 0.772).
 */
export function oneSdK(curve: readonly KCurvePoint[]): number {
  let best = curve[0];
  for (const p of curve) if (p.score > best.score) best = p;
  const floor = best.score - (best.sd ?? 0);
  return curve.find((p) => p.score >= floor)!.k;
}

/** ARI of two labelings over the points both cover (label -1 = not in that subsample). */
function sharedAri(a: Int32Array, b: Int32Array): number {
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] < 0 || b[i] < 0) continue;
    x.push(a[i]);
    y.push(b[i]);
  }
  return ari(x, y);
}
