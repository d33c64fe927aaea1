import { Router } from 'express';
import type { ServerContext } from '../context.js';
import { noQuery, parseParams } from '../params.js';
import { sendCached } from '../cached-body.js';

/**
 * GET /api/summary: sizes, date range, categories, sources, themes, run
 * parameters, the automatic bin, and the statistics this model cannot support
 * (`skipped: [{id, what, reason}]`, e.g. growth tests on a one-month corpus)
 * so the page shows a note instead of an empty chart.
 */
export function summaryRoutes(ctx: ServerContext): Router {
  const router = Router();
  // Serialized once per model (the context, and its cache, is replaced when serve reloads the model).
  router.get('/api/summary', (req, res) => {
    parseParams(noQuery, req.query);
    sendCached(req, res, ctx.cached('summary', () => {
      const t = ctx.trendTables({ bin: 'auto' });
      return JSON.stringify({ ...ctx.summary, bin: t.bin, skipped: t.skipped, notes: t.notes });
    }));
  });
  return router;
}
