/**
 * The n docs of each cluster nearest its centroid (squared Euclidean distance
 * in the embedding the clusters were found in), nearest first; ties go to the
 * lower doc index. `embedding` is row-major (doc d at d*dim), `labels[d]` the
 * cluster of doc d or -1 (left out), `centroids` row-major, one row per cluster.
 */
export function representatives(
  embedding: Float32Array,
  dim: number,
  labels: Int32Array,
  centroids: Float32Array,
  n = 3,
): Int32Array[] {
  const k = Math.floor(centroids.length / dim);
  if (centroids.length !== k * dim) throw new Error(`representatives: centroids length ${centroids.length} is not a multiple of dim ${dim}`);
  if (embedding.length !== labels.length * dim) throw new Error(`representatives: embedding has ${embedding.length / dim} rows but ${labels.length} labels`);
  const members: { doc: number; dist: number }[][] = Array.from({ length: k }, () => []);
  for (let d = 0; d < labels.length; d++) {
    const c = labels[d];
    if (c < 0) continue;
    if (c >= k) throw new Error(`representatives: doc ${d} has cluster ${c} but there are ${k} centroids`);
    let dist = 0;
    for (let j = 0; j < dim; j++) {
      const diff = embedding[d * dim + j] - centroids[c * dim + j];
      dist += diff * diff;
    }
    members[c].push({ doc: d, dist });
  }
  return members.map((m) => {
    m.sort((a, b) => a.dist - b.dist || a.doc - b.doc);
    return Int32Array.from(m.slice(0, n), (x) => x.doc);
  });
}

/** Mean of each cluster's rows (for clusterings that do not return centroids). Empty clusters get zeros. */
export function clusterMeans(embedding: Float32Array, dim: number, labels: Int32Array, k: number): Float32Array {
  const sums = new Float64Array(k * dim);
  const counts = new Int32Array(k);
  for (let d = 0; d < labels.length; d++) {
    const c = labels[d];
    if (c < 0) continue;
    counts[c]++;
    for (let j = 0; j < dim; j++) sums[c * dim + j] += embedding[d * dim + j];
  }
  return Float32Array.from(sums, (s, i) => (counts[Math.floor(i / dim)] > 0 ? s / counts[Math.floor(i / dim)] : 0));
}

/** Representatives of a topic made of parts: the parts' own, round robin in the order given (largest part first), `n` in all. */
export function roundRobin(lists: readonly (readonly string[])[], n = 3): string[] {
  const out: string[] = [];
  const per = Math.max(0, ...lists.map((l) => l.length));
  for (let r = 0; r < per && out.length < n; r++) for (const l of lists) if (l[r] && out.length < n) out.push(l[r]);
  return out;
}
