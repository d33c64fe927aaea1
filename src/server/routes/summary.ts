import { Router } from 'express';
import type { ServerContext } from '../context.js';

/** GET /api/summary: sizes, date range, categories, sources, themes, run parameters. */
export function summaryRoutes(ctx: ServerContext): Router {
  const router = Router();
  router.get('/api/summary', (_req, res) => {
    res.json(ctx.summary);
  });
  return router;
}
