/** Nearest centroid of each row in the clustering space, with the runner-up. */
export interface NearestCentroid {
  /** Centroid row of each point. */
  row: Int32Array;
  /** Euclidean distance to it and to the second nearest centroid. */
  distance: Float32Array;
  second: Float32Array;
}

export function nearestCentroids(X: Float32Array, n: number, d: number, centroids: Float32Array): NearestCentroid {
  const k = centroids.length / d;
  const row = new Int32Array(n);
  const distance = new Float32Array(n);
  const second = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    let best = -1;
    let b1 = Infinity;
    let b2 = Infinity;
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let j = 0; j < d; j++) {
        const diff = X[i * d + j] - centroids[c * d + j];
        s += diff * diff;
      }
      if (s < b1) {
        b2 = b1;
        b1 = s;
        best = c;
      } else if (s < b2) b2 = s;
    }
    row[i] = best;
    distance[i] = Math.sqrt(b1);
    second[i] = Math.sqrt(b2);
  }
  return { row, distance, second };
}

/**
 * How clearly a point belongs to its nearest centroid rather than the runner-up:
 * 1 - d_own / d_second in [0, 1] (0 = on the boundary between two topics,
 * 1 = on its own centroid). Scale-free, so it reads the same in UMAP and LSA space.
 */
export function margin(own: number, second: number): number {
  if (!(second > 0) || !Number.isFinite(second)) return own > 0 ? 0 : 1;
  const c = 1 - own / second;
  return c < 0 ? 0 : c > 1 ? 1 : c;
}
