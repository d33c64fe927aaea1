import { mulberry32 } from '../util/index.js';
import { cosineDistance, unitRows } from './cosine.js';
import { finishWithSelf, heapPush, makeNeighborHeap, type NeighborHeap } from './neighbor-heap.js';
import { rpTreeLeaves } from './rp-tree.js';

/** Options of {@link nnDescent}; defaults follow pynndescent where it has one. */
export interface NnDescentOptions {
  /** Seed of every random choice (trees, candidate sampling). */
  seed: number;
  /** Random-projection trees used to seed the graph. Default 8. */
  nTrees?: number;
  /** Maximum points per tree leaf. Default max(10, k). */
  leafSize?: number;
  /** Maximum refinement rounds. Default max(5, round(log2 n)). */
  maxIterations?: number;
  /** Candidates sampled per point and round, for new and for old neighbours each. Default max(k, 20). */
  maxCandidates?: number;
  /** Stop when fewer than delta · n · k neighbour lists change in a round. Default 0.001. */
  delta?: number;
  /** Rounds done out of at most `maxIterations` (16 s without a word at 52,852 papers on a busy machine). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Approximate k nearest neighbours by cosine distance with NN-descent
 * (Dong, Charikar & Li 2011, "a neighbour of a neighbour is likely a neighbour"),
 * seeded by a random-projection forest. Row i starts with i itself at distance 0.
 */
export function nnDescent(
  X: Float32Array,
  n: number,
  d: number,
  k: number,
  options: NnDescentOptions,
): { indices: Int32Array; distances: Float32Array } {
  const K = k - 1;
  const U = unitRows(X, n, d);
  const random = mulberry32(options.seed);
  const heap = makeNeighborHeap(n, K);
  const dist = (a: number, b: number) => cosineDistance(U, d, a, b);

  const nTrees = options.nTrees ?? 8;
  const leafSize = options.leafSize ?? Math.max(10, k);
  for (let t = 0; t < nTrees; t++) {
    const { order, leafStarts } = rpTreeLeaves(U, n, d, leafSize, random);
    for (let l = 0; l + 1 < leafStarts.length; l++) {
      for (let p = leafStarts[l]; p < leafStarts[l + 1]; p++) {
        for (let q = p + 1; q < leafStarts[l + 1]; q++) {
          const a = order[p];
          const b = order[q];
          const dab = dist(a, b);
          heapPush(heap, a, dab, b, 1);
          heapPush(heap, b, dab, a, 1);
        }
      }
    }
  }
  // Points in tiny leaves may still have empty slots: fill them at random.
  for (let i = 0; i < n; i++) {
    let guard = 0;
    while (heap.indices[i * K] < 0 && guard++ < 10 * K) {
      const j = Math.floor(random() * n);
      if (j !== i) heapPush(heap, i, dist(i, j), j, 1);
    }
  }

  const maxIterations = options.maxIterations ?? Math.max(5, Math.round(Math.log2(n)));
  const maxCandidates = options.maxCandidates ?? Math.max(k, 20);
  const delta = options.delta ?? 0.001;
  const fresh = new CandidateLists(n, maxCandidates);
  const old = new CandidateLists(n, maxCandidates);
  for (let iter = 0; iter < maxIterations; iter++) {
    sampleCandidates(heap, fresh, old, random);
    let changes = 0;
    for (let i = 0; i < n; i++) {
      const fBase = i * maxCandidates;
      const nFresh = fresh.count[i];
      const nOld = old.count[i];
      for (let a = 0; a < nFresh; a++) {
        const p = fresh.items[fBase + a];
        for (let b = a + 1; b < nFresh; b++) {
          const q = fresh.items[fBase + b];
          const dpq = dist(p, q);
          changes += heapPush(heap, p, dpq, q, 1) + heapPush(heap, q, dpq, p, 1);
        }
        for (let b = 0; b < nOld; b++) {
          const q = old.items[fBase + b];
          if (q === p) continue;
          const dpq = dist(p, q);
          changes += heapPush(heap, p, dpq, q, 1) + heapPush(heap, q, dpq, p, 1);
        }
      }
    }
    options.onProgress?.(iter + 1, maxIterations);
    if (changes <= delta * n * K) break;
  }
  options.onProgress?.(maxIterations, maxIterations);
  return finishWithSelf(heap);
}

/** Per-point candidate sets of bounded size, sampled by random priority. */
class CandidateLists {
  readonly items: Int32Array;
  readonly priority: Float32Array;
  readonly count: Int32Array;
  constructor(
    readonly n: number,
    readonly size: number,
  ) {
    this.items = new Int32Array(n * size);
    this.priority = new Float32Array(n * size);
    this.count = new Int32Array(n);
  }
  clear(): void {
    this.count.fill(0);
  }
  /** Keep the `size` lowest-priority candidates seen: a uniform sample without replacement. */
  add(row: number, j: number, pr: number): void {
    const base = row * this.size;
    const c = this.count[row];
    let worst = -1;
    for (let s = 0; s < c; s++) {
      if (this.items[base + s] === j) return;
      if (worst < 0 || this.priority[base + s] > this.priority[base + worst]) worst = s;
    }
    if (c < this.size) {
      this.items[base + c] = j;
      this.priority[base + c] = pr;
      this.count[row] = c + 1;
    } else if (pr < this.priority[base + worst]) {
      this.items[base + worst] = j;
      this.priority[base + worst] = pr;
    }
  }
  has(row: number, j: number): boolean {
    const base = row * this.size;
    for (let s = 0; s < this.count[row]; s++) if (this.items[base + s] === j) return true;
    return false;
  }
}

/**
 * Split each point's neighbours (and reverse neighbours) into new and old candidates;
 * new ones that were sampled are marked old, so each pair is joined only once.
 */
function sampleCandidates(heap: NeighborHeap, fresh: CandidateLists, old: CandidateLists, random: () => number): void {
  const { n, k, indices, flags } = heap;
  fresh.clear();
  old.clear();
  for (let i = 0; i < n; i++) {
    for (let s = 0; s < k; s++) {
      const j = indices[i * k + s];
      if (j < 0) continue;
      const pr = random();
      const lists = flags[i * k + s] ? fresh : old;
      lists.add(i, j, pr);
      lists.add(j, i, pr);
    }
  }
  for (let i = 0; i < n; i++) {
    for (let s = 0; s < k; s++) {
      const j = indices[i * k + s];
      if (j >= 0 && flags[i * k + s] && fresh.has(i, j)) flags[i * k + s] = 0;
    }
  }
}
