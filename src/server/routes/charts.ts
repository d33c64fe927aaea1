import { Router } from 'express';
import type { ServerContext } from '../context.js';
import { chartQuery, parseParams, viewName } from '../params.js';
import { chartSpec } from '../chart-spec.js';
import { checkCategory } from './documents.js';
import { sendCached } from '../cached-body.js';

/** GET /api/charts/:view: the Vega-Lite spec of one view, cached as text per parameters. */
export function chartRoutes(ctx: ServerContext): Router {
  const router = Router();
  router.get('/api/charts/:view', (req, res) => {
    const view = parseParams(viewName, req.params.view, 'view');
    const q = parseParams(chartQuery, req.query);
    checkCategory(ctx, q.category);
    const key = `chart\u0000${view}\u0000${JSON.stringify({ ...q, ...ctx.resolve(q) })}`;
    const body = ctx.cached(key, () => JSON.stringify(chartSpec(ctx, view, q)));
    sendCached(req, res, body);
  });
  return router;
}
