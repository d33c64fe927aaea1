import { Router } from 'express';
import type { ServerContext } from '../context.js';
import { noQuery, parseParams } from '../params.js';
import { sendCached } from '../cached-body.js';
import { BIN_UNITS, MAX_BINS, binCount, dayNumber } from '../../trends/index.js';

/** 'auto' and the bin units (src/trends, the one list) that give this corpus at most MAX_BINS bins: the page's bin choices. */
function binChoices(range: { start: string; end: string } | undefined): string[] {
  const fits = (unit: (typeof BIN_UNITS)[number]) => !range || binCount(dayNumber(range.start), dayNumber(range.end), unit) <= MAX_BINS;
  return ['auto', ...BIN_UNITS.filter(fits)];
}

/**
 * GET /api/summary: sizes, date range, categories, sources, themes, run
 * parameters, the automatic bin, and the statistics this model cannot support
 * (`skipped: [{id, what, reason}]`, e.g. growth tests on a one-month corpus)
 * so the page shows a note instead of an empty chart, and `bins`, the bin
 * choices of the page.
 */
export function summaryRoutes(ctx: ServerContext): Router {
  const router = Router();
  // Serialized once per model (the context, and its cache, is replaced when serve reloads the model).
  router.get('/api/summary', (req, res) => {
    parseParams(noQuery, req.query);
    sendCached(req, res, ctx.cached('summary', () => {
      const t = ctx.trendTables({ bin: 'auto' });
      return JSON.stringify({ ...ctx.summary, bin: t.bin, bins: binChoices(ctx.summary.dateRange), skipped: t.skipped, notes: t.notes });
    }));
  });
  return router;
}
