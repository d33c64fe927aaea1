import { describe, expect, test } from 'vitest';
import { renderSvg, sampleIndices, themeTrendsSpec, topicMapSpec, topicSizesSpec, topicsOverTimeSpec } from '../../src/charts/index.js';
import type { Topic } from '../../src/topics/types.js';
import { HOSTILE_TITLE, fixtureRun, monthlyPeriods } from './fixtures.js';
import { dataOf } from './helpers.js';
import { realRun } from './realData.js';

const topic = (id: number, label: string, size: number): Topic => ({ id, label, size, terms: [{ term: label, weight: 1 }], representativeIds: [] });

/** Paths drawn by data marks of one kind (Vega draws bars and symbols as <path>). */
function markPaths(svg: string, markClass: string): number {
  // Vega may split one mark into several groups (one per series or row): sum them all.
  const groups = svg.split(`class="mark-${markClass} role-mark`).slice(1);
  return groups.reduce((n, g) => n + (g.slice(0, g.indexOf('</g>')).match(/<path/g) ?? []).length, 0);
}

describe('renderSvg', () => {
  test('draws one bar per topic with its label, and is deterministic', async () => {
    const spec = topicSizesSpec([topic(0, 'alpha', 30), topic(1, 'beta', 20), topic(2, 'gamma', 10)]);
    const svg = await renderSvg(spec);
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(markPaths(svg, 'rect')).toBe(3);
    for (const label of ['#0 alpha', '#1 beta', '#2 gamma']) expect(svg).toContain(label);
    expect(await renderSvg(spec)).toBe(svg);
  });

  test('escapes hostile text from labels and theme names', async () => {
    const evil = '<script>alert(1)</script> & "q"';
    const sizes = await renderSvg(topicSizesSpec([topic(0, evil, 5), topic(1, 'ok', 3)]));
    const periods = monthlyPeriods('2025-01', 3, 31);
    const themes = await renderSvg(themeTrendsSpec(periods.map((p) => ({ period: p.key, theme: evil, count: 1, share: 0.1, period_total: 10, partial: false })), periods));
    for (const svg of [sizes, themes]) {
      expect(svg).not.toMatch(/<script/i);
      expect(svg).toContain('&lt;script&gt;');
    }
  });

  test('a long label keeps most of its text (text width is estimated, not 0.8 em per character)', async () => {
    const label = 'quantization, attention, summarization';
    const svg = await renderSvg(topicSizesSpec([topic(0, label, 5)]));
    expect(svg).toContain(`#0 ${label}`);
  });
});

describe('topic map', () => {
  const run = fixtureRun();

  test('subsamples to maxPoints reproducibly by seed, keeps labels at the full-data centres', () => {
    const a = topicMapSpec(run.documents, run.topics, { maxPoints: 500, seed: 1 });
    const b = topicMapSpec(run.documents, run.topics, { maxPoints: 500, seed: 1 });
    const c = topicMapSpec(run.documents, run.topics, { maxPoints: 500, seed: 2 });
    expect(dataOf(a, 0)).toHaveLength(500);
    expect(dataOf(a, 0)).toEqual(dataOf(b, 0));
    expect(dataOf(a, 0)).not.toEqual(dataOf(c, 0));
    expect(JSON.stringify(a.title)).toContain('500 of 3,468');
    const t0 = run.documents.filter((d) => d.topic === 0);
    // Layer 1 holds the leader lines of moved labels; layer 2 the labels, each with its topic's centre (cx, cy).
    const centre = dataOf(a, 2).find((l) => l.topic.startsWith('#0 '))!;
    expect(centre.cx).toBeCloseTo(t0.reduce((s, d) => s + d.x, 0) / t0.length, 9);
    expect(dataOf(c, 2)).toEqual(dataOf(a, 2));
    expect(dataOf(topicMapSpec(run.documents, run.topics, { maxPoints: 10_000 }), 0)).toHaveLength(run.documents.length);
  });

  test('tooltips carry title, date and topic; bad coordinates name the paper', () => {
    const points = dataOf(topicMapSpec(run.documents, run.topics), 0);
    expect(points.find((p) => p.title === HOSTILE_TITLE) ?? points[0]).toHaveProperty('date');
    const bad = [...run.documents.slice(0, 3), { ...run.documents[3], id: 'broken-1', x: Number.NaN }];
    expect(() => topicMapSpec(bad, run.topics)).toThrow(/document 3 \(broken-1\)/);
  });
});

describe('sampleIndices', () => {
  test('k distinct sorted indices in range, uniform over the range', () => {
    const idx = sampleIndices(100_000, 5_000, 9);
    expect(idx).toHaveLength(5_000);
    expect(new Set(idx).size).toBe(5_000);
    expect(idx.every((v, i) => v >= 0 && v < 100_000 && (i === 0 || v > idx[i - 1]))).toBe(true);
    const mean = idx.reduce((s, v) => s + v, 0) / idx.length;
    expect(Math.abs(mean - 50_000)).toBeLessThan(2_000); // sd of the mean ≈ 408
    expect(idx.filter((v) => v < 50_000).length).toBeGreaterThan(2_300);
    expect(sampleIndices(10, 20, 1)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('real corpus (labeled.jsonl, primary category as topic)', () => {
  const real = realRun();

  test('topics over time shows the source cut-over: cs.CL share falls after 2025-03', async () => {
    const spec = topicsOverTimeSpec(real.topicTrends, real.topics, real.periods, { topN: 5 });
    const values = dataOf(spec, 0);
    const cl = values.filter((v) => v.topic.endsWith(' cs.CL'));
    expect(cl).toHaveLength(29);
    const mean = (rows: typeof cl) => rows.reduce((s, v) => s + v.share, 0) / rows.length;
    const before = mean(cl.filter((v) => v.period < '2025-03'));
    const after = mean(cl.filter((v) => v.period > '2025-03'));
    expect(before).toBeGreaterThan(0.5);
    expect(after).toBeLessThan(0.4);
    expect(real.periods.at(-1)!.partial).toBe(true);
    const svg = await renderSvg(spec);
    expect(markPaths(svg, 'area')).toBe(6); // 5 topics + "Other topics"
  });

  test('a 2,000-point map of real titles renders every sampled point', async () => {
    const spec = topicMapSpec(real.documents, real.topics, { maxPoints: 2_000, seed: 3 });
    const svg = await renderSvg(spec);
    expect(markPaths(svg, 'symbol')).toBe(2_000);
    const titles = dataOf(spec, 0).map((p) => p.title);
    expect(titles.some((t) => t.includes('&'))).toBe(true);
  });
});

describe('renderSvg input', () => {
  test('leaves the spec untouched (Vega tags data objects it ingests)', async () => {
    const spec = topicSizesSpec([topic(0, 'alpha', 30), topic(1, 'beta', 20)]);
    const rows = dataOf(spec);
    await renderSvg(spec);
    expect(Object.getOwnPropertySymbols(rows[0])).toEqual([]);
  });
});
