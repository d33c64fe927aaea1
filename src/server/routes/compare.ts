import { Router } from 'express';
import type { ServerContext } from '../context.js';
import { ParamError, compareQuery, parseParams, whatsNewQuery } from '../params.js';
import { sideBySide, whatsNew } from '../compare.js';
import { checkCategory } from './documents.js';
import { sendCached } from '../cached-body.js';
import { binsInRange } from '../../trends/index.js';

/** GET /api/whatsnew (last n bins against the n before, or two picked periods) and /api/compare (two segments side by side). */
export function compareRoutes(ctx: ServerContext): Router {
  const router = Router();
  const sourcesOf = new WeakMap<object, Set<string>>();

  router.get('/api/whatsnew', (req, res) => {
    const q = parseParams(whatsNewQuery, req.query);
    checkCategory(ctx, q.category);
    const picked = q.before && q.after ? { before: q.before, after: q.after } : undefined;
    if (picked) {
      // A picked period without a bin of this binning is the reader's to fix (a wider range or a finer bin), not a note.
      const { periods } = ctx.binning(q);
      for (const name of ['before', 'after'] as const) {
        if (!binsInRange(periods, picked[name]).length) throw new ParamError(name, `${picked[name].from}..${picked[name].to} holds no ${ctx.resolve(q).bin} bin (a bin belongs to the period its first day is in)`);
      }
    }
    const period = (r?: { from: string; to: string }) => (r ? `${r.from}..${r.to}` : '');
    const body = ctx.cached(`whatsnew\u0000${ctx.key(q)}\u0000${q.n}\u0000${period(q.before)}\u0000${period(q.after)}`, () => {
      try {
        return JSON.stringify(whatsNew(ctx, q, q.n, picked));
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
