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

/** The n largest entries, heaviest first (ties: lower term id first). */
export function topEntries(v: SparseVector, n: number): { term: number; weight: number }[] {
  const order = Array.from(v.ids.keys()).filter((k) => v.values[k] > 0);
  order.sort((x, y) => v.values[y] - v.values[x] || v.ids[x] - v.ids[y]);
  return order.slice(0, n).map((k) => ({ term: v.ids[k], weight: v.values[k] }));
}
