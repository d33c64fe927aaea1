/**
 * Segments: trends within a subset of the corpus (a category, a source, a
 * date range). Selection yields document indices; restricting a binning to
 * them keeps the indices global, so theme document sets from the term index
 * still apply and every trend function can simply be re-run on the subset.
 */
import { share } from './counts.js';
import type { CategoryTrendRow, Period, TopicRef } from './types.js';

/** The fields of a paper a segment can filter on (`Paper` fits). */
export interface SegmentPaper {
  date?: string;
  categories?: string[];
  source?: string;
}

export interface SegmentFilter {
  /** Keep papers in this category (or any of these). */
  category?: string | string[];
  /** How `category` matches: 'primary' (the first listed category) or 'any'. Default 'primary'. */
  categoryMatch?: 'primary' | 'any';
  /** Keep papers from this source (or any of these). */
  source?: string | string[];
  /** Keep papers dated on or after this day, YYYY-MM-DD (undated papers are dropped when from/to is set). */
  from?: string;
  /** Keep papers dated on or before this day, YYYY-MM-DD. */
  to?: string;
}

const asSet = (v: string | string[] | undefined) => (v === undefined ? undefined : new Set(Array.isArray(v) ? v : [v]));

/** Indices (ascending) of the papers that pass every given condition. */
export function selectDocs(papers: readonly SegmentPaper[], filter: SegmentFilter): Uint32Array {
  const categories = asSet(filter.category);
  const sources = asSet(filter.source);
  const any = filter.categoryMatch === 'any';
  const picked: number[] = [];
  papers.forEach((paper, i) => {
    if (categories) {
      const cats = paper.categories ?? [];
      const hit = any ? cats.some((c) => categories.has(c)) : cats.length > 0 && categories.has(cats[0]);
      if (!hit) return;
    }
    if (sources && (paper.source === undefined || !sources.has(paper.source))) return;
    if (filter.from !== undefined || filter.to !== undefined) {
      const date = paper.date?.slice(0, 10);
      if (date === undefined) return;
      if (filter.from !== undefined && date < filter.from) return;
      if (filter.to !== undefined && date > filter.to) return;
    }
    picked.push(i);
  });
  return Uint32Array.from(picked);
}

/**
 * The binning of a subset: papers outside `docs` get bin -1 and each bin's
 * total counts only the subset. Keys and partial flags stay those of the
 * whole corpus, so subset tables line up with the full ones.
 */
export function restrictBinning(
  docPeriod: Int32Array,
  periods: readonly Period[],
  docs: ArrayLike<number>,
): { docPeriod: Int32Array; periods: Period[] } {
  const restricted = new Int32Array(docPeriod.length).fill(-1);
  const sub = periods.map((p) => ({ ...p, total: 0 }));
  for (let i = 0; i < docs.length; i++) {
    const p = docPeriod[docs[i]];
    restricted[docs[i]] = p;
    if (p >= 0) sub[p].total++;
  }
  return { docPeriod: restricted, periods: sub };
}

/** The primary (first) category of each paper. */
export function primaryCategories(papers: readonly SegmentPaper[]): (string | undefined)[] {
  return papers.map((p) => p.categories?.[0]);
}

export interface CategoryTrendsOptions {
  /** Only the largest categories (by dated papers). Default 8. */
  top?: number;
}

/**
 * Topic share within each primary category per bin ("topics per class over
 * time"). Rows for every kept category, bin and topic, zero where empty.
 */
export function categoryTrends(
  primary: readonly (string | undefined)[],
  docTopic: ArrayLike<number>,
  docPeriod: Int32Array,
  periods: readonly Period[],
  topics: readonly TopicRef[],
  opts: CategoryTrendsOptions = {},
): CategoryTrendRow[] {
  const top = opts.top ?? 8;
  if (primary.length !== docPeriod.length || docTopic.length !== docPeriod.length) {
    throw new Error(`categoryTrends: ${primary.length} categories, ${docTopic.length} topics and ${docPeriod.length} dated entries differ in length`);
  }
  const size = new Map<string, number>();
  primary.forEach((c, i) => {
    if (c !== undefined && docPeriod[i] >= 0) size.set(c, (size.get(c) ?? 0) + 1);
  });
  const kept = [...size.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top).map(([c]) => c);
  const catSlot = new Map(kept.map((c, i) => [c, i]));
  const topicSlot = new Map(topics.map((t, i) => [t.id, i]));
  const P = periods.length, T = topics.length;
  const totals = new Int32Array(kept.length * P);
  const counts = new Int32Array(kept.length * P * T);
  for (let i = 0; i < docPeriod.length; i++) {
    const p = docPeriod[i];
    const c = primary[i] === undefined ? undefined : catSlot.get(primary[i] as string);
    if (p < 0 || c === undefined) continue;
    totals[c * P + p]++;
    const t = topicSlot.get(docTopic[i]);
    if (t !== undefined) counts[(c * P + p) * T + t]++;
  }
  return categoryRows(kept, periods, topics, totals, counts);
}

/**
 * Rows of category_trends.csv from counts laid out as category × period
 * (`totals`) and category × period × topic (`counts`), in the order given;
 * shared by the in-memory tables and those aggregated from parts.
 */
export function categoryRows(categories: readonly string[], periods: readonly Period[], topics: readonly TopicRef[], totals: Int32Array, counts: Int32Array): CategoryTrendRow[] {
  const P = periods.length;
  const T = topics.length;
  const rows: CategoryTrendRow[] = [];
  categories.forEach((category, c) => {
    periods.forEach((period, p) => {
      const total = totals[c * P + p];
      topics.forEach((topic, t) => {
        const count = counts[(c * P + p) * T + t];
        rows.push({ period: period.key, category, topic: topic.id, label: topic.label, count, share: share(count, total), category_total: total });
      });
    });
  });
  return rows;
}
