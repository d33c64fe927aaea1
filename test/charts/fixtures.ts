/**
 * A realistic run, generated: 20 topics × 29 monthly bins (2024-01 to
 * 2026-05, the last bin partial), with rising, falling and flat topics, a few
 * themes with a burst, category breakdowns, and papers on a 2-D map. Seeded,
 * so every test sees the same tables.
 */
import type { DocumentRow, Topic } from '../../src/topics/types.js';
import type { BurstRow, CategoryTrendRow, ChangeRow, Period, ThemeTrendRow, TopicTrendRow } from '../../src/trends/types.js';
import { gaussian, mulberry32 } from '../../src/util/random.js';

export interface FixtureRun {
  topics: Topic[];
  documents: DocumentRow[];
  periods: Period[];
  topicTrends: TopicTrendRow[];
  themeTrends: ThemeTrendRow[];
  changes: ChangeRow[];
  bursts: BurstRow[];
  categoryTrends: CategoryTrendRow[];
}

const WORDS = ['language', 'model', 'vision', 'speech', 'retrieval', 'agent', 'reasoning', 'diffusion', 'graph', 'robot', 'benchmark', 'alignment',
  'translation', 'audio', 'segmentation', 'video', 'reward', 'policy', 'token', 'prompt', 'code', 'medical', 'knowledge', 'distillation',
  'quantization', 'attention', 'summarization', 'dialogue', 'emotion', 'privacy', 'fairness', 'multilingual', 'detection', 'tracking', 'layout'];
export const HOSTILE_TITLE = `<script>alert("x")</script> & "quotes" 'single' <img src=x onerror=alert(1)>`;
const CATEGORIES = ['cs.CL', 'cs.CV', 'cs.AI', 'cs.LG', 'cs.SD'];

export function monthlyPeriods(first = '2024-01', count = 29, lastPartialDay = 29): Period[] {
  const [y0, m0] = first.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const y = y0 + Math.floor((m0 - 1 + i) / 12);
    const m = ((m0 - 1 + i) % 12) + 1;
    const key = `${y}-${String(m).padStart(2, '0')}`;
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const partial = i === count - 1 && lastPartialDay < days;
    return { key, start: `${key}-01`, end: `${key}-${String(partial ? lastPartialDay : days).padStart(2, '0')}`, partial, total: 0 };
  });
}

export function fixtureRun(options: { topics?: number; months?: number; papersPerMonth?: number; seed?: number } = {}): FixtureRun {
  const { topics: k = 20, months = 29, papersPerMonth = 120, seed = 7 } = options;
  const random = mulberry32(seed);
  const periods = monthlyPeriods('2024-01', months);
  // Topic popularity: a base weight times a linear trend (some up, some down, most flat).
  const base = Array.from({ length: k }, (_, t) => 1 / (1 + t * 0.25));
  const slope = Array.from({ length: k }, (_, t) => (t % 5 === 1 ? 2.5 : t % 5 === 3 ? -0.8 : 0));
  const centres = Array.from({ length: k }, () => ({ x: gaussian(random) * 8, y: gaussian(random) * 8 }));

  const documents: DocumentRow[] = [];
  const counts = periods.map(() => new Array<number>(k).fill(0));
  const catCounts = new Map<string, number>();
  periods.forEach((p, pi) => {
    const n = p.partial ? Math.round(papersPerMonth * 0.9) : papersPerMonth;
    const weights = base.map((b, t) => Math.max(0.02, b * (1 + (slope[t] * pi) / months)));
    const sum = weights.reduce((a, b) => a + b, 0);
    for (let j = 0; j < n; j++) {
      let u = random() * sum;
      let t = 0;
      while (u > weights[t] && t < k - 1) u -= weights[t++];
      counts[pi][t]++;
      const category = CATEGORIES[(t + (random() < 0.3 ? 1 : 0)) % CATEGORIES.length];
      catCounts.set(`${pi}|${category}|${t}`, (catCounts.get(`${pi}|${category}|${t}`) ?? 0) + 1);
      const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
      documents.push({
        id: `${p.key.replace('-', '')}.${String(j).padStart(5, '0')}`,
        title: documents.length === 5 ? HOSTILE_TITLE : `${WORDS[t % WORDS.length]} ${WORDS[(t * 7 + j) % WORDS.length]} study ${j}`,
        date: `${p.key}-${day}`,
        categories: [category],
        topic: t,
        topicLabel: '',
        x: centres[t].x + gaussian(random),
        y: centres[t].y + gaussian(random),
      });
    }
    p.total = n;
  });

  const topics: Topic[] = Array.from({ length: k }, (_, t) => {
    const terms = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((r) => ({ term: WORDS[(t * 3 + r) % WORDS.length], weight: 0.5 / (1 + r) + random() * 0.01 }));
    return { id: t, size: 0, label: terms.slice(0, 3).map((x) => x.term).join(', '), terms, representativeIds: [] };
  });
  // Real runs number topics by size, largest first.
  const totals = topics.map((_, t) => counts.reduce((s, row) => s + row[t], 0));
  const order = totals.map((n, t) => [n, t]).sort((a, b) => b[0] - a[0] || a[1] - b[1]).map(([, t]) => t);
  const newId = new Map(order.map((old, i) => [old, i]));
  const sorted = order.map((old, i) => ({ ...topics[old], id: i, size: totals[old] }));
  for (const d of documents) {
    d.topic = newId.get(d.topic)!;
    d.topicLabel = sorted[d.topic].label;
  }
  for (const t of sorted) t.representativeIds = documents.filter((d) => d.topic === t.id).slice(0, 3).map((d) => d.id);

  const topicTrends: TopicTrendRow[] = periods.flatMap((p, pi) =>
    order.map((old, id) => ({ period: p.key, topic: id, label: sorted[id].label, count: counts[pi][old], share: counts[pi][old] / p.total, period_total: p.total, partial: p.partial, top_terms: sorted[id].terms.slice(0, 3).map((x) => x.term).join(', ') })),
  );

  const themes = ['large language models', 'diffusion', 'agents', 'speech'];
  const themeTrends: ThemeTrendRow[] = periods.flatMap((p, pi) =>
    themes.map((theme, ti) => {
      const rate = 0.05 + 0.02 * ti + (theme === 'agents' && pi >= 18 && pi <= 22 ? 0.12 : 0) + (theme === 'large language models' ? pi * 0.006 : 0);
      const count = Math.round(rate * p.total);
      return { period: p.key, theme, count, share: count / p.total, period_total: p.total, partial: p.partial };
    }),
  );
  const bursts: BurstRow[] = [{ name: 'agents', kind: 'theme', start: periods[18].key, end: periods[22].key, strength: 3.2 }];

  const half = Math.floor(months / 2);
  const shareIn = (id: number, from: number, to: number) => {
    let c = 0;
    let n = 0;
    for (let pi = from; pi < to; pi++) { c += counts[pi][order[id]]; n += periods[pi].total; }
    return c / n;
  };
  const changes: ChangeRow[] = sorted.map((t) => {
    const before = shareIn(t.id, 0, half);
    const after = shareIn(t.id, half, months);
    const n1 = half * papersPerMonth;
    const n2 = (months - half) * papersPerMonth;
    const pooled = (before * n1 + after * n2) / (n1 + n2);
    const z = (after - before) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2) || 1);
    const p = Math.min(1, 2 * Math.exp(-(z * z) / 2) / Math.max(1, Math.abs(z) * 2.5));
    const significant = p < 0.05;
    return { kind: 'topic', name: t.label, topic: t.id, share_before: before, share_after: after, change: after - before, z, p, significant, direction: !significant ? 'stable' : z > 0 ? 'emerging' : 'declining' };
  });
  changes.push({ kind: 'theme', name: 'agents', share_before: 0.09, share_after: 0.13, change: 0.04, z: 4.1, p: 0.00004, significant: true, direction: 'emerging' });
  // A change that is "emerging" by direction but not significant: it must be drawn faded and marked.
  const weak = changes.find((c) => c.kind === 'topic' && !c.significant);
  if (weak) weak.direction = weak.change >= 0 ? 'emerging' : 'declining';

  const categoryTrends: CategoryTrendRow[] = [];
  periods.forEach((p, pi) => {
    for (const category of CATEGORIES) {
      const rows = order.map((old, id) => ({ id, count: catCounts.get(`${pi}|${category}|${old}`) ?? 0 }));
      const total = rows.reduce((s, r) => s + r.count, 0);
      for (const r of rows) if (r.count > 0) categoryTrends.push({ period: p.key, category, topic: r.id, label: sorted[r.id].label, count: r.count, share: r.count / total, category_total: total });
    }
  });
  return { topics: sorted, documents, periods, topicTrends, themeTrends, changes, bursts, categoryTrends };
}
