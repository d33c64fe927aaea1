/**
 * The size prior behind 'auto' k: fine topics whose count grows like √n.
 *
 * The stability curve alone (mean pairwise ARI of subsample clusterings) was flat on
 * real corpora — 0.73–0.92 from k = 5 to 30 — so any rule reading it jumped between
 * its ends: 2,826 Hugging Face papers got k = 8 with seed 5 and 5 with seed 6, a
 * 4,670-paper corpus 26 topics and the same papers less 350 got 5. A prior that
 * depends only on n holds still (a 90% subsample moves it by 5%), and the curve is
 * read only inside a window around it.
 *
 * √n keeps topics specific as a corpus grows without turning them into pairs of
 * papers: 0.3·√n gives 30 topics on labeled.jsonl (10,000 papers, where `reduce`
 * from 30 to the 10 labels scored NMI 0.298–0.300 over seeds 42/1/2 against 0.304
 * for the old default) and 69 on papers.jsonl (52,852), where 14 topics let the two
 * largest hold 34% of the papers.
 */
export const TOPICS_PER_ROOT_N = 0.3;

/** Share of the prior on either side that the stability curve may move k by. */
export const PRIOR_WINDOW = 0.15;

/** The k the prior expects for n papers, clamped into [kMin, kMax]. */
export function priorK(n: number, kMin: number, kMax: number): number {
  return Math.min(kMax, Math.max(kMin, Math.round(TOPICS_PER_ROOT_N * Math.sqrt(n))));
}

/**
 * The k values the stability curve scores: the prior and `2·half` values spread evenly over
 * prior·(1 ± PRIOR_WINDOW), clamped into [kMin, kMax], ascending and distinct.
 */
export function priorWindow(prior: number, kMin: number, kMax: number, half = 2): number[] {
  const ks = new Set<number>();
  for (let i = -half; i <= half; i++) ks.add(Math.min(kMax, Math.max(kMin, Math.round(prior * (1 + (PRIOR_WINDOW * i) / half)))));
  return [...ks].sort((a, b) => a - b);
}

/**
 * The k chosen from a curve over the window: among the k whose stability is within one
 * sd (of the pairwise ARIs at the peak) of the peak — k the subsamples cannot tell
 * apart — the one closest to the prior (ties: the smaller). A clearly more stable k
 * still wins; noise between near-equal k does not move the choice.
 */
export function closestStableK(curve: readonly { k: number; score: number; sd?: number }[], prior: number): number {
  let best = curve[0];
  for (const p of curve) if (p.score > best.score) best = p;
  const floor = best.score - (best.sd ?? 0);
  const near = curve.filter((p) => p.score >= floor);
  near.sort((a, b) => Math.abs(a.k - prior) - Math.abs(b.k - prior) || a.k - b.k);
  return near[0].k;
}
