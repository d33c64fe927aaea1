import { findABParams } from 'umap-js/dist/umap.js';
import { deriveSeed, mulberry32, DEFAULT_SEED } from '../util/index.js';
import { type KnnGraph, nearestNeighbors } from './knn.js';
import { fuzzySimplicialSet } from './umap-graph.js';
import { pcaInit } from './umap-init.js';
import { optimizeLayout } from './umap-layout.js';

/** Options of {@link Umap}; defaults are umap-learn's. */
export interface UmapOptions {
  /** Output dimension. Default 2. */
  nComponents?: number;
  /** Neighbours per point in the fuzzy graph (self included). Default 15. */
  nNeighbors?: number;
  /** Minimum distance between embedded points. Default 0.1. */
  minDist?: number;
  /** Scale of embedded distances. Default 1. */
  spread?: number;
  /** SGD epochs. Default 500 for up to 10,000 points, else 200 (as umap-learn). */
  nEpochs?: number;
  /** Initial SGD step. Default 1. */
  learningRate?: number;
  /** Negative samples per positive sample. Default 5. */
  negativeSampleRate?: number;
  /** Weight of repulsion in the loss. Default 1. */
  repulsionStrength?: number;
  /** Seed of initialization noise and negative sampling. Default DEFAULT_SEED (42). */
  seed?: number;
}

/**
 * Uniform Manifold Approximation and Projection (McInnes, Healy & Melville 2018),
 * written on typed arrays after umap-learn. umap-js builds its graph in string-keyed
 * maps and lays out `number[][]`: at 52,852 points with a precomputed kNN its
 * `initializeFit` alone took 24.5 s and each 2-D epoch 0.19 s, against ~1 s for our
 * graph + init and ~0.07 s per epoch. umap-js is still used for the a/b curve fit.
 * Differences from umap-learn: PCA initialization instead of spectral (see umap-init.ts),
 * and a table-based x^b (see umap-layout.ts). Pass a precomputed kNN graph to
 * share one graph between several embeddings (e.g. 5-D for clustering, 2-D for the map).
 */
export class Umap {
  readonly nComponents: number;
  readonly nNeighbors: number;
  readonly minDist: number;
  readonly spread: number;
  readonly nEpochs: number | undefined;
  readonly learningRate: number;
  readonly negativeSampleRate: number;
  readonly repulsionStrength: number;
  readonly seed: number;
  /** n × nComponents row-major coordinates after `fit`. */
  embedding: Float32Array = new Float32Array(0);
  /** Epochs actually run by the last `fit`. */
  nEpochsUsed = 0;

  constructor(options: UmapOptions = {}) {
    this.nComponents = options.nComponents ?? 2;
    this.nNeighbors = options.nNeighbors ?? 15;
    this.minDist = options.minDist ?? 0.1;
    this.spread = options.spread ?? 1;
    this.nEpochs = options.nEpochs;
    this.learningRate = options.learningRate ?? 1;
    this.negativeSampleRate = options.negativeSampleRate ?? 5;
    this.repulsionStrength = options.repulsionStrength ?? 1;
    this.seed = options.seed ?? DEFAULT_SEED;
  }

  /** Embed the n × d rows of X. `knn`, if given, must hold at least nNeighbors neighbours per row. */
  fit(X: Float32Array, n: number, d: number, knn?: KnnGraph, onEpoch?: (done: number, total: number) => void): this {
    if (X.length !== n * d) throw new Error(`Umap.fit: expected ${n}×${d} values, got ${X.length}`);
    if (n <= this.nNeighbors) throw new Error(`Umap.fit: ${n} points are too few for nNeighbors=${this.nNeighbors}`);
    const graphKnn = knn ?? nearestNeighbors(X, n, d, this.nNeighbors, { seed: deriveSeed(this.seed, 'umap-knn') });
    if (graphKnn.n !== n) throw new Error(`Umap.fit: kNN graph has ${graphKnn.n} rows, data has ${n}`);
    if (graphKnn.k < this.nNeighbors) throw new Error(`Umap.fit: kNN graph has ${graphKnn.k} neighbours, need ${this.nNeighbors}`);

    const graph = fuzzySimplicialSet(graphKnn, this.nNeighbors);
    const nEpochs = this.nEpochs ?? (n <= 10_000 ? 500 : 200);
    const { a, b } = findABParams(this.spread, this.minDist);
    const random = mulberry32(deriveSeed(this.seed, `umap-${this.nComponents}d`));
    // Float32 like umap-learn: half the memory traffic for the random negative samples.
    const coords = Float32Array.from(pcaInit(X, n, d, this.nComponents, random));
    optimizeLayout(coords, this.nComponents, graph, {
      nEpochs,
      a,
      b,
      learningRate: this.learningRate,
      negativeSampleRate: this.negativeSampleRate,
      repulsionStrength: this.repulsionStrength,
      random,
      onEpoch,
    });
    this.embedding = coords;
    this.nEpochsUsed = nEpochs;
    return this;
  }

  fitTransform(X: Float32Array, n: number, d: number, knn?: KnnGraph, onEpoch?: (done: number, total: number) => void): Float32Array {
    return this.fit(X, n, d, knn, onEpoch).embedding;
  }
}
