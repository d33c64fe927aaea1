/** What a model holds at a glance: sizes, date range, categories, sources, themes. */
import type { TopicModel, ModelParams } from '../model/index.js';

export interface ModelSummary {
  papers: number;
  dated: number;
  dateRange?: { start: string; end: string };
  topics: number;
  /** Primary categories with paper counts, largest first (at most `topCategories`). */
  categories: { name: string; count: number }[];
  sources: { name: string; count: number }[];
  themes: string[];
  params: ModelParams;
  inputs: string[];
}

function counted(values: Iterable<string | undefined>, top: number): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top).map(([name, count]) => ({ name, count }));
}

export function modelSummary(model: TopicModel, options: { topCategories?: number } = {}): ModelSummary {
  const dates = model.papers.map((p) => p.date?.slice(0, 10)).filter((d): d is string => Boolean(d));
  let start = dates[0];
  let end = dates[0];
  for (const d of dates) {
    if (d < start) start = d;
    if (d > end) end = d;
  }
  return {
    papers: model.papers.length,
    dated: dates.length,
    dateRange: dates.length ? { start, end } : undefined,
    topics: model.topics.length,
    categories: counted(model.papers.map((p) => p.categories?.[0]), options.topCategories ?? 50),
    sources: counted(model.papers.map((p) => p.source), 20),
    themes: model.themes.map((t) => t.name),
    params: model.params,
    inputs: model.corpus.inputs,
  };
}
