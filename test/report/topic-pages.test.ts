import { afterAll, describe, expect, test } from 'vitest';
import { buildReportHtml } from '../../src/report/index.js';
import { reportData } from '../../src/pipeline/report.js';
import { computeTrendTables } from '../../src/analysis/trend-tables.js';
import { buildSeedModel } from '../server/fixture.js';

describe('report: topic pages, tree and what is new on the seed corpus', async () => {
  const { model: built, cleanup } = await buildSeedModel();
  afterAll(cleanup);
  const model = { ...built, topics: built.topics.map((t, i) => (i === 0 ? { ...t, label: '<b>bold</b> & co' } : t)) };
  const trends = computeTrendTables(model, { bin: 'quarter' });
  const data = reportData(model, trends);
  const page = buildReportHtml({ ...data, charts: {} });

  test('a page per topic: named chart, trend adding up to the topic, newest bins of words', () => {
    expect(data.topicPages).toHaveLength(model.topics.length);
    for (const t of model.topics) {
      const p = data.topicPages!.find((x) => x.id === t.id)!;
      const dated = model.papers.filter((d) => d.topic === t.id && d.date).length;
      expect(p.trend.reduce((a, r) => a + r.count, 0)).toBe(dated);
      const article = page.slice(page.indexOf(`id="topic-page-${t.id}"`));
      expect(article.slice(0, article.indexOf('</article>'))).toMatch(/<svg class="spark" role="img" aria-label="Share of papers in topic/);
    }
    expect(page).toContain('#0 &lt;b&gt;bold&lt;/b&gt; &amp; co');
    expect(page).not.toContain('<b>bold</b>');
    expect(page).toContain('<a href="#topic-pages">');
  });

  test('what is new lists only significant rows', () => {
    if (data.whatsNew) {
      for (const r of [...data.whatsNew.topics, ...data.whatsNew.themes, ...data.whatsNew.terms]) expect(r.significant).toBe(true);
      expect(page).toContain('<section id="whats-new">');
    }
  });
});
