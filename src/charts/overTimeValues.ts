import type { Topic } from '../topics/index.js';
import type { Period, TopicTrendRow } from '../trends/index.js';
import { SHARE_FORMAT } from './base.js';
import type { TrendMetric } from './metric.js';
import { OTHER_NAME } from './palette.js';
import { noData, periodDates, periodLookup } from './periods.js';
import { topicNameLookup } from './topicNames.js';

/**
 * One row per (bin, series) for the topics over time, as the stacked areas,
 * the lines and the small multiples draw them: the `top` topics in that
 * order, then "Other topics" summing the rest when `withOther`. Bins a topic
 * has no row for count as zero; a bin with no papers at all is a gap (null).
 */
export function overTimeValues(rows: TopicTrendRow[], topics: Topic[], periods: Period[], top: number[], withOther: boolean) {
  const nameOf = topicNameLookup(topics);
  const periodOf = periodLookup(periods);
  const topSet = new Set(top);

  // (period, series) -> summed count and share
  const cells = new Map<string, { count: number; share: number; adjusted: number; words: string }>();
  rows.forEach((r, i) => {
    periodOf(r.period, `topic trend row ${i}`);
    const series = topSet.has(r.topic) ? nameOf(r.topic, `topic trend row ${i}`) : withOther ? OTHER_NAME : undefined;
    if (series === undefined) return;
    const key = `${r.period}\u0000${series}`;
    const c = cells.get(key) ?? { count: 0, share: 0, adjusted: 0, words: '' };
    c.count += r.count;
    c.share += r.share;
    c.adjusted += r.adjusted_share ?? r.share;
    // The topic's own words in this bin (BERTopic's per-bin hover); "Other topics" has none of its own.
    if (series !== OTHER_NAME) c.words = r.top_terms ?? '';
    cells.set(key, c);
  });
  const seriesNames = [...top.map((id) => nameOf(id, 'top topics')), ...(withOther ? [OTHER_NAME] : [])];
  const empty = new Set(periods.filter(noData).map((p) => p.key));
  const values = periodDates(periods).flatMap((p) =>
    seriesNames.map((series, order) => {
      // A bin with papers but none in this topic is 0; a bin with no papers at all has no value (a gap).
      const c = empty.has(p.key) ? { count: null, share: null, adjusted: null, words: '' } : cells.get(`${p.key}\u0000${series}`) ?? { count: 0, share: 0, adjusted: 0, words: '' };
      return { period: p.key, date: p.mid, topic: series, topic_id: order < top.length ? top[order] : null, order, count: c.count, share: c.share, adjusted: c.adjusted, words: c.words, partial: p.partial ? 'yes' : 'no' };
    }),
  );

  return { seriesNames, values };
}

/** The tooltip over `overTimeValues` rows: the raw share beside the adjusted one when the chart shows the adjusted share. */
export function overTimeTooltip(bin: string, metric: TrendMetric) {
  return [
    { field: 'period', title: bin[0].toUpperCase() + bin.slice(1) },
    { field: 'topic', title: 'Topic' },
    { field: 'share', title: `Share of the ${bin}'s papers`, format: SHARE_FORMAT },
    ...(metric === 'adjusted' ? [{ field: 'adjusted', title: 'Adjusted for the corpus mix', format: SHARE_FORMAT }] : []),
    { field: 'count', title: 'Papers', format: ',d' },
    { field: 'words', title: `Its words this ${bin}` },
    { field: 'partial', title: 'Partial bin' },
  ];
}
