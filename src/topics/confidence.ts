/**
 * How clearly each paper belongs to its topic: 1 - d_own / d_other, with
 * d_own the distance to its own topic's centroid and d_other the distance to
 * the nearest other centroid (Euclidean, in the space the topics were found
 * in), clipped to [0, 1]. 1 = on its centroid, 0 = on the border between two
 * topics (or nearer another centroid). A ratio rather than a softmax: it needs
 * no temperature and reads the same in a 5-D UMAP space (distances ~1-10) as in
 * a unit-norm LSA space (distances ~0.1-1.4).
 * The pipeline measures it in the LSA (or --embeddings) space; see
 * addTopicStructure in src/pipeline/structure.ts for the figures.
 */
export function assignmentConfidence(X: Float32Array, dim: number, labels: ArrayLike<number>, centroids: Float32Array): Float32Array {
  const n = labels.length;
  const k = Math.floor(centroids.length / dim);
  if (X.length !== n * dim) throw new Error(`assignmentConfidence: ${X.length / dim} rows for ${n} labels`);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const own = labels[i];
    if (own < 0 || own >= k) continue;
    let dOwn = 0;
    let dOther = Infinity;
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let j = 0; j < dim; j++) s += (X[i * dim + j] - centroids[c * dim + j]) ** 2;
      if (c === own) dOwn = Math.sqrt(s);
      else dOther = Math.min(dOther, Math.sqrt(s));
    }
    out[i] = k < 2 ? 1 : dOther > 0 ? Math.min(1, Math.max(0, 1 - dOwn / dOther)) : 0;
  }
  return out;
}
