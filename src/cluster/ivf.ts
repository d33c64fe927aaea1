/**
 * An inverted-file index for `transform`'s neighbour queries: the reference
 * rows are split into cells by a few seeded k-means iterations, and a query
 * compares itself only with the rows of its `nProbe` nearest cells. Exact
 * search cost 1.2-2 ms of CPU per paper against a 25,000-paper sample (it was
 * the whole cost of transforming a million papers); the figures for this
 * index (time and recall against exact search) are in bench/knn-query.js.
 * Each query is still answered on its own, so the neighbours of a paper do not
 * depend on the batch it comes in (sharded transforms agree exactly).
 */
import { assign } from './kmeans.js';
import { kmeansPlusPlus } from './kmeans-plus-plus.js';
import { mulberry32, DEFAULT_SEED } from '../util/index.js';
import { unitRows } from '../reduce/index.js';
import { heapPush, makeNeighborHeap } from '../reduce/index.js';
import { queryResult, type QueryNeighbors } from '../reduce/index.js';

export interface IvfIndex {
  nRef: number;
  d: number;
  cells: number;
  /** cells × d cell centres. */
  centres: Float32Array;
  /** Reference rows of cell c: members[offsets[c] .. offsets[c + 1]]. */
  offsets: Int32Array;
  members: Int32Array;
}

export interface IvfOptions {
  /** Cells. Default √nRef (158 at 25,000 rows). */
  cells?: number;
  /** Lloyd iterations after k-means++. Default 8 (cells only need to be compact, not converged). */
  iterations?: number;
  /** Rows the cells are trained on (every (n / trainRows)-th row), then every row is assigned once. Default 8,000. */
  trainRows?: number;
  seed?: number;
}

export function buildIvf(refUnit: Float32Array, nRef: number, d: number, options: IvfOptions = {}): IvfIndex {
  const cells = Math.max(1, Math.min(nRef, options.cells ?? Math.round(Math.sqrt(nRef))));
  const step = Math.max(1, Math.floor(nRef / Math.max(cells, options.trainRows ?? 8000)));
  const nTrain = Math.ceil(nRef / step);
  const train = new Float32Array(nTrain * d);
  for (let t = 0; t < nTrain; t++) train.set(refUnit.subarray(t * step * d, (t * step + 1) * d), t * d);
  const centres = Float32Array.from(kmeansPlusPlus(train, nTrain, d, cells, mulberry32(options.seed ?? DEFAULT_SEED)));
  for (let it = 0; it < (options.iterations ?? 8); it++) {
    const { labels } = assign(train, nTrain, d, centres, cells);
    const sums = new Float64Array(cells * d);
    const counts = new Int32Array(cells);
    for (let i = 0; i < nTrain; i++) {
      counts[labels[i]]++;
      for (let c = 0; c < d; c++) sums[labels[i] * d + c] += train[i * d + c];
    }
    // An empty cell keeps its centre.
    for (let j = 0; j < cells; j++) if (counts[j]) for (let c = 0; c < d; c++) centres[j * d + c] = sums[j * d + c] / counts[j];
  }
  const { labels } = assign(refUnit, nRef, d, centres, cells);
  const offsets = new Int32Array(cells + 1);
  for (const l of labels) offsets[l + 1]++;
  for (let j = 0; j < cells; j++) offsets[j + 1] += offsets[j];
  const fill = offsets.slice(0, cells);
  const members = new Int32Array(nRef);
  for (let i = 0; i < nRef; i++) members[fill[labels[i]]++] = i;
  return { nRef, d, cells, centres, offsets, members };
}

/** The k nearest reference rows (cosine) of each query row among its `nProbe` nearest cells; same shape as queryNeighbors. */
export function queryIvf(index: IvfIndex, refUnit: Float32Array, query: Float32Array, nQuery: number, k: number, nProbe: number): QueryNeighbors {
  const { d, cells, centres, offsets, members } = index;
  const Q = unitRows(query, nQuery, d);
  const heap = makeNeighborHeap(nQuery, k);
  const probe = Math.min(cells, Math.max(1, nProbe));
  const cellDist = new Float64Array(cells);
  const order = Int32Array.from({ length: cells }, (_, j) => j);
  for (let i = 0; i < nQuery; i++) {
    const qi = i * d;
    for (let j = 0; j < cells; j++) {
      let s = 0;
      for (let c = 0; c < d; c++) s += (Q[qi + c] - centres[j * d + c]) ** 2;
      cellDist[j] = s;
    }
    order.sort((a, b) => cellDist[a] - cellDist[b] || a - b);
    // Probe more cells while the k-th neighbour is not filled (small cells).
    let seen = 0;
    for (let p = 0; p < cells && (p < probe || seen < k); p++) {
      const cell = order[p];
      for (let m = offsets[cell]; m < offsets[cell + 1]; m++) {
        const j = members[m];
        const rj = j * d;
        let s = 0;
        for (let c = 0; c < d; c++) s += Q[qi + c] * refUnit[rj + c];
        const dist = 1 - s;
        heapPush(heap, i, dist > 0 ? dist : 0, j, 0);
        seen++;
      }
    }
  }
  return queryResult(heap, nQuery, k);
}
