import { describe, expect, test } from 'vitest';
import {
  OTHER_NAME,
  TOPIC_PALETTE,
  VIEW_NAMES,
  changesSpec,
  chartsForRun,
  categoryTrendsSpec,
  renderSvg,
  themeTrendsSpec,
  topicHeatmapSpec,
  topicMapSpec,
  topicSizesSpec,
  topicTermsSpec,
  topicsOverTimeSpec,
  type VegaLiteSpec,
} from '../../src/charts/index.js';
import { fixtureRun, monthlyPeriods } from './fixtures.js';
import { colourMapOf, dataOf, unitsOf } from './helpers.js';
import { vegaLiteSchemaErrors } from './schema.js';

const run = fixtureRun();

/** Every builder with its default options and with each notable option, on the fixture run and on empty tables. */
function allVariants(): [string, VegaLiteSpec][] {
  const { topics, documents, periods, topicTrends, themeTrends, bursts, changes, categoryTrends } = run;
  return [
    ...Object.entries(chartsForRun(run)),
    ['map all points', topicMapSpec(documents, topics, { maxPoints: Infinity })],
    ['sizes top 5', topicSizesSpec(topics, { maxTopics: 5 })],
    ['over time count', topicsOverTimeSpec(topicTrends, topics, periods, { metric: 'count', topN: 5 })],
    ['over time omit', topicsOverTimeSpec(topicTrends, topics, periods, { others: 'omit', variant: 'area' })],
    ['themes chosen, no bursts', themeTrendsSpec(themeTrends, periods, bursts, { themes: ['agents', 'speech'], showBursts: false })],
    ['themes empty', themeTrendsSpec([], periods)],
    ['changes both + stable', changesSpec(changes, { kind: 'both', includeStable: true })],
    ['changes empty', changesSpec([])],
    ['heatmap top 5', topicHeatmapSpec(topicTrends, topics, periods, { maxTopics: 5 })],
    ['heatmap with a mix shift', topicHeatmapSpec(topicTrends, topics, periods, { shifts: [{ field: 'source', date: periods[3].start }, { field: 'category', date: periods[3].start }] })],
    ['over time adjusted', topicsOverTimeSpec(topicTrends, topics, periods, { metric: 'adjusted', adjustedBy: 'category' })],
    ['themes adjusted', themeTrendsSpec(themeTrends, periods, bursts, { metric: 'adjusted', adjustedBy: 'source' })],
    ['terms single topic', topicTermsSpec(topics, { topicIds: [3] })],
    ['category trends chosen', categoryTrendsSpec(categoryTrends, topics, periods, { categories: ['cs.CV', 'cs.CL'], topN: 3 })],
    ['category trends empty', categoryTrendsSpec([], topics, periods)],
  ];
}

describe('every spec', () => {
  const variants = allVariants();

  test('chartsForRun builds every view', () => {
    expect(Object.keys(chartsForRun(run)).sort()).toEqual([...VIEW_NAMES].sort());
  });

  test.each(variants)('%s validates against the Vega-Lite v6 schema and carries its data inline', (_name, spec) => {
    expect(vegaLiteSchemaErrors(spec)).toEqual([]);
    expect(spec.$schema).toMatch(/vega-lite\/v6/);
    expect(JSON.stringify(spec)).not.toMatch(/"url"\s*:/);
    // Round-trips through JSON: a spec is plain data that can be saved and served.
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  test('the schema check rejects a broken spec (so the test above can fail)', () => {
    const broken = { ...chartsForRun(run)['topic-sizes'], mark: 'barr' } as unknown as VegaLiteSpec;
    expect(vegaLiteSchemaErrors(broken).length).toBeGreaterThan(0);
  });

  test('every spec compiles and renders without Vega-Lite warnings', async () => {
    const warnings: string[] = [];
    for (const [name, spec] of variants) {
      const svg = await renderSvg(spec, { onWarning: (m) => warnings.push(`${name}: ${m}`) });
      expect(svg.startsWith('<svg')).toBe(true);
    }
    expect(warnings).toEqual([]);
  });
});

describe('colours', () => {
  test('the palette keeps 30+ topics apart', () => {
    expect(new Set(TOPIC_PALETTE.map((c) => c.toLowerCase())).size).toBe(TOPIC_PALETTE.length);
    expect(TOPIC_PALETTE.length).toBeGreaterThanOrEqual(30);
  });

  test('a topic has the same colour in every view that colours topics', () => {
    const specs = chartsForRun(run);
    const views = ['topic-map', 'topic-sizes', 'topics-over-time', 'topics-over-time-lines', 'topic-terms', 'category-trends'] as const;
    const maps = views.map((v) => colourMapOf(specs[v]));
    for (const t of run.topics) {
      const name = `#${t.id} ${t.label}`;
      const colours = new Set(maps.map((m) => m.get(name)));
      expect(colours.size, name).toBe(1);
      expect([...colours][0]).toBe(TOPIC_PALETTE[t.id]);
    }
  });
});

describe('topic sizes', () => {
  test('bars sorted by size, largest first, and limited by maxTopics', () => {
    const shuffled = [...run.topics].reverse();
    const rows = dataOf(topicSizesSpec(shuffled, { maxTopics: 5 }));
    expect(rows.map((r) => r.size)).toEqual([...run.topics].map((t) => t.size).sort((a, b) => b - a).slice(0, 5));
  });
});

describe('topics over time', () => {
  const { topics, periods, topicTrends } = run;

  test('top N plus "Other topics" make up each bin (shares sum to 1)', () => {
    const spec = topicsOverTimeSpec(topicTrends, topics, periods, { topN: 5 });
    const values = dataOf(spec, 0);
    expect(new Set(values.map((v) => v.topic)).size).toBe(6);
    expect(values.some((v) => v.topic === OTHER_NAME)).toBe(true);
    for (const p of periods) {
      const sum = values.filter((v) => v.period === p.key).reduce((s, v) => s + v.share, 0);
      expect(sum).toBeCloseTo(1, 9);
    }
  });

  test('the top N are the topics with most papers; omitted others leave no "Other" series', () => {
    const spec = topicsOverTimeSpec(topicTrends, topics, periods, { topN: 3, others: 'omit', variant: 'line' });
    const names = new Set(unitsOf(spec).flatMap((u) => (u.data ? u.data.values : [])).map((v: any) => v.topic).filter(Boolean));
    expect([...names].sort()).toEqual(topics.slice(0, 3).map((t) => `#${t.id} ${t.label}`).sort());
  });

  test('a bin with no row for a topic counts as zero, so areas stack', () => {
    const rows = topicTrends.filter((r) => !(r.topic === 0 && r.period === '2024-05'));
    const values = dataOf(topicsOverTimeSpec(rows, topics, periods, { topN: 2, metric: 'count' }), 0);
    const cell = values.find((v) => v.period === '2024-05' && v.topic.startsWith('#0 '));
    expect(cell).toMatchObject({ count: 0, share: 0 });
    expect(values.filter((v) => v.period === '2024-05')).toHaveLength(3);
  });

  test('partial bins are marked with a band and a note; complete runs have neither', () => {
    const marked = JSON.stringify(topicsOverTimeSpec(topicTrends, topics, periods));
    expect(marked).toContain('"partial"');
    expect(marked).toContain('2026-05-01');
    const complete = periods.map((p) => ({ ...p, partial: false }));
    const plain = topicsOverTimeSpec(topicTrends, topics, complete, { variant: 'line' });
    expect(unitsOf(plain)).toHaveLength(1);
  });

  test('a row for an unknown period or topic is an error that names the row', () => {
    const bad = [...topicTrends, { ...topicTrends[0], period: '2031-01' }];
    expect(() => topicsOverTimeSpec(bad, topics, periods)).toThrow(/topic trend row \d+: period "2031-01"/);
    const badTopic = [...topicTrends, { ...topicTrends[0], topic: 99 }];
    expect(() => topicsOverTimeSpec(badTopic, topics, periods, { topN: 30 })).toThrow(/topic 99/);
  });
});

describe('emerging and declining', () => {
  test('stable rows are left out unless asked for; non-significant rows are marked', () => {
    const rows = dataOf(changesSpec(run.changes));
    expect(rows.every((r) => r.direction !== 'stable')).toBe(true);
    expect(rows.every((r) => r.kind === 'topic')).toBe(true);
    const faded = rows.filter((r) => r.significance === 'not significant');
    expect(faded.length).toBeGreaterThan(0); // the fixture has one weak "emerging/declining" row
    const all = dataOf(changesSpec(run.changes, { includeStable: true, kind: 'both' }));
    expect(all.length).toBe(run.changes.length);
  });

  test('largest absolute changes first, capped by maxRows', () => {
    const rows = dataOf(changesSpec(run.changes, { includeStable: true, kind: 'both', maxRows: 4 }));
    const expected = [...run.changes].map((c) => Math.abs(c.change)).sort((a, b) => b - a).slice(0, 4);
    expect(rows.map((r) => Math.abs(r.change))).toEqual(expected);
  });
});

describe('heatmap', () => {
  test('one cell per topic and period; the partial column is starred', () => {
    const rows = dataOf(topicHeatmapSpec(run.topicTrends, run.topics, run.periods));
    expect(rows).toHaveLength(run.topics.length * run.periods.length);
    expect(rows.find((r) => r.period === '2026-05')!.column).toBe('2026-05 *');
    expect(rows.find((r) => r.period === '2026-04')!.column).toBe('2026-04');
  });
});

describe('theme trends', () => {
  test('bursts are shaded from the first day of the start bin to the end of the end bin', () => {
    const spec = themeTrendsSpec(run.themeTrends, run.periods, run.bursts);
    const burstLayer = unitsOf(spec).find((u) => u.mark.type === 'rect' && u.data.values[0]?.theme);
    expect(burstLayer!.data.values).toEqual([expect.objectContaining({ theme: 'agents', start: '2025-07-01', end: '2025-12-01' })]);
  });

  test('by default the themes with most papers; a burst of a theme not shown is not drawn', () => {
    const totals = new Map<string, number>();
    for (const r of run.themeTrends) totals.set(r.theme, (totals.get(r.theme) ?? 0) + r.count);
    const top2 = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([t]) => t);
    const lines = (spec: VegaLiteSpec) => new Set(unitsOf(spec).find((u) => u.mark.type === 'line')!.data.values.map((v: any) => v.theme));
    expect(lines(themeTrendsSpec(run.themeTrends, run.periods, run.bursts, { maxThemes: 2 }))).toEqual(new Set(top2));
    const withoutAgents = themeTrendsSpec(run.themeTrends, run.periods, run.bursts, { themes: ['speech', 'diffusion'] });
    expect(lines(withoutAgents)).toEqual(new Set(['speech', 'diffusion']));
    expect(JSON.stringify(withoutAgents)).not.toContain('Burst of');
  });
});

describe('category trends', () => {
  test('panels by category, largest first; missing rows become zeros; a topic absent from a category is left out of its panel', () => {
    const spec = categoryTrendsSpec(run.categoryTrends, run.topics, run.periods, { topN: 4, maxCategories: 3 }) as any;
    const values = spec.data.values as any[];
    const totals = new Map<string, number>();
    for (const r of run.categoryTrends) totals.set(r.category, (totals.get(r.category) ?? 0) + r.count);
    const biggest = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([c]) => c);
    expect(spec.facet.row.sort).toEqual(biggest);
    expect(new Set(values.map((v) => v.category))).toEqual(new Set(biggest));
    for (const category of biggest) {
      // series drawn in the panel = top topics with at least one paper in the category, each in every bin of the category
      const had = new Set(run.categoryTrends.filter((r) => r.category === category && r.count > 0).map((r) => `#${r.topic} ${r.label}`));
      const rows = values.filter((v) => v.category === category);
      const series = new Set(rows.map((v) => v.topic));
      for (const name of series) expect(had.has(name)).toBe(true);
      const bins = new Set(run.categoryTrends.filter((r) => r.category === category).map((r) => r.period));
      expect(rows).toHaveLength(series.size * bins.size);
    }
    expect(values.some((v) => v.share === 0 && v.count === 0)).toBe(true);
  });
});

describe('topic terms', () => {
  test('terms by weight, capped per topic; an unknown topic id is an error', () => {
    const rows = dataOf(topicTermsSpec(run.topics, { topicIds: [2], maxTerms: 4 }));
    expect(rows.map((r) => r.term)).toEqual([...run.topics[2].terms].sort((a, b) => b.weight - a.weight).slice(0, 4).map((t) => t.term));
    expect(() => topicTermsSpec(run.topics, { topicIds: [77] })).toThrow(/topic 77/);
  });
});

describe('periods', () => {
  test('month periods: a partial last bin ends on the last covered day', () => {
    const ps = monthlyPeriods('2025-11', 3, 15);
    expect(ps.map((p) => [p.key, p.end, p.partial])).toEqual([
      ['2025-11', '2025-11-30', false],
      ['2025-12', '2025-12-31', false],
      ['2026-01', '2026-01-15', true],
    ]);
  });
});

describe('legends', () => {
  test('the theme chart has a theme legend (a band layer must not switch it off)', async () => {
    const svg = await renderSvg(themeTrendsSpec(run.themeTrends, run.periods, run.bursts));
    expect(svg).toContain('role-legend');
    for (const theme of ['agents', 'speech', 'diffusion', 'large language models']) expect(svg).toContain(`>${theme}</text>`);
  });
});

describe('time axes follow the bin', () => {
  test('one tick per bin at its middle, labelled as the bin is named, and a domain that ends with the last bin', async () => {
    const { timeAxisFor, periodDates } = await import('../../src/charts/periods.js');
    const { makePeriods } = await import('../../src/trends/index.js');
    for (const [unit, label] of [['year', '%Y'], ['quarter', 'Q%q %Y'], ['month', '%b %Y']] as const) {
      const { periods } = makePeriods(['2023-02-10', '2024-11-20'], unit);
      const { axis, scale } = timeAxisFor(periods);
      const dates = periodDates(periods);
      expect(axis.format, unit).toBe(label);
      expect((axis.values as unknown[]).length, unit).toBe(periods.length);
      expect(axis.values as unknown[], unit).toEqual(dates.map((p) => expect.objectContaining({ year: Number(p.mid.slice(0, 4)), month: Number(p.mid.slice(5, 7)), utc: true })));
      const end = (scale.domain as { year: number; month: number; date: number }[])[1];
      expect(`${end.year}-${String(end.month).padStart(2, '0')}-${String(end.date).padStart(2, '0')}`, unit).toBe(dates.at(-1)!.endExclusive);
      expect(scale.nice).toBe(false);
    }
    const spec = topicsOverTimeSpec(run.topicTrends, run.topics, run.periods);
    const x = (spec.layer as { encoding?: { x?: { field?: string; axis?: { format?: string } } } }[]).find((l) => l.encoding?.x?.field === 'date')?.encoding?.x;
    expect(x?.axis?.format).toBe('%b %Y');
    expect(vegaLiteSchemaErrors(spec)).toEqual([]);
  });
});
