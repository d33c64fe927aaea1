import { Router } from 'express';
import type { ServerContext } from '../context.js';

/** GET /api/summary: sizes, date range, categories, sources, themes, run parameters. */
export function summaryRoutes(ctx: ServerContext): Router {
  const router = Router();
  // Serialized once: the summary never changes for a model.
  const body = JSON.stringify(ctx.summary);
  router.get('/api/summary', (_req, res) => {
    res.type('application/json').send(body);
  });
  return router;
}
