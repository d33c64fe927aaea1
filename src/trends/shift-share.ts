/**
 * Where a change in raw share comes from: the mix of strata or the shares
 * within them (shift-share decomposition, symmetric "Bennet" form, exact).
 * With m_s the share of stratum s among a window's papers and p_s the item's
 * share within s (0 = baseline, 1 = recent window):
 *
 *   raw_1 − raw_0 = Σ_s (m1_s − m0_s)·(p0_s + p1_s)/2      (mix)
 *                 + Σ_s (p1_s − p0_s)·(m0_s + m1_s)/2      (within)
 *
 * A stratum absent from one window has no share there; it takes the share of
 * the window where it is present, so its whole contribution counts as mix
 * (its papers entering or leaving the corpus) and the sum stays exact.
 */
export interface ShiftShare {
  raw: number;
  mix: number;
  within: number;
  /** Each stratum's parts (index into the strata), largest absolute mix part first. */
  byStratum: { stratum: number; mix: number; within: number }[];
}

/** x0, n0: the item's and all papers per stratum in the baseline window; x1, n1 the same for the recent one. */
export function shiftShare(x0: ArrayLike<number>, n0: ArrayLike<number>, x1: ArrayLike<number>, n1: ArrayLike<number>): ShiftShare {
  let N0 = 0, N1 = 0, X0 = 0, X1 = 0;
  for (let s = 0; s < n0.length; s++) {
    N0 += n0[s]; N1 += n1[s]; X0 += x0[s]; X1 += x1[s];
  }
  const byStratum: ShiftShare['byStratum'] = [];
  let mix = 0, within = 0;
  for (let s = 0; s < n0.length; s++) {
    if (n0[s] === 0 && n1[s] === 0) continue;
    const m0 = N0 > 0 ? n0[s] / N0 : 0, m1 = N1 > 0 ? n1[s] / N1 : 0;
    const p0 = n0[s] > 0 ? x0[s] / n0[s] : x1[s] / n1[s];
    const p1 = n1[s] > 0 ? x1[s] / n1[s] : p0;
    const part = { stratum: s, mix: ((m1 - m0) * (p0 + p1)) / 2, within: ((p1 - p0) * (m0 + m1)) / 2 };
    mix += part.mix;
    within += part.within;
    byStratum.push(part);
  }
  byStratum.sort((a, b) => Math.abs(b.mix) - Math.abs(a.mix) || a.stratum - b.stratum);
  const raw = (N1 > 0 ? X1 / N1 : 0) - (N0 > 0 ? X0 / N0 : 0);
  return { raw, mix, within, byStratum };
}
