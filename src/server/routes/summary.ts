import { Router } from 'express';
import type { ServerContext } from '../context.js';

/** GET /api/summary: sizes, date range, categories, sources, themes, run parameters. */
export function summaryRoutes(ctx: ServerContext): Router {
  const router = Router();
  // Serialized once per model (the context, and its cache, is replaced when serve reloads the model).
  router.get('/api/summary', (_req, res) => {
    res.type('application/json').send(ctx.responses.getOrCreate('summary', () => JSON.stringify(ctx.summary)));
  });
  return router;
}
