import { Router } from 'express';
import type { ServerContext } from '../context.js';
import { parseParams, segmentQuery, termTrendsQuery, topicTrendsQuery } from '../params.js';
import { periodsJson } from '../serialize.js';
import { adjustTermRows, matchTerms, termTrends } from '../../analysis/index.js';
import { checkCategory } from './documents.js';
import { sendCached } from '../cached-body.js';
import { verdictOf, type ChangeRow } from '../../trends/index.js';

/** Each row with its verdict object ({direction, change, q, since, adjusted_by}), the shape dashboards build on. */
const withVerdict = (r: ChangeRow) => ({ ...r, verdict: verdictOf(r) });

type Row = { period: string; count: number; share: number; adjusted_share?: number; adjusted_lo?: number; adjusted_hi?: number };

/**
 * Per-series values in period order: count, raw share, and the share adjusted for the corpus mix with its
 * 95% interval (src/trends/standardise.ts; equal to share with a Wilson interval when the run does not adjust).
 */
function series<R extends Row, K extends string | number>(rows: R[], nameOf: (r: R) => K) {
  const out = new Map<K, { count: number[]; share: number[]; adjusted: number[]; adjusted_lo: number[]; adjusted_hi: number[] }>();
  for (const r of rows) {
    const key = nameOf(r);
    if (!out.has(key)) out.set(key, { count: [], share: [], adjusted: [], adjusted_lo: [], adjusted_hi: [] });
    const v = out.get(key)!;
    v.count.push(r.count);
    v.share.push(r.share);
    v.adjusted.push(r.adjusted_share ?? r.share);
    v.adjusted_lo.push(r.adjusted_lo ?? r.share);
    v.adjusted_hi.push(r.adjusted_hi ?? r.share);
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
      adjustedBy: t.strata.by,
      series: bySeries.map((s) => ({
        topic: s.name, label: ctx.labels.get(s.name) ?? '', values: s[q.metric], adjusted: s.adjusted, adjusted_lo: s.adjusted_lo, adjusted_hi: s.adjusted_hi,
      })),
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
      adjustTermRows(ctx.trendTables(q).strata, rows, matched, binning);
      return JSON.stringify({
        bin: binning.bin, category: q.category ?? null, periods: periodsJson(binning.periods),
        terms: series(rows, (r) => r.theme).map(({ name, ...v }) => ({ term: name, papers: papers.get(name) ?? 0, ...v })),
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
      adjustedBy: t.strata.by,
      themes: model.themes.map((th) => {
        const s = bySeries.get(th.name);
        return { ...th, count: s?.count ?? [], share: s?.share ?? [], adjusted: s?.adjusted ?? [], adjusted_lo: s?.adjusted_lo ?? [], adjusted_hi: s?.adjusted_hi ?? [] };
      }),
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
      adjustedBy: t.strata.by,
      emerging: e.emerging.map(withVerdict), declining: e.declining.map(withVerdict), skipped: t.skipped, notes: t.notes,
    });
  });
  return router;
}
