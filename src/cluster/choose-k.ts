import { deriveSeed, DEFAULT_SEED } from '../util/index.js';
import { KMeans } from './kmeans.js';
import { silhouette } from './silhouette.js';

export interface ChooseKOptions {
  /** Smallest k tried. Default 5. */
  kMin?: number;
  /** Largest k tried. Default 30. */
  kMax?: number;
  /** Distance between tried k values. Default max(1, ceil((kMax - kMin) / 10)); kMax is always tried. */
  step?: number;
  /** Points scored by the silhouette (one seeded sample shared by every k). Default 2,000. */
  sampleSize?: number;
  /** k-means restarts per k. Default 2. */
  nInit?: number;
  /** Default DEFAULT_SEED (42). */
  seed?: number;
}

/**
 * Pick the number of k-means clusters. Criterion: the k with the highest mean
 * silhouette (Euclidean, on one seeded sample of `sampleSize` points, so every k is
 * scored on the same points); ties go to the smaller k. k-means itself is fitted on
 * all points. Returns the scores of every k tried, ascending in k.
 */
export function chooseK(X: Float32Array, n: number, d: number, options: ChooseKOptions = {}): { k: number; scores: { k: number; silhouette: number }[] } {
  const kMin = Math.max(2, options.kMin ?? 5);
  const kMax = Math.min(options.kMax ?? 30, n - 1);
  if (kMax < kMin) throw new Error(`chooseK: no k in [${kMin}, ${kMax}] for ${n} points`);
  const step = options.step ?? Math.max(1, Math.ceil((kMax - kMin) / 10));
  const seed = options.seed ?? DEFAULT_SEED;
  const ks: number[] = [];
  for (let k = kMin; k < kMax; k += step) ks.push(k);
  ks.push(kMax);

  const scores = ks.map((k) => {
    const km = new KMeans({ k, nInit: options.nInit ?? 2, seed: deriveSeed(seed, `choose-k-${k}`) }).fit(X, n, d);
    const score = silhouette(X, n, d, km.labels, { sampleSize: options.sampleSize ?? 2000, seed: deriveSeed(seed, 'choose-k-sample') });
    return { k, silhouette: score };
  });
  let best = scores[0];
  for (const s of scores) if (s.silhouette > best.silhouette) best = s;
  return { k: best.k, scores };
}
