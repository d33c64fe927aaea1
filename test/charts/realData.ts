/**
 * Tables from real papers (`labeled.jsonl`), with each paper's arXiv primary
 * category standing in for its topic: real titles, real dates, a real 29-month
 * range with a partial last month and a real step in the mix at 2025-03-18.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentRow, Topic } from '../../src/topics/types.js';
import type { CategoryTrendRow, Period, TopicTrendRow } from '../../src/trends/types.js';
import { gaussian, mulberry32 } from '../../src/util/random.js';
import { sharedData } from '../helpers/cli.js';
import { monthlyPeriods } from './fixtures.js';

interface LabeledPaper {
  id: string;
  title: string;
  date: string;
  categories: string[];
  source: string;
  label: string;
}

export function loadLabeled(): LabeledPaper[] {
  const text = readFileSync(path.join(sharedData, 'labeled.jsonl'), 'utf8');
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as LabeledPaper);
}

export interface RealRun {
  papers: LabeledPaper[];
  topics: Topic[];
  documents: DocumentRow[];
  periods: Period[];
  topicTrends: TopicTrendRow[];
  categoryTrends: CategoryTrendRow[];
}

export function realRun(papers = loadLabeled()): RealRun {
  const sizes = new Map<string, number>();
  for (const p of papers) sizes.set(p.label, (sizes.get(p.label) ?? 0) + 1);
  const labels = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([l]) => l);
  const idOf = new Map(labels.map((l, i) => [l, i]));
  const topics: Topic[] = labels.map((label, id) => ({ id, label, size: sizes.get(label)!, terms: [{ term: label, weight: 1 }], representativeIds: [] }));

  const lastDay = papers.reduce((m, p) => (p.date > m ? p.date : m), '');
  const periods = monthlyPeriods('2024-01', 29, Number(lastDay.slice(8, 10)));
  const random = mulberry32(11);
  const documents: DocumentRow[] = papers.map((p) => {
    const topic = idOf.get(p.label)!;
    return { id: p.id, title: p.title, date: p.date, categories: p.categories, source: p.source, topic, topicLabel: p.label, x: topic * 3 + gaussian(random), y: (topic % 3) * 3 + gaussian(random) };
  });

  const counts = new Map<string, number>();
  const bySource = new Map<string, number>();
  for (const d of documents) {
    const month = d.date!.slice(0, 7);
    counts.set(`${month}|${d.topic}`, (counts.get(`${month}|${d.topic}`) ?? 0) + 1);
    bySource.set(`${month}|${d.source}|${d.topic}`, (bySource.get(`${month}|${d.source}|${d.topic}`) ?? 0) + 1);
  }
  for (const p of periods) p.total = documents.filter((d) => d.date!.startsWith(p.key)).length;
  const topicTrends: TopicTrendRow[] = periods.flatMap((p) =>
    topics.map((t) => {
      const count = counts.get(`${p.key}|${t.id}`) ?? 0;
      return { period: p.key, topic: t.id, label: t.label, count, share: p.total ? count / p.total : 0, period_total: p.total, partial: p.partial, top_terms: t.label };
    }),
  );
  // "Category" here is the source archive: the README's known mix shift.
  const categoryTrends: CategoryTrendRow[] = [];
  for (const p of periods) {
    for (const source of ['arxiver', 'daily-arXiv-ai-enhanced']) {
      const rows = topics.map((t) => ({ t, count: bySource.get(`${p.key}|${source}|${t.id}`) ?? 0 }));
      const total = rows.reduce((s, r) => s + r.count, 0);
      for (const r of rows) if (r.count > 0) categoryTrends.push({ period: p.key, category: source, topic: r.t.id, label: r.t.label, count: r.count, share: r.count / total, category_total: total });
    }
  }
  return { papers, topics, documents, periods, topicTrends, categoryTrends };
}
