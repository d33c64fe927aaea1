/**
 * Finding papers of a model: by topic, date range, primary category and a
 * search string, newest first, one page at a time. The per-model structures
 * (date order, per-topic lists, lowercase titles) are built once, so a query
 * touches only the candidate papers — the dashboard answers these per request.
 */
import type { TopicModel } from '../model/index.js';
import { TitleSearch } from './title-search.js';

export interface DocumentFilter {
  /** Only papers of this topic. Default: all topics. */
  topic?: number;
  /**
   * Papers whose text mentions this word or phrase (term index, stemmed, `prefix*` allowed)
   * or whose title contains it as a lowercase substring. Default: no text condition.
   */
  q?: string;
  /** Only papers dated on or after / on or before this day (YYYY-MM-DD); undated papers drop out. */
  from?: string;
  to?: string;
  /** Only papers whose primary (first) category is this one. */
  category?: string;
}

export interface DocumentPage {
  /** Papers matching the filter, over all pages. */
  total: number;
  /** Model paper indices of this page, newest first. */
  indices: number[];
}

export class DocumentQuery {
  /** Paper indices newest first (undated last, then by index), the order every result keeps. */
  private readonly order: Uint32Array;
  private readonly byTopic = new Map<number, Uint32Array>();
  private readonly titles: TitleSearch;
  private readonly dates: string[];
  private readonly primary: (string | undefined)[];

  constructor(private readonly model: TopicModel) {
    const papers = model.papers;
    this.dates = papers.map((p) => p.date?.slice(0, 10) ?? '');
    this.primary = papers.map((p) => p.categories?.[0]);
    this.titles = new TitleSearch(papers.map((p) => p.title));
    const idx = Array.from(papers, (_, i) => i);
    idx.sort((a, b) => (this.dates[a] === this.dates[b] ? a - b : this.dates[a] < this.dates[b] ? 1 : -1));
    this.order = Uint32Array.from(idx);
    const lists = new Map<number, number[]>();
    for (const d of this.order) {
      const t = papers[d].topic;
      if (!lists.has(t)) lists.set(t, []);
      lists.get(t)!.push(d);
    }
    for (const [t, list] of lists) this.byTopic.set(t, Uint32Array.from(list));
  }

  /** Candidates in result order: the smallest precomputed or matched set that the filter allows. */
  private candidates(filter: DocumentFilter): ArrayLike<number> {
    const base = filter.topic !== undefined ? (this.byTopic.get(filter.topic) ?? new Uint32Array(0)) : this.order;
    const q = filter.q?.trim();
    if (!q) return base;
    const hit = new Uint8Array(this.model.papers.length);
    for (const d of this.model.termIndex.matchDocs(q)) hit[d] = 1;
    this.titles.mark(q.toLowerCase(), hit);
    const out: number[] = [];
    for (let k = 0; k < base.length; k++) {
      const d = base[k];
      if (hit[d]) out.push(d);
    }
    return out;
  }

  /** Indices of every paper matching the filter, newest first. */
  all(filter: DocumentFilter = {}): number[] {
    const cands = this.candidates(filter);
    const { from, to, category } = filter;
    const out: number[] = [];
    for (let k = 0; k < cands.length; k++) {
      const d = cands[k];
      if (category !== undefined && this.primary[d] !== category) continue;
      if (from !== undefined || to !== undefined) {
        const date = this.dates[d];
        if (!date || (from !== undefined && date < from) || (to !== undefined && date > to)) continue;
      }
      out.push(d);
    }
    return out;
  }

  /** One page of matches and the total count. `limit` default 50, `offset` default 0. */
  page(filter: DocumentFilter = {}, limit = 50, offset = 0): DocumentPage {
    const matches = this.all(filter);
    return { total: matches.length, indices: matches.slice(offset, offset + limit) };
  }

  /** The papers of one topic, newest first. */
  topicDocs(topic: number): Uint32Array {
    return this.byTopic.get(topic) ?? new Uint32Array(0);
  }
}
