import { Router } from 'express';
import type { ServerContext } from '../context.js';
import { parseParams, segmentQuery, termTrendsQuery, topicTrendsQuery } from '../params.js';
import { periodsJson } from '../serialize.js';
import { matchTerms, termTrends } from '../../analysis/index.js';
import { checkCategory } from './documents.js';
import { sendCached } from '../cached-body.js';

/** Per-series values in period order from rows of (period, name, count, share). */
function series<R extends { period: string; count: number; share: number }, K extends string | number>(rows: R[], nameOf: (r: R) => K) {
  const out = new Map<K, { count: number[]; share: number[] }>();
  for (const r of rows) {
    const key = nameOf(r);
    if (!out.has(key)) out.set(key, { count: [], share: [] });
    out.get(key)!.count.push(r.count);
    out.get(key)!.share.push(r.share);
  }
  return [...out.entries()].map(([name, v]) => ({ name, ...v }));
}

/** Trend endpoints: topics over time, any term over time, themes, emerging and declining. */
export function trendRoutes(ctx: ServerContext): Router {
  const router = Router();

  router.get('/api/trends/topics', (req, res) => {
    const q = parseParams(topicTrendsQuery, req.query);
    checkCategory(ctx, q.category);
    const t = ctx.trendTables(q);
    const bySeries = series(t.topicTrends, (r) => r.topic);
    res.json({
      bin: t.bin, category: q.category ?? null, metric: q.metric, periods: periodsJson(t.periods),
      series: bySeries.map((s) => ({ topic: s.name, label: ctx.labels.get(s.name) ?? '', values: s[q.metric] })),
    });
  });

  // Cached as text: the bench and the term box ask the same few queries again and again.
  router.get('/api/trends/terms', (req, res) => {
    const q = parseParams(termTrendsQuery, req.query);
    checkCategory(ctx, q.category);
    const { model } = ctx;
    const key = `terms\u0000${ctx.key(q)}\u0000${q.q.join('\u0001')}`;
    const body = ctx.cached(key, () => {
      const binning = ctx.binning(q);
      // Each term matched once: at a million papers a frequent word's match is a sizeable part of the request.
      const matched = matchTerms(model, q.q, ctx.termCounts(q));
      const papers = new Map(matched.map((m) => [m.name, m.docs.length]));
      const rows = termTrends(model, q.q, binning, matched);
      return JSON.stringify({
        bin: binning.bin, category: q.category ?? null, periods: periodsJson(binning.periods),
        terms: series(rows, (r) => r.theme).map(({ name, count, share }) => ({ term: name, papers: papers.get(name) ?? 0, count, share })),
      });
    });
    sendCached(req, res, body);
  });

  router.get('/api/themes', (req, res) => {
    const q = parseParams(segmentQuery, req.query);
    checkCategory(ctx, q.category);
    const t = ctx.trendTables(q);
    const { model } = ctx;
    const bySeries = new Map(series(t.themeTrends, (r) => r.theme).map((s) => [s.name, s]));
    res.json({
      bin: t.bin, category: q.category ?? null, periods: periodsJson(t.periods),
      themes: model.themes.map((th) => ({ ...th, count: bySeries.get(th.name)?.count ?? [], share: bySeries.get(th.name)?.share ?? [] })),
      bursts: t.bursts,
    });
  });

  router.get('/api/emerging', (req, res) => {
    const q = parseParams(segmentQuery, req.query);
    checkCategory(ctx, q.category);
    const t = ctx.trendTables(q);
    const e = t.emergence;
    // Without a growth test (too few full bins) the windows are null and `skipped` says why; the page shows that note.
    res.json({
      bin: t.bin, category: q.category ?? null, before: e.before ?? null, after: e.after ?? null, alpha: e.alpha,
      emerging: e.emerging, declining: e.declining, skipped: t.skipped, notes: t.notes,
    });
  });
  return router;
}
