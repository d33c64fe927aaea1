/**
 * `--min-confidence X`: the binning topic shares are computed on. Papers whose
 * assignment confidence is below X stay in the model, documents.csv, themes
 * and terms, but count in no topic's share, neither above nor below the line:
 * they are left out of the bin totals topic shares divide by. Nothing is moved
 * into a catch-all topic.
 */
import type { EmergenceResult, Period } from '../trends/index.js';
import { hiddenTopicIds, type TopicModel } from '../model/index.js';

/**
 * Papers of hidden topics (`curate --hide`) leave the topic shares the same
 * way: a hidden topic is junk a person set aside, so the other topics' shares
 * are of the papers that remain (denominators exclude hidden topics); themes
 * and terms still count every paper.
 */
export function confidentBinning(model: TopicModel, docPeriod: Int32Array, periods: Period[], minConfidence: number): { docPeriod: Int32Array; periods: Period[]; left: number; hidden: number } {
  const hiddenTopics = hiddenTopicIds(model);
  if (!(minConfidence > 0) && hiddenTopics.size === 0) return { docPeriod, periods, left: 0, hidden: 0 };
  const out = docPeriod.slice();
  const totals = new Int32Array(periods.length);
  let left = 0;
  let hidden = 0;
  model.papers.forEach((p, i) => {
    if (out[i] < 0) return;
    if (hiddenTopics.has(p.topic)) {
      out[i] = -1;
      hidden++;
    } else if ((p.confidence ?? 1) < minConfidence) {
      // Models saved before confidence existed count every paper as confident.
      out[i] = -1;
      left++;
    } else totals[out[i]]++;
  });
  return { docPeriod: out, periods: periods.map((p, k) => ({ ...p, total: totals[k] })), left, hidden };
}

/** What run.json, the report and /api/summary say of hidden topics (in-memory and scaled runs alike). */
export function hiddenTopicsNote(ids: readonly number[], papers: number): string {
  return `hidden topic${ids.length > 1 ? 's' : ''} ${ids.map((id) => `#${id}`).join(', ')} (curate --hide): ${papers} dated papers left out of the charts and of topic shares, whose denominators exclude them (they stay in documents.csv, flagged hidden)`;
}

/** Topic and theme tests run separately (different denominators) as one result, in the usual order. */
export function joinEmergence(topics: EmergenceResult, themes: EmergenceResult): EmergenceResult {
  const rows = [...topics.rows, ...themes.rows];
  return {
    ...topics,
    rows,
    emerging: rows.filter((r) => r.direction === 'emerging').sort((a, b) => b.change - a.change || b.z - a.z),
    declining: rows.filter((r) => r.direction === 'declining').sort((a, b) => a.change - b.change || a.z - b.z),
  };
}
