import { Router } from 'express';
import type { ServerContext } from '../context.js';
import { ParamError, compareQuery, parseParams, whatsNewQuery } from '../params.js';
import { sideBySide, whatsNew } from '../compare.js';
import { checkCategory } from './documents.js';
import { sendCached } from '../cached-body.js';

/** GET /api/whatsnew (last n bins against the n before) and /api/compare (two segments side by side). */
export function compareRoutes(ctx: ServerContext): Router {
  const router = Router();
  const sourcesOf = new WeakMap<object, Set<string>>();

  router.get('/api/whatsnew', (req, res) => {
    const q = parseParams(whatsNewQuery, req.query);
    checkCategory(ctx, q.category);
    const body = ctx.cached(`whatsnew\u0000${ctx.key(q)}\u0000${q.n}`, () => {
      try {
        return JSON.stringify(whatsNew(ctx, q, q.n));
      } catch (err) {
        // Too few full bins for two windows (a one-month corpus): a note for the page, not an error.
        return JSON.stringify({ skipped: { id: 'growth-test', what: `what is new (the last ${q.n} bins against the ${q.n} before)`, reason: (err as Error).message } });
      }
    });
    sendCached(req, res, body);
  });

  router.get('/api/compare', (req, res) => {
    const q = parseParams(compareQuery, req.query);
    // From the current model: serve may swap it (one set per model object).
    const model = ctx.model;
    if (!sourcesOf.has(model)) sourcesOf.set(model, new Set(model.papers.map((p) => p.source).filter((x): x is string => !!x)));
    const sources = sourcesOf.get(model)!;
    for (const name of ['a', 'b'] as const) {
      if (q.by === 'category' && !ctx.categories.has(q[name])) throw new ParamError(name, `no paper has primary category ${q[name]}`);
      if (q.by === 'source' && !sources.has(q[name])) throw new ParamError(name, `no paper has source ${q[name]} (sources: ${[...sources].slice(0, 10).join(', ') || 'none'})`);
    }
    const body = ctx.cached(`compare\u0000${q.by}\u0000${q.a}\u0000${q.b}`, () => JSON.stringify(sideBySide(ctx, q.by, q.a, q.b)));
    sendCached(req, res, body);
  });
  return router;
}
