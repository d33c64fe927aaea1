import { Router } from 'express';
import type { ServerContext } from '../context.js';
import { noQuery, parseParams } from '../params.js';

/** GET /api/summary: sizes, date range, categories, sources, themes, run parameters. */
export function summaryRoutes(ctx: ServerContext): Router {
  const router = Router();
  router.get('/api/summary', (req, res) => {
    parseParams(noQuery, req.query);
    res.json(ctx.summary);
  });
  return router;
}
