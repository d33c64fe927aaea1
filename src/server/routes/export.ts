import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router, type Response } from 'express';
import type { ServerContext } from '../context.js';
import { documentFilterQuery, exportName, parseParams, segmentQuery, termExportQuery } from '../params.js';
import { checkFilter, checkCategory, matching } from './documents.js';
import {
  DOCUMENT_COLUMNS, TERM_TREND_COLUMNS, THEME_TREND_COLUMNS, TOPIC_COLUMNS, TOPIC_TREND_COLUMNS, documentRows, termTrendRows, termTrends, topicRows,
} from '../../analysis/index.js';
import { DOCUMENTS, TERM_TRENDS, THEME_TRENDS, TOPICS, TOPIC_TRENDS, parquetBuffer, type TableSpec } from '../../tables/index.js';
import { csvLines } from '../../util/index.js';
import { exportFileName } from '../export-name.js';

/** Rows built a chunk at a time, so a 50k-paper export never holds every row object at once. */
function* chunkedDocumentRows(ctx: ServerContext, indices: number[], chunk = 2000) {
  for (let k = 0; k < indices.length; k += chunk) yield* documentRows(ctx.model, indices.slice(k, k + chunk));
}

type Format = 'csv' | 'parquet';

/** One export: its file name, its columns (CSV) and typed spec (Parquet), and its rows. */
interface Export {
  filename: (ext: Format) => string;
  columns: readonly string[];
  spec: TableSpec;
  rows: () => Iterable<object>;
}

async function send(res: Response, format: Format, e: Export): Promise<void> {
  res.setHeader('Content-Disposition', `attachment; filename="${e.filename(format)}"`);
  if (format === 'parquet') {
    res.setHeader('Content-Type', 'application/vnd.apache.parquet');
    res.end(Buffer.from(await parquetBuffer({ spec: e.spec, rows: [...e.rows()] })));
    return;
  }
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  await pipeline(Readable.from(csvLines(e.rows() as Iterable<Record<string, unknown>>, e.columns)), res);
}

function exportOf(ctx: ServerContext, name: string, query: unknown): Export {
  switch (name) {
    case 'documents': {
      const filter = parseParams(documentFilterQuery, query);
      checkFilter(ctx, filter);
      // Exports keep the model's paper order (as documents.csv of a run does).
      const indices = matching(ctx, filter).sort((a, b) => a - b);
      const filters: [string, string | number | undefined][] = [['topic', filter.topic], ['', filter.category], ['q', filter.q], ['from', filter.from], ['to', filter.to]];
      return { filename: (ext) => exportFileName('documents', filters, ext), columns: DOCUMENT_COLUMNS, spec: DOCUMENTS, rows: () => chunkedDocumentRows(ctx, indices) };
    }
    case 'topics':
      parseParams(segmentQuery.pick({}), query);
      return { filename: (ext) => exportFileName('topics', [], ext), columns: TOPIC_COLUMNS, spec: TOPICS, rows: () => topicRows(ctx.model) };
    case 'term_trends': {
      const q = parseParams(termExportQuery, query);
      checkCategory(ctx, q.category);
      const binning = ctx.binning(q);
      const rows = termTrendRows(termTrends(ctx.model, q.q, binning));
      return { filename: (ext) => exportFileName('term_trends', [['', binning.bin], ['', q.category], ['', q.q.join(' ')]], ext), columns: TERM_TREND_COLUMNS, spec: TERM_TRENDS, rows: () => rows };
    }
    default: {
      const q = parseParams(segmentQuery, query);
      checkCategory(ctx, q.category);
      const t = ctx.trendTables(q);
      const topic = name === 'topic_trends';
      return {
        filename: (ext) => exportFileName(name, [['', t.bin], ['', q.category]], ext),
        columns: topic ? TOPIC_TREND_COLUMNS : THEME_TREND_COLUMNS,
        spec: topic ? TOPIC_TRENDS : THEME_TRENDS,
        rows: () => (topic ? t.topicTrends : t.themeTrends),
      };
    }
  }
}

/** GET /api/export/{documents,topics,topic_trends,theme_trends,term_trends}.{csv,parquet}, CSV streamed. */
export function exportRoutes(ctx: ServerContext): Router {
  const router = Router();
  router.get('/api/export/:file', async (req, res) => {
    const match = /^([a-z_]+)\.(csv|parquet)$/.exec(req.params.file);
    const name = parseParams(exportName, match?.[1] ?? req.params.file, 'file');
    await send(res, (match?.[2] ?? 'csv') as Format, exportOf(ctx, name, req.query));
  });
  return router;
}
