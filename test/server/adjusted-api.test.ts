/**
 * Adjusted trends in the API (issue #23): adjusted shares with intervals beside
 * the raw ones, verdict objects on emerging rows, the adjustment and the mix
 * shifts in /api/summary, and `--adjust-by none` saying it did not adjust.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TopicModel } from '../../src/model/model.js';
import type { RunningServer } from '../../src/server/index.js';
import { buildSeedModel, hostileCopy, serve } from './fixture.js';
import { runCli } from '../helpers/cli.js';
import { shareDifferenceInterval } from '../../src/trends/index.js';

let cleanup: () => void;
let servers: { running: RunningServer; url: (p: string) => string }[] = [];
let model: TopicModel;

beforeAll(async () => {
  const built = await buildSeedModel();
  cleanup = built.cleanup;
  // The seed listing has no categories; the copy gives every third paper cs.CV, the rest cs.CL (two strata of 30+ papers).
  model = hostileCopy(built.model).model;
  // A third copy with two feeds, each holding both categories: side by side can compare categories within feeds.
  const feeds = { ...model, papers: model.papers.map((p, i) => ({ ...p, source: i % 2 ? 'feed-a' : 'feed-b' })) };
  servers = [await serve(model), await serve(model, { adjustBy: 'none' }), await serve(feeds)];
}, 120_000);

afterAll(async () => {
  for (const s of servers) await s.running.close(100);
  cleanup?.();
});

const get = async (server: number, p: string) => (await fetch(servers[server].url(p))).json();

describe('adjusted trends in the API (seed model with two categories)', () => {
  test('the dashboard line verdicts use the adjusted test, and say so; without strata they are raw', async () => {
    const lines = await get(0, '/api/lines?bin=month&q=language');
    const judged = lines.lines.filter((l: { verdict: unknown }) => l.verdict);
    expect(judged.length).toBeGreaterThan(0);
    for (const l of judged) expect(l.verdict.adjusted_by).toBe('category');
    // A typed term the reader hid is not drawn but keeps its verdict and colour; the themes drawn stay.
    const hid = await get(0, '/api/lines?bin=month&q=language&hide=language');
    const term = hid.lines.find((l: { kind: string }) => l.kind === 'term');
    expect(term).toMatchObject({ label: 'language', shown: false, color: lines.lines[0].color, verdict: lines.lines[0].verdict });
    const drawn = (body: { lines: { name: string; shown: boolean; kind: string }[] }) => body.lines.filter((l) => l.shown && l.kind === 'theme').map((l) => l.name);
    expect(drawn(hid)).toEqual(drawn(lines));
    const raw = await get(1, '/api/lines?bin=month&q=language');
    for (const l of raw.lines.filter((x: { verdict: unknown }) => x.verdict)) expect(l.verdict.adjusted_by).toBeNull();
  });

  test('topics and terms carry adjusted shares with intervals beside the raw ones', async () => {
    const t = await get(0, '/api/trends/topics?bin=month');
    expect(t.adjustedBy).toBe('category');
    for (const s of t.series) {
      expect(s.adjusted).toHaveLength(t.periods.length);
      s.adjusted.forEach((a: number, i: number) => {
        expect(s.adjusted_lo[i]).toBeLessThanOrEqual(a);
        expect(a).toBeLessThanOrEqual(s.adjusted_hi[i]);
      });
    }
    const terms = await get(0, '/api/trends/terms?bin=month&q=language');
    expect(terms.terms[0].adjusted).toHaveLength(terms.periods.length);
    expect(terms.terms[0].share).toHaveLength(terms.periods.length);
  });

  test('the overview and theme charts draw the adjusted share when asked (metric=adjusted), the raw share beside in the tooltip', async () => {
    const t = await get(0, '/api/trends/topics?bin=month&metric=adjusted');
    const spec = await get(0, '/api/charts/topics-over-time-lines?bin=month&metric=adjusted&top=30');
    const lines = spec.layer.find((l: { mark: { type: string } }) => l.mark.type === 'line');
    expect(lines.encoding.y.field).toBe('adjusted');
    expect(lines.encoding.y.title).toMatch(/adjusted for the category mix/);
    expect(lines.encoding.tooltip.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining(['share', 'adjusted']));
    // Each drawn value is the topic's adjusted share of that bin, as /api/trends/topics gives it.
    let differs = 0;
    for (const v of lines.data.values.filter((x: { adjusted: number | null }) => x.adjusted !== null)) {
      const s = t.series.find((x: { topic: number }) => x.topic === v.topic_id);
      const i = t.periods.findIndex((p: { key: string }) => p.key === v.period);
      expect(v.adjusted).toBeCloseTo(s.values[i], 12);
      if (Math.abs(v.adjusted - v.share) > 1e-6) differs++;
    }
    expect(differs).toBeGreaterThan(0);
    const area = await get(0, '/api/charts/topics-over-time?bin=month&metric=adjusted');
    expect(area.layer[0].encoding.y.field).toBe('adjusted');
    const themes = await get(0, '/api/charts/theme-trends?bin=month&metric=adjusted&q=language');
    const line = themes.layer.find((l: { mark: { type: string }; data?: unknown }) => l.mark.type === 'line' && l.data);
    expect(line.encoding.y.field).toBe('adjusted');
    const term = (await get(0, '/api/trends/terms?bin=month&q=language')).terms[0];
    const drawn = line.data.values.filter((v: { theme: string; adjusted: number | null }) => v.theme === '"language"' && v.adjusted !== null);
    expect(drawn.length).toBeGreaterThan(0);
    for (const v of drawn) expect(v.adjusted).toBeCloseTo(term.adjusted[t.periods.findIndex((p: { key: string }) => p.key === v.period)], 12);
    // A server that does not adjust says so on the axis.
    const raw = await get(1, '/api/charts/topics-over-time?bin=month&metric=adjusted');
    expect(raw.layer[0].encoding.y.title).toMatch(/not adjusted/);
  });

  test('summary says what the trends were adjusted by; emerging rows carry verdicts', async () => {
    const s = await get(0, '/api/summary');
    expect(s.adjustedBy).toBe('category');
    expect(Array.isArray(s.notes)).toBe(true);
    expect(Array.isArray(s.shifts)).toBe(true);
    const e = await get(0, '/api/emerging?bin=month');
    for (const r of [...e.emerging, ...e.declining]) {
      expect(r.verdict).toEqual({ direction: r.direction, change: r.change, q: r.q, since: r.since ?? null, adjusted_by: 'category' });
      expect(r.raw_direction).toBeDefined();
    }
  });

  test('the topic page has the adjusted share per bin and where its change came from', async () => {
    const page = await get(0, '/api/topics/0?bin=month');
    expect(page.trend.length).toBe(page.periods.length);
    const topics = await get(0, '/api/trends/topics?bin=month');
    const own = topics.series.find((x: { topic: number }) => x.topic === 0);
    expect(page.trend.map((p: { adjusted: number }) => p.adjusted)).toEqual(own.adjusted);
    if (page.change) expect(page.change.mix_change + page.change.within_change).toBeCloseTo(page.change.raw_change, 12);
    // The page's chart (static/topic-page.js) draws the adjusted line and a rule per shift, and renders cleanly.
    const { trendSpec, changeSource } = await import('../../src/server/static/topic-page.js');
    const { renderSvg } = await import('../../src/charts/index.js');
    const spec = trendSpec({ ...page, shifts: [{ field: 'category', date: page.periods[1].start }] }, '#336699');
    expect(spec.layer.filter((l: { mark: { type: string } }) => l.mark.type === 'rule')).toHaveLength(1);
    const warnings: string[] = [];
    await renderSvg(spec, { onWarning: (w: string) => warnings.push(w) });
    expect(warnings).toEqual([]);
    expect(changeSource({ adjusted_by: 'category', raw_change: 0.12, mix_change: 0.11, within_change: 0.01, change: 0.02, mix_stratum: 'cs.CV' }))
      .toBe('+12.0 pts raw: +11.0 pts from the category mix (most: cs.CV), +1.0 pts within categories; adjusted +2.0 pts.');
  });

  test('side by side compares categories within sources, the raw test beside', async () => {
    const single = await get(0, '/api/compare?by=category&a=cs.CL&b=cs.CV');
    expect(single.adjustedBy).toBe('none'); // one source: nothing to hold fixed
    const c = await get(2, '/api/compare?by=category&a=cs.CL&b=cs.CV');
    expect(c.adjustedBy).toBe('source');
    for (const r of c.rows) {
      expect(r.raw_difference).toBeCloseTo(r.shareB - r.shareA, 12);
      expect(r.q).toBeGreaterThanOrEqual(r.p);
      if (r.z !== 0 && r.odds_ratio > 0 && Number.isFinite(r.odds_ratio)) expect(Math.sign(Math.log(r.odds_ratio))).toBe(Math.sign(r.z));
    }
  });

  test('side by side gives each difference its 95% interval: Newcombe\'s when raw, from the standardised shares when adjusted', async () => {
    const raw = await get(0, '/api/compare?by=category&a=cs.CL&b=cs.CV');
    for (const r of raw.rows) {
      const ci = shareDifferenceInterval(r.countA, raw.papersA, r.countB, raw.papersB);
      expect([r.ci_lo, r.ci_hi]).toEqual([ci.lo, ci.hi]);
      expect(r.ci_lo).toBeLessThanOrEqual(r.difference);
      expect(r.ci_hi).toBeGreaterThanOrEqual(r.difference);
    }
    const c = await get(2, '/api/compare?by=category&a=cs.CL&b=cs.CV');
    for (const r of c.rows) {
      expect(r.ci_lo).toBeLessThanOrEqual(r.difference);
      expect(r.ci_hi).toBeGreaterThanOrEqual(r.difference);
      // The raw interval stays beside the adjusted one, as the raw test does.
      const ci = shareDifferenceInterval(r.countA, c.papersA, r.countB, c.papersB);
      expect([r.raw_ci_lo, r.raw_ci_hi]).toEqual([ci.lo, ci.hi]);
      if (Number.isFinite(r.odds_ratio_lo)) expect(r.odds_ratio_lo).toBeLessThanOrEqual(r.odds_ratio);
      expect(r.adjusted_shareB - r.adjusted_shareA).toBeCloseTo(r.difference, 12);
    }
  });

  test('--adjust-by none: raw shares, and a note saying so', async () => {
    const s = await get(1, '/api/summary');
    expect(s.adjustedBy).toBe('none');
    expect(s.notes.join(' ')).toMatch(/not adjusted/);
    const t = await get(1, '/api/trends/topics?bin=month');
    for (const x of t.series) expect(x.adjusted).toEqual(x.values);
  });
});

test('a bad --adjust-by is a usage error naming the flag, for serve and trends alike', () => {
  for (const cmd of [['serve', '--model', 'none.json'], ['trends', '--model', 'none.json']]) {
    const r = runCli([...cmd, '--adjust-by', 'region']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--adjust-by/);
  }
});
