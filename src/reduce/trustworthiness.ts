/**
 * How well a low-dimensional embedding keeps the neighbourhoods of the space it
 * came from, exact and brute force (O(n² log n): meant for a few thousand points).
 *  - trustworthiness (Venna & Kaski 2001; scikit-learn's `trustworthiness`):
 *    1 - 2 / (n k (2n - 3k - 1)) Σ_i Σ_{j ∈ U_i} (r(i, j) - k), with U_i the
 *    embedding's k nearest neighbours of i that are not among its k nearest in
 *    the original space and r(i, j) j's rank around i in the original space.
 *    1 = no false neighbours; penalises points brought close that were far.
 *  - kNN recall: share of each point's k nearest original neighbours that are
 *    also among its k nearest in the embedding.
 * Euclidean distances in both spaces (on L2-normalised LSA vectors this ranks
 * neighbours as cosine does). Ties go to the lower index.
 */
export interface NeighborhoodScores {
  trustworthiness: number;
  recall: number;
}

function rowDistances(X: Float32Array, d: number, i: number, n: number, out: Float64Array): void {
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let c = 0; c < d; c++) {
      const diff = X[i * d + c] - X[j * d + c];
      s += diff * diff;
    }
    out[j] = s;
  }
}

export function neighborhoodPreservation(
  high: Float32Array,
  dHigh: number,
  low: Float32Array,
  dLow: number,
  k = 15,
): NeighborhoodScores {
  const n = high.length / dHigh;
  if (!Number.isInteger(n) || low.length !== n * dLow) throw new Error(`neighborhoodPreservation: ${high.length / dHigh} original rows but ${low.length / dLow} embedded`);
  if (k < 1 || k >= n / 2) throw new Error(`neighborhoodPreservation: k = ${k} needs n > 2k (n = ${n})`);
  const dh = new Float64Array(n);
  const dl = new Float64Array(n);
  const rank = new Int32Array(n);
  const order = new Int32Array(n);
  let penalty = 0;
  let hits = 0;
  for (let i = 0; i < n; i++) {
    rowDistances(high, dHigh, i, n, dh);
    rowDistances(low, dLow, i, n, dl);
    dh[i] = dl[i] = -1; // the point itself ranks 0 and is no neighbour
    for (let j = 0; j < n; j++) order[j] = j;
    order.sort((a, b) => dh[a] - dh[b] || a - b);
    for (let r = 0; r < n; r++) rank[order[r]] = r;
    for (let j = 0; j < n; j++) order[j] = j;
    order.sort((a, b) => dl[a] - dl[b] || a - b);
    for (let r = 1; r <= k; r++) {
      const j = order[r];
      if (rank[j] <= k) hits++;
      else penalty += rank[j] - k;
    }
  }
  return {
    trustworthiness: 1 - (2 / (n * k * (2 * n - 3 * k - 1))) * penalty,
    recall: hits / (n * k),
  };
}
