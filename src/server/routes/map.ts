import { Router } from 'express';
import type { ServerContext } from '../context.js';
import { mapQuery, parseParams } from '../params.js';
import { checkCategory } from './documents.js';
import { encodeMap, mapSample } from '../map-binary.js';
import { visibleTopics } from '../../model/index.js';
import { topicColor } from '../../charts/index.js';
import { sendCached } from '../cached-body.js';

/**
 * GET /api/map.bin: every paper's map position, quantised (see map-binary.ts;
 * 5 bytes a paper without a filter: 52,852 papers = 264 KB against about 2 MB of Vega JSON), and
 * GET /api/map/labels: each topic's centre, size and colour (so the map draws without waiting for /api/topics).
 */
/** Points drawn at most (see mapSample): a 52,852-paper map is drawn whole, a million-paper one is sampled. */
export const MAP_POINTS = 60_000;

export function mapRoutes(ctx: ServerContext): Router {
  const router = Router();
  // Prepared once per category; the context (and its cache) is replaced when serve reloads the model.
  router.get('/api/map.bin', (req, res) => {
    const { category } = parseParams(mapQuery, req.query);
    checkCategory(ctx, category);
    sendCached(req, res, ctx.cached(`map\u0000${category ?? ''}`, () => {
      const papers = ctx.model.papers;
      const indices = category ? ctx.documents.all({ category }).sort((a, b) => a - b) : undefined;
      const count = indices?.length ?? papers.length;
      if (count <= MAP_POINTS) return encodeMap(papers, indices);
      return encodeMap(papers, mapSample(indices ?? Array.from(papers.keys()), MAP_POINTS), { sampled: true });
    }, 'application/octet-stream'));
  });
  router.get('/api/map/labels', (req, res) => {
    sendCached(req, res, ctx.cached('map-labels', () => labelsJson(ctx)));
  });
  return router;
}

/** Each topic's centre (mean map position of its papers) and size, for the map's labels. */
function labelsJson(ctx: ServerContext): string {
  const sums = new Map<number, { x: number; y: number; n: number }>();
  for (const p of ctx.model.papers) {
    const s = sums.get(p.topic) ?? { x: 0, y: 0, n: 0 };
    s.x += p.x;
    s.y += p.y;
    s.n++;
    sums.set(p.topic, s);
  }
  return JSON.stringify({
    labels: visibleTopics(ctx.model).map((t) => {
      const s = sums.get(t.id) ?? { x: 0, y: 0, n: 1 };
      return { topic: t.id, label: t.label, size: t.size, color: topicColor(t.id), x: s.x / s.n, y: s.y / s.n };
    }),
  });
}
