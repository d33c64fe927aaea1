/**
 * Novelty of new papers. A paper's typicality is its mean TF-IDF cosine
 * similarity to its 5 most similar training papers among its nearest
 * neighbours in LSA space. A paper is novel when that is below the 5th
 * percentile of the same measure over its topic's training papers (each
 * measured against the others, leaving itself out), so about 5% of papers like
 * the training ones are flagged. Measured on the CL-only model of the tests
 * (1,535 cs.CL papers): 8 of 255 new cs.CL papers (3%) flagged; measured in the
 * LSA space instead, the SVD fitted on the training papers makes them look
 * closer to each other than new papers ever are, and the same rule flagged 16%
 * of new cs.CL papers while the UMAP space places any paper among its
 * neighbours, hiding the signal altogether.
 */
import type { CsrMatrix } from '../vectorize/index.js';
import { dotRows } from '../vectorize/index.js';

/** Training papers a paper's typicality is averaged over. */
export const TYPICALITY_TOP = 5;

/**
 * Typicality of rows of Q: mean of the `top` largest TF-IDF similarities to the
 * reference rows listed for each (neighbour lists: `width` per row, the first
 * `skip` of which are ignored, e.g. the row itself).
 */
export function typicality(Q: CsrMatrix, R: CsrMatrix, neighbors: Int32Array, width: number, skip: number, top = TYPICALITY_TOP): Float32Array {
  const out = new Float32Array(Q.nRows);
  const sims = new Float64Array(width);
  for (let i = 0; i < Q.nRows; i++) {
    let m = 0;
    for (let j = skip; j < width; j++) {
      const r = neighbors[i * width + j];
      if (r >= 0) sims[m++] = dotRows(Q, i, R, r);
    }
    const best = sims.subarray(0, m).sort().reverse();
    let s = 0;
    for (let t = 0; t < Math.min(top, m); t++) s += best[t];
    out[i] = m ? s / Math.min(top, m) : 0;
  }
  return out;
}

/** Per topic slot: the q-quantile of `values` over its members (-Infinity for an empty slot: nothing is novel there). */
export function quantileBySlot(values: Float32Array, slot: Int32Array, nSlots: number, q: number): Float32Array {
  const groups: number[][] = Array.from({ length: nSlots }, () => []);
  slot.forEach((s, i) => s >= 0 && groups[s].push(values[i]));
  return Float32Array.from(groups, (g) => {
    if (g.length === 0) return -Infinity;
    g.sort((a, b) => a - b);
    return g[Math.min(g.length - 1, Math.floor(q * (g.length - 1) + 0.5))];
  });
}

export function median(values: ArrayLike<number>): number {
  const a = Float64Array.from(values).sort();
  return a.length ? a[a.length >> 1] : 0;
}

/**
 * Dense groups among novel papers: single-linkage components of the graph
 * joining two papers whose TF-IDF similarity is at least `link` (the median
 * similarity of a training paper to its most similar other training paper),
 * keeping components of at least `minSize`. Groups come by size, then first
 * row; callers pass rows sorted by id, so the result does not depend on input order.
 */
export function denseGroups(X: CsrMatrix, rows: readonly number[], link: number, minSize: number): number[][] {
  const m = rows.length;
  const parent = Int32Array.from({ length: m }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      if (dotRows(X, rows[i], X, rows[j]) < link) continue;
      const a = find(i);
      const b = find(j);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < m; i++) {
    const r = find(i);
    if (!byRoot.has(r)) byRoot.set(r, []);
    byRoot.get(r)!.push(rows[i]);
  }
  return [...byRoot.values()].filter((g) => g.length >= minSize).sort((a, b) => b.length - a.length || a[0] - b[0]);
}
