/**
 * Minimum-cost assignment (Hungarian algorithm, Kuhn–Munkres with potentials,
 * O(n²m)) on a rows × cols cost matrix with rows ≤ cols after transposing if
 * needed. Returns, per row, the assigned column (every row gets one when
 * rows ≤ cols; when rows > cols some rows get -1).
 */
export function hungarian(cost: readonly (readonly number[])[]): Int32Array {
  const nRows = cost.length;
  const nCols = nRows ? cost[0].length : 0;
  if (nRows === 0 || nCols === 0) return new Int32Array(nRows).fill(-1);
  if (nRows > nCols) {
    const t = Array.from({ length: nCols }, (_, j) => cost.map((r) => r[j]));
    const colOf = hungarian(t);
    const out = new Int32Array(nRows).fill(-1);
    colOf.forEach((row, j) => row >= 0 && (out[row] = j));
    return out;
  }
  const n = nRows;
  const m = nCols;
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1); // p[j]: row (1-based) matched to column j
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(Infinity);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const out = new Int32Array(n).fill(-1);
  for (let j = 1; j <= m; j++) if (p[j] > 0) out[p[j] - 1] = j - 1;
  return out;
}
