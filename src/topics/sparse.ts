/** A sparse vector over term ids: `ids` ascending, `values` aligned. */
export interface SparseVector {
  ids: Int32Array;
  values: Float64Array;
}

export const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), values: new Float64Array(0) };

/** (a + b) / 2 over the union of their terms (BERTopic's tuning averages). */
export function averageVectors(a: SparseVector, b: SparseVector): SparseVector {
  const ids = new Int32Array(a.ids.length + b.ids.length);
  const values = new Float64Array(ids.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const ta = i < a.ids.length ? a.ids[i] : Infinity;
    const tb = j < b.ids.length ? b.ids[j] : Infinity;
    if (ta === tb) {
      ids[n] = ta;
      values[n++] = (a.values[i++] + b.values[j++]) / 2;
    } else if (ta < tb) {
      ids[n] = ta;
      values[n++] = a.values[i++] / 2;
    } else {
      ids[n] = tb;
      values[n++] = b.values[j++] / 2;
    }
  }
  return { ids: ids.slice(0, n), values: values.slice(0, n) };
}

/**
 * The n largest entries, heaviest first (ties: lower term id first). A bounded
 * insertion list instead of a full sort: vectors tuned with the global topic
 * hold tens of thousands of terms, and only a handful are wanted.
 */
export function topEntries(v: SparseVector, n: number): { term: number; weight: number }[] {
  if (n <= 0) return [];
  const bestK = new Int32Array(n);
  let size = 0;
  // Heavier first; on equal weight the lower term id (ids ascend, so the earlier k) first.
  const before = (a: number, b: number) => v.values[a] > v.values[b] || (v.values[a] === v.values[b] && a < b);
  for (let k = 0; k < v.ids.length; k++) {
    if (!(v.values[k] > 0)) continue;
    if (size === n && !before(k, bestK[n - 1])) continue;
    let at = size < n ? size++ : n - 1;
    while (at > 0 && before(k, bestK[at - 1])) {
      bestK[at] = bestK[at - 1];
      at--;
    }
    bestK[at] = k;
  }
  return Array.from(bestK.subarray(0, size), (k) => ({ term: v.ids[k], weight: v.values[k] }));
}
