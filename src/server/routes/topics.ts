import { Router } from 'express';
import type { ServerContext } from '../context.js';
import { ParamError, noQuery, parseParams, topicIdParam, topicQuery } from '../params.js';
import { paperJson, periodsJson } from '../serialize.js';

/** GET /api/topics (all topics) and /api/topics/:id (terms, representative and recent papers, trend). */
export function topicRoutes(ctx: ServerContext): Router {
  const router = Router();
  const { model } = ctx;

  router.get('/api/topics', (req, res) => {
    parseParams(noQuery, req.query);
    res.json({
      topics: model.topics.map((t) => ({
        id: t.id, size: t.size, label: t.label, share: t.size / Math.max(1, model.papers.length), terms: t.terms,
      })),
    });
  });

  router.get('/api/topics/:id', (req, res) => {
    const id = parseParams(topicIdParam, req.params.id, 'id');
    const query = parseParams(topicQuery, req.query);
    const topic = model.topics.find((t) => t.id === id);
    if (!topic) throw new ParamError('id', `no topic ${id} (topics are 0 to ${model.topics.length - 1})`, 404);
    const tables = ctx.trendTables({ bin: query.bin, category: query.category });
    const representative = topic.representativeIds
      .map((pid) => ctx.indexOfId.get(pid))
      .filter((i): i is number => i !== undefined)
      .slice(0, query.papers)
      .map((i) => paperJson(ctx, i));
    const rows = tables.topicTrends.filter((r) => r.topic === id);
    res.json({
      topic,
      representative,
      bin: tables.bin,
      category: query.category ?? null,
      periods: periodsJson(tables.periods),
      trend: rows.map(({ period, count, share, partial, top_terms }) => ({ period, count, share, partial, topTerms: top_terms })),
      change: tables.emergence.rows.find((r) => r.kind === 'topic' && r.topic === id) ?? null,
    });
  });
  return router;
}
