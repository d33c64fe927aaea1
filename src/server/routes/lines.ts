import { Router } from 'express';
import type { ServerContext } from '../context.js';
import { linesQuery, parseParams } from '../params.js';
import { matchTerms, stratifiedLines, termTrends, themeDocs } from '../../analysis/index.js';
import type { Period, ThemeTrendRow } from '../../trends/index.js';
import { checkCategory } from './documents.js';
import { sendCached } from '../cached-body.js';
import { termSeriesName, themeLines } from '../theme-lines.js';
import { verdictsFor, type LineSeries } from '../verdict.js';
import { TREND_DEFAULTS } from '../../model/index.js';

/** Papers per bin of each named series, aligned with `periods`. */
function countsByName(rows: readonly ThemeTrendRow[], periods: readonly Period[]): Map<string, Int32Array> {
  const slot = new Map(periods.map((p, i) => [p.key, i]));
  const out = new Map<string, Int32Array>();
  for (const r of rows) {
    if (!out.has(r.theme)) out.set(r.theme, new Int32Array(periods.length));
    out.get(r.theme)![slot.get(r.period)!] += r.count;
  }
  return out;
}

/**
 * GET /api/lines: every line the terms chart can draw (the reader's terms, then every theme),
 * whether it is drawn, its colour, and its verdict (verdict.ts). The page lists the themes it
 * does not draw with a way to show them: nothing leaves the chart unannounced.
 */
export function lineRoutes(ctx: ServerContext): Router {
  const router = Router();
  router.get('/api/lines', (req, res) => {
    const q = parseParams(linesQuery, req.query);
    checkCategory(ctx, q.category);
    const key = `lines\u0000${ctx.key(q)}\u0000${(q.q ?? []).join('\u0001')}\u0000${(q.hide ?? []).join('\u0001')}`;
    const body = ctx.cached(key, () => {
      const t = ctx.trendTables(q);
      const { model } = ctx;
      const lines = themeLines(model.themes.map((th) => th.name), t.themeTrends, q.q ?? [], q.hide ?? []);
      const termRows = termTrends(model, lines.terms, ctx.binning(q));
      const counts = countsByName([...termRows.map((r) => ({ ...r, theme: termSeriesName(r.theme) })), ...t.themeTrends], t.periods);
      const zero = new Int32Array(t.periods.length);
      const all: LineSeries[] = [
        ...lines.terms.map((term) => ({ name: termSeriesName(term), kind: 'term' as const, counts: counts.get(termSeriesName(term)) ?? zero })),
        ...model.themes.map((th) => ({ name: th.name, kind: 'theme' as const, counts: counts.get(th.name) ?? zero })),
      ];
      const e = t.emergence;
      const windows = e.before && e.after
        ? { recent: e.after.keys.length, baseline: e.before.keys.length, alpha: e.alpha }
        : undefined;
      // The adjusted test over the same strata as the trend tables: terms, then themes, as in `all`.
      const strat = windows ? stratifiedLines(t.strata, [...matchTerms(model, lines.terms), ...themeDocs(model)], ctx.binning(q)) : undefined;
      const v = windows ? verdictsFor(all, t.periods, windows, strat) : { verdicts: [], before: null, after: null, alpha: TREND_DEFAULTS.alpha };
      const shown = new Set(lines.shown);
      return JSON.stringify({
        bin: t.bin, category: q.category ?? null, before: v.before, after: v.after, alpha: v.alpha,
        skipped: windows ? null : t.skipped.find((s) => s.id === 'growth-test') ?? null,
        lines: all.map((l, i) => ({
          name: l.name, kind: l.kind, label: l.kind === 'term' ? l.name.slice(1, -1) : l.name,
          shown: shown.has(l.name), color: lines.colors[l.name] ?? null, papers: Array.from(l.counts).reduce((a, b) => a + b, 0),
          verdict: v.verdicts[i] ?? null,
        })),
      });
    });
    sendCached(req, res, body);
  });
  return router;
}
