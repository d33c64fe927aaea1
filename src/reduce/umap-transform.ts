/**
 * UMAP `transform` for points the embedding has never seen, after umap-learn:
 * fuzzy weights to their nearest training points (local connectivity 0, so no
 * neighbour gets weight 1 for free), an initial position at the weighted mean of
 * those neighbours' embeddings, then a few SGD epochs that move only the new
 * point (training points stay fixed; negative samples are training points).
 * Every new point is optimised on its own with its own seeded generator, so its
 * position depends on nothing but the point, the model and the seed: the same
 * paper lands in the same place in any batch, order or shard.
 */
import { mulberry32 } from '../util/index.js';
import type { QueryNeighbors } from './knn-query.js';
import { makePow } from './umap-layout.js';
import { kernelWidth } from './umap-graph.js';

export interface UmapTransformOptions {
  /** a, b of the fitted embedding's curve (from its minDist and spread). */
  a: number;
  b: number;
  /** Epochs per point. umap-learn: 100 for up to 10,000 training points, else 30. */
  nEpochs: number;
  negativeSampleRate?: number;
  repulsionStrength?: number;
  learningRate?: number;
  /** One seed per query row (e.g. derived from the paper id). */
  seeds: ArrayLike<number>;
}

const clip = (v: number) => (v > 4 ? 4 : v < -4 ? -4 : v);

/** Membership weights of each query row's neighbours: exp(-d/σ) with Σ = log2(k). */
export function queryWeights(knn: QueryNeighbors): Float32Array {
  const { n, k, distances } = knn;
  const target = Math.log2(k);
  const w = new Float32Array(n * k);
  for (let i = 0; i < n; i++) {
    // Local connectivity 0 (umap-learn's transform): no neighbour gets weight 1 for free, so rho = 0.
    let sigma = kernelWidth(distances, i * k, (i + 1) * k, 0, target);
    sigma = Math.max(sigma, 1e-3 * meanRow(distances, i, k));
    for (let j = 0; j < k; j++) w[i * k + j] = Math.exp(-distances[i * k + j] / sigma);
  }
  return w;
}

/** Embed query rows into a fitted embedding (nTrain × dim, fixed). */
export function umapTransform(knn: QueryNeighbors, train: Float32Array, dim: number, options: UmapTransformOptions): Float32Array {
  const { n, k, indices } = knn;
  const nTrain = train.length / dim;
  const { a, b, nEpochs } = options;
  const negRate = options.negativeSampleRate ?? 5;
  const gamma = options.repulsionStrength ?? 1;
  const lr = options.learningRate ?? 1;
  const powB = makePow(b);
  const weights = queryWeights(knn);
  const out = new Float32Array(n * dim);
  const pos = new Float64Array(dim);
  const delta = new Float64Array(dim);
  for (let i = 0; i < n; i++) {
    // Initial position: weighted mean of the neighbours' embeddings.
    let wSum = 0;
    pos.fill(0);
    for (let j = 0; j < k; j++) {
      const w = weights[i * k + j];
      const t = indices[i * k + j] * dim;
      for (let c = 0; c < dim; c++) pos[c] += w * train[t + c];
      wSum += w;
    }
    for (let c = 0; c < dim; c++) pos[c] /= wSum || 1;
    let maxW = 0;
    for (let j = 0; j < k; j++) maxW = Math.max(maxW, weights[i * k + j]);
    const random = mulberry32(options.seeds[i] >>> 0);
    for (let epoch = 0; epoch < nEpochs; epoch++) {
      const alpha = lr * (1 - epoch / nEpochs);
      for (let j = 0; j < k; j++) {
        // Sample each edge with probability w / max w per epoch (umap-learn's schedule, in expectation).
        const w = weights[i * k + j];
        if (w < maxW / nEpochs || random() * maxW > w) continue;
        const t = indices[i * k + j] * dim;
        let d2 = 0;
        for (let c = 0; c < dim; c++) d2 += (delta[c] = pos[c] - train[t + c]) ** 2;
        if (d2 > 0) {
          const pb = powB(d2);
          const coeff = (-2 * a * b * (pb / d2)) / (a * pb + 1);
          for (let c = 0; c < dim; c++) pos[c] += clip(coeff * delta[c]) * alpha;
        }
        for (let s = 0; s < negRate; s++) {
          const o = Math.floor(random() * nTrain) * dim;
          let e2 = 0;
          for (let c = 0; c < dim; c++) e2 += (delta[c] = pos[c] - train[o + c]) ** 2;
          if (e2 <= 0) continue;
          const coeff = (2 * gamma * b) / ((0.001 + e2) * (a * powB(e2) + 1));
          for (let c = 0; c < dim; c++) pos[c] += clip(coeff * delta[c]) * alpha;
        }
      }
    }
    for (let c = 0; c < dim; c++) out[i * dim + c] = pos[c];
  }
  return out;
}

function meanRow(a: Float32Array, i: number, k: number): number {
  let s = 0;
  for (let j = 0; j < k; j++) s += a[i * k + j];
  return s / k;
}
