/**
 * Papers per (stratum, bin): the counts every adjusted statistic is built on.
 * Arrays are row-major S × P (stratum s, bin p at s * P + p).
 */
import type { ThemeDocs, TopicRef } from './types.js';

export interface StratumGrid {
  /** Strata (rows). */
  S: number;
  /** Bins (columns). */
  P: number;
}

/** All papers per (stratum, bin): the denominators. Papers with bin or stratum -1 are left out. */
export function stratumTotals(docStratum: Int32Array, docPeriod: Int32Array, grid: StratumGrid): Int32Array {
  const out = new Int32Array(grid.S * grid.P);
  for (let i = 0; i < docPeriod.length; i++) {
    const p = docPeriod[i], s = docStratum[i];
    if (p >= 0 && s >= 0) out[s * grid.P + p]++;
  }
  return out;
}

/** Papers among `docs` per (stratum, bin), e.g. the papers mentioning a theme or term. */
export function docsByStratum(docs: ArrayLike<number>, docStratum: Int32Array, docPeriod: Int32Array, grid: StratumGrid): Int32Array {
  const out = new Int32Array(grid.S * grid.P);
  for (let k = 0; k < docs.length; k++) {
    const i = docs[k];
    const p = docPeriod[i], s = docStratum[i];
    if (p >= 0 && s >= 0) out[s * grid.P + p]++;
  }
  return out;
}

/** Papers of each topic per (stratum, bin), in the order of `topics`, in one pass over the papers. */
export function topicsByStratum(
  docTopic: ArrayLike<number>, docStratum: Int32Array, docPeriod: Int32Array, topics: readonly TopicRef[], grid: StratumGrid,
): Int32Array[] {
  const slot = new Map<number, number>();
  topics.forEach((t, i) => slot.set(t.id, i));
  const out = topics.map(() => new Int32Array(grid.S * grid.P));
  for (let i = 0; i < docPeriod.length; i++) {
    const p = docPeriod[i], s = docStratum[i];
    const t = slot.get(docTopic[i]);
    if (p >= 0 && s >= 0 && t !== undefined) out[t][s * grid.P + p]++;
  }
  return out;
}

/** Themes (or terms) per (stratum, bin). */
export function themesByStratum(themes: readonly ThemeDocs[], docStratum: Int32Array, docPeriod: Int32Array, grid: StratumGrid): Int32Array[] {
  return themes.map((t) => docsByStratum(t.docs, docStratum, docPeriod, grid));
}

/** Sum over a set of bins, per stratum: a window's counts. */
export function windowByStratum(counts: Int32Array, bins: readonly number[], grid: StratumGrid): Float64Array {
  const out = new Float64Array(grid.S);
  for (let s = 0; s < grid.S; s++) for (const p of bins) out[s] += counts[s * grid.P + p];
  return out;
}
