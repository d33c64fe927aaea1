import { Router } from 'express';
import type { ServerContext } from '../context.js';
import { noQuery, parseParams } from '../params.js';
import { sendCached } from '../cached-body.js';
import { keyFindings } from '../../analysis/index.js';

/**
 * GET /api/summary: sizes, date range, categories, sources, themes, run
 * parameters, the automatic bin, and the statistics this model cannot support
 * (`skipped: [{id, what, reason}]`, e.g. growth tests on a one-month corpus)
 * so the page shows a note instead of an empty chart. `notes` lists the mix shifts
 * with their dates (also in `shifts`, for chart rules) and what the trends were
 * adjusted by; `keyFindings` the adjusted risers and fallers and the caveats.
 */
export function summaryRoutes(ctx: ServerContext): Router {
  const router = Router();
  // Serialized once per model (the context, and its cache, is replaced when serve reloads the model).
  router.get('/api/summary', (req, res) => {
    parseParams(noQuery, req.query);
    sendCached(req, res, ctx.cached('summary', () => {
      const t = ctx.trendTables({ bin: 'auto' });
      const findings = t.emergence.rows.length ? keyFindings(t.emergence.rows, t.warnings, t.periods, t.strata) : undefined;
      const shifts = t.warnings.map(({ field, period, date, distance }) => ({ field, period, date, distance }));
      return JSON.stringify({ ...ctx.summary, bin: t.bin, skipped: t.skipped, notes: t.notes, adjustedBy: t.strata.by, shifts, keyFindings: findings });
    }));
  });
  return router;
}
