/**
 * When to tell a user that `update` has taken in enough new papers that a refit would
 * find other topics. `update` places new papers in the topics fitted on the old ones;
 * the more papers arrive, the less that agrees with a refit of all of them. On 3,000
 * papers of papers.jsonl split by date (bench/results/refit-rule-n3000-split*.md,
 * 2026-12-07), NMI between update and a full refit on the new papers, against the NMI
 * between two seeds of the refit: 0.796 / 0.863 (0.92×) with 5% new papers,
 * 0.781 / 0.875 (0.89×) with 10%, 0.646 / 0.871 (0.74×) with 25%, 0.417 / 0.852
 * (0.49×) with 50%; on all of papers.jsonl 0.905× with 10%, 0.835× with 25% and 0.581×
 * with 50% (refit-k24-all-split*.md, refit-k24-all.md).
 * Past a tenth, update no longer agrees with a refit about as well as two refits do, so
 * the advice is to refit with --align-to, which keeps the ids of matched topics (83%).
 */
export const REFIT_SHARE = 0.1;

export interface RefitAdvice {
  /** Papers the topics were fitted on. */
  fitted: number;
  /** Papers added by updates since that fit, this one included. */
  added: number;
  message: string;
}

export function refitAdvice(fitted: number, papersNow: number, modelPath: string): RefitAdvice | undefined {
  const added = papersNow - fitted;
  if (fitted <= 0 || added < REFIT_SHARE * fitted) return undefined;
  const pct = Math.round((100 * added) / fitted);
  return {
    fitted,
    added,
    message:
      `${added} papers have been added by updates since the topics were fitted on ${fitted} (${pct}%); past ${100 * REFIT_SHARE}% an update ` +
      `agrees less with a refit (measured on papers.jsonl: 0.91× the agreement of two refits at 10% new papers, 0.84× at 25%, 0.58× at 50%). ` +
      `Refit with \`topictrends run --align-to ${modelPath}\` to keep the ids of matched topics`,
  };
}
