/**
 * Topic trends: per topic and bin, the count, the share of the bin's papers,
 * and the topic's top terms within that bin. Both count and share are always
 * emitted; which one to plot is the chart's choice.
 */
import { share } from './counts.js';
import type { Period, TopicRef, TopicTrendRow } from './types.js';

/**
 * Describes a topic within one bin, usually by c-TF-IDF over `docIndices`
 * (computed elsewhere: this stage does no text processing).
 */
export type TopTermsFn = (topic: number, periodIndex: number, docIndices: Uint32Array) => string;

export interface TopicTrendsOptions {
  /** Top terms of a topic within a bin. Default: none (empty string). */
  topTerms?: TopTermsFn;
}

/**
 * One row per topic and bin, topics in the given order, bins in time order.
 * Papers whose topic is not in `topics` (e.g. outliers, -1) count in the bin
 * totals but in no topic.
 * @param docTopic topic id of each paper (same indexing as `docPeriod`)
 */
export function topicTrends(
  docTopic: ArrayLike<number>,
  docPeriod: Int32Array,
  periods: readonly Period[],
  topics: readonly TopicRef[],
  opts: TopicTrendsOptions = {},
): TopicTrendRow[] {
  if (docTopic.length !== docPeriod.length) {
    throw new Error(`topicTrends: ${docTopic.length} topic assignments but ${docPeriod.length} dated entries`);
  }
  const slot = new Map<number, number>();
  topics.forEach((t, i) => slot.set(t.id, i));
  // Document lists per (topic, bin), so the callback gets exactly the bin's papers.
  const lists: number[][] = Array.from({ length: topics.length * periods.length }, () => []);
  for (let doc = 0; doc < docTopic.length; doc++) {
    const p = docPeriod[doc];
    const t = slot.get(docTopic[doc]);
    if (p < 0 || t === undefined) continue;
    lists[t * periods.length + p].push(doc);
  }
  const rows: TopicTrendRow[] = [];
  topics.forEach((topic, t) => {
    periods.forEach((period, p) => {
      const docs = lists[t * periods.length + p];
      rows.push({
        period: period.key,
        topic: topic.id,
        label: topic.label,
        count: docs.length,
        share: share(docs.length, period.total),
        period_total: period.total,
        partial: period.partial,
        top_terms: opts.topTerms ? opts.topTerms(topic.id, p, Uint32Array.from(docs)) : '',
      });
    });
  });
  return rows;
}
