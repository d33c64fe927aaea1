/**
 * How many k-means restarts 'auto' gives a corpus of n papers: RESTART_ROWS / n,
 * between 5 and 20. Restarts cost n rows each, so a small corpus gets more where they
 * are cheap and where they matter: on a 2,000-paper slice of papers.jsonl, 20 restarts
 * raised the seed-to-seed NMI of the topics from 0.798 (min 0.733) to 0.823 (min 0.776)
 * over 5 seeds, and the largest topic fell from 18% to 13–15%
 * (bench/results/stability-slice2000-init20.md). From 8,000 papers they bought nothing:
 * 13 restarts on labeled-recent.jsonl and 10 on labeled.jsonl left the seed-to-seed NMI
 * at 0.861 and 0.881 (0.861 and 0.883 with 5), and NMI at the label count through
 * `reduce` moved within its seed spread (0.329 and 0.299 against 0.347 and 0.301; seeds
 * 42/1/2, bench/results/reduce-auto-restarts-2026-12-07.json); on all 52,852 papers 20
 * restarts would add about 24 s (8 s for 5). So the count is 5 from 8,000 papers up.
 */
export const RESTART_ROWS = 40_000;
export const MIN_RESTARTS = 5;
export const MAX_RESTARTS = 20;

export function restartsFor(n: number, requested: number | 'auto' = 'auto'): number {
  if (requested !== 'auto') return requested;
  return Math.min(MAX_RESTARTS, Math.max(MIN_RESTARTS, Math.round(RESTART_ROWS / Math.max(1, n))));
}
