/**
 * The dashboard as an Express application: JSON API, the page, the browser
 * libraries and (optionally) the run folder. No listening here, so tests and
 * notebooks can mount or drive it; see listen.ts for the server.
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import type { TopicModel } from '../model/index.js';
import type { ContextOptions, Segment } from './context.js';
import { liveContext } from './live-context.js';
import { ParamError } from './params.js';
import { editRoutes } from './routes/edit.js';
import { hostGuard, limiter, pathGuard, readOnly, readOnlyBut, securityHeaders, type RateLimitOptions } from './security.js';
import { isRunFile, staticDir, vegaInterpreterSource, vendorDirs } from './static-dirs.js';
import { summaryRoutes } from './routes/summary.js';
import { topicRoutes } from './routes/topics.js';
import { documentRoutes } from './routes/documents.js';
import { trendRoutes } from './routes/trends.js';
import { chartRoutes } from './routes/charts.js';
import { exportRoutes } from './routes/export.js';
import { compareRoutes } from './routes/compare.js';
import { mapRoutes } from './routes/map.js';
import { lineRoutes } from './routes/lines.js';

/** The one path `serve --edit` accepts writes on. */
const RENAME_PATH = /^\/api\/topics\/\d+\/name$/;

export interface AppOptions extends ContextOptions {
  /** Folder of the run (report.html, CSVs, charts), served read-only under /run/. Default: not served. */
  runDir?: string;
  /** Host names accepted besides the loopback ones (e.g. the `--host` bound). Default none. */
  allowedHosts?: string[];
  /** Per-client rate limit, or false for none (load benchmarks). Default 3000 requests a minute. */
  rateLimit?: RateLimitOptions | false;
  /** Trend tables computed at startup so the first page load is fast. Default [{ bin: 'auto' }]. */
  warm?: Segment[];
  /** `serve --edit`: the model.json that renames from the topic page rewrite. Default: read-only. */
  editModel?: string;
  /** Where unexpected errors are logged. Default console.error. */
  log?: (message: string) => void;
}

/**
 * The app; `app.locals.context` holds its current `ServerContext` (caches,
 * document query) and `app.locals.swapModel(model)` replaces the model live.
 */
export function createApp(model: TopicModel, options: AppOptions = {}): express.Application {
  const live = liveContext(model, options);
  const ctx = live.view;
  const log = options.log ?? ((m: string) => console.error(m));

  const app = express();
  Object.defineProperty(app.locals, 'context', { get: () => live.current, enumerable: true });
  app.locals.swapModel = (m: TopicModel) => live.swap(m);
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.set('etag', 'weak');
  app.use(hostGuard(options.allowedHosts));
  app.use(securityHeaders());
  app.use(pathGuard);
  app.use(options.editModel ? readOnlyBut(RENAME_PATH) : readOnly);
  // Only the API is limited: one page load fetches a dozen static files, which must never 429.
  if (options.rateLimit !== false) app.use('/api', limiter(options.rateLimit));
  app.use(express.json({ limit: '16kb' }));

  app.use(editRoutes({ modelFile: options.editModel }, (m) => live.swap(m), () => live.current.model));
  for (const router of [summaryRoutes, topicRoutes, documentRoutes, trendRoutes, chartRoutes, exportRoutes, compareRoutes, mapRoutes, lineRoutes]) app.use(router(ctx, options));
  app.use('/api', (req, res) => {
    res.status(404).json({ error: `no API endpoint ${req.method} /api${req.path}` });
  });

  const interpreter = vegaInterpreterSource();
  app.get('/vendor/vega-interpreter.js', (_req, res) => {
    res.type('text/javascript').setHeader('Cache-Control', 'public, max-age=3600');
    res.send(interpreter);
  });
  const staticOptions = { dotfiles: 'deny' as const, fallthrough: true, redirect: false };
  app.use(express.static(staticDir(), { ...staticOptions, index: 'index.html' }));
  for (const [prefix, dir] of Object.entries(vendorDirs())) app.use(prefix, express.static(dir, { ...staticOptions, index: false, maxAge: '1h' }));
  if (options.runDir) {
    const runFiles = express.static(options.runDir, { ...staticOptions, index: false });
    app.use('/run', (req, res, next) => (isRunFile(req.path) ? runFiles(req, res, next) : next()));
  }

  app.use((_req: Request, res: Response) => {
    res.status(404).type('text/plain').send('Not found');
  });
  app.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    if (err instanceof ParamError) return void res.status(err.status).json({ error: err.message, parameter: err.parameter });
    const status = (err as { status?: number }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return void res.status(status).json({ error: (err as Error).message });
    }
    log(`topictrends serve: ${req.method} ${req.originalUrl}: ${(err as Error)?.stack ?? String(err)}`);
    res.status(500).json({ error: 'internal error (see the server log)' });
  });
  return app;
}
