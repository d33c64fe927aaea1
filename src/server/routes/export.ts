import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router, type Response } from 'express';
import type { ServerContext } from '../context.js';
import { documentFilterQuery, exportName, parseParams, segmentQuery } from '../params.js';
import { checkFilter, checkCategory, matching } from './documents.js';
import {
  DOCUMENT_COLUMNS, THEME_TREND_COLUMNS, TOPIC_COLUMNS, TOPIC_TREND_COLUMNS, documentRows, topicRows,
} from '../../analysis/index.js';
import { csvLines } from '../../util/index.js';

/** Rows built a chunk at a time, so a 50k-paper export never holds every row object at once. */
function* chunkedDocumentRows(ctx: ServerContext, indices: number[], chunk = 2000) {
  for (let k = 0; k < indices.length; k += chunk) yield* documentRows(ctx.model, indices.slice(k, k + chunk));
}

async function sendCsv(res: Response, filename: string, lines: Iterable<string>): Promise<void> {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  await pipeline(Readable.from(lines), res);
}

/** GET /api/export/{documents,topics,topic_trends,theme_trends}.csv, streamed. */
export function exportRoutes(ctx: ServerContext): Router {
  const router = Router();
  router.get('/api/export/:file', async (req, res) => {
    const match = /^([a-z_]+)\.csv$/.exec(req.params.file);
    const name = parseParams(exportName, match?.[1] ?? req.params.file, 'file');
    switch (name) {
      case 'documents': {
        const filter = parseParams(documentFilterQuery, req.query);
        checkFilter(ctx, filter);
        // Exports keep the model's paper order (as documents.csv of a run does).
        const indices = matching(ctx, filter).sort((a, b) => a - b);
        return sendCsv(res, 'documents.csv', csvLines(chunkedDocumentRows(ctx, indices), DOCUMENT_COLUMNS));
      }
      case 'topics':
        parseParams(segmentQuery.pick({}), req.query);
        return sendCsv(res, 'topics.csv', csvLines(topicRows(ctx.model), TOPIC_COLUMNS));
      case 'topic_trends':
      case 'theme_trends': {
        const q = parseParams(segmentQuery, req.query);
        checkCategory(ctx, q.category);
        const t = ctx.trendTables(q);
        return name === 'topic_trends'
          ? sendCsv(res, 'topic_trends.csv', csvLines(t.topicTrends, TOPIC_TREND_COLUMNS))
          : sendCsv(res, 'theme_trends.csv', csvLines(t.themeTrends, THEME_TREND_COLUMNS));
      }
    }
  });
  return router;
}
