import { Router } from 'express';
import { z } from 'zod';
import type { ServerContext } from '../context.js';
import { ParamError, categoryParam, noQuery, parseParams, topicIdParam, topicQuery } from '../params.js';
import { paperJson, periodsJson } from '../serialize.js';
import { topicPage } from '../topic-page.js';
import { findTopics } from '../find-topics.js';
import { topicColor } from '../../charts/index.js';
import { checkCategory } from './documents.js';
import { sendCached } from '../cached-body.js';

const topicsQuery = z.strictObject({ category: categoryParam.optional() });
const findQuery = z.strictObject({ q: z.string().trim().min(1, 'needs a word or phrase').max(200, 'must be at most 200 characters'), limit: z.coerce.number().int().min(1).max(30).default(5) });

/**
 * GET /api/topics (all topics, sizes within ?category), /api/topics/:id (the
 * topic page: trend with intervals, words per bin, papers, tree, similar,
 * lineage) and /api/hierarchy (the topic tree, [] when the model has none).
 */
export function topicRoutes(ctx: ServerContext): Router {
  const router = Router();

  // Before /api/topics/:id, which would read "find" as an id.
  router.get('/api/topics/find', (req, res) => {
    const q = parseParams(findQuery, req.query);
    res.json(findTopics(ctx.model, q.q, q.limit));
  });

  router.get('/api/topics', (req, res) => {
    const { model } = ctx;
    const { category } = parseParams(topicsQuery, req.query);
    checkCategory(ctx, category);
    const body = ctx.cached(`topics\u0000${category ?? ''}`, () => {
      const total = category ? ctx.documents.all({ category }).length : model.papers.length;
      return JSON.stringify({
        category: category ?? null,
        papers: total,
        topics: model.topics.map((t) => {
          const size = category ? ctx.documents.all({ topic: t.id, category }).length : t.size;
          return { id: t.id, size, totalSize: t.size, label: t.label, machineLabel: t.machineLabel ?? t.label, hidden: t.hidden ?? false, color: topicColor(t.id), share: size / Math.max(1, total), terms: t.terms };
        }),
      });
    });
    sendCached(req, res, body);
  });

  router.get('/api/topics/:id', (req, res) => {
    const { model } = ctx;
    const id = parseParams(topicIdParam, req.params.id, 'id');
    const query = parseParams(topicQuery, req.query);
    checkCategory(ctx, query.category);
    const key = `topic\u0000${id}\u0000${ctx.key(query)}\u0000${query.papers}`;
    const body = ctx.cached(key, () => {
      const page = topicPage(ctx, id, query, query.papers);
      const topic = model.topics.find((t) => t.id === id) ?? null;
      const change = ctx.trendTables(query).emergence.rows.find((r) => r.kind === 'topic' && r.topic === id) ?? null;
      return JSON.stringify({ ...page, topic, change });
    });
    sendCached(req, res, body);
  });

  router.get('/api/hierarchy', (_req, res) => {
    res.json({ topics: ctx.model.topics.length, nodes: ctx.model.hierarchy ?? [] });
  });
  return router;
}
