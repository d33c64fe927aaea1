import { Router } from 'express';
import type { ServerContext } from '../context.js';

/**
 * GET /api/summary: sizes, date range, categories, sources, themes, run
 * parameters, the automatic bin, and the statistics this model cannot support
 * (`skipped: [{id, what, reason}]`, e.g. growth tests on a one-month corpus)
 * so the page shows a note instead of an empty chart.
 */
export function summaryRoutes(ctx: ServerContext): Router {
  const router = Router();
  router.get('/api/summary', (_req, res) => {
    const t = ctx.trendTables({ bin: 'auto' });
    res.json({ ...ctx.summary, bin: t.bin, skipped: t.skipped, notes: t.notes });
  });
  return router;
}
