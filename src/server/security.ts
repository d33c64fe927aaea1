/** Security middleware: headers, path checks, methods, rate limit. */
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { rateLimit } from 'express-rate-limit';

export interface RateLimitOptions {
  /** Window length in ms. Default 60,000. */
  windowMs?: number;
  /** Requests per client and window. Default 3000 (a busy dashboard session makes a few per second). */
  limit?: number;
}

/**
 * CSP allowing only this origin's scripts and no eval: the page compiles specs
 * with vega's expression interpreter (`ast: true`). Inline styles stay allowed
 * because vega-embed and its tooltip inject <style> elements. No HSTS or
 * upgrade-insecure-requests: the dashboard is plain http on the loopback.
 */
export const securityHeaders = () =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: false,
  });

/** Reject paths that decode to `..` segments, backslashes or NUL before any static handler sees them. */
export function pathGuard(req: Request, res: Response, next: NextFunction): void {
  let decoded: string;
  try {
    decoded = decodeURIComponent(req.path);
  } catch {
    res.status(400).json({ error: 'malformed URL encoding in path', parameter: 'path' });
    return;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').some((s) => s === '..' || s === '.')) {
    res.status(400).json({ error: 'path must not contain "..", "." segments, backslashes or NUL', parameter: 'path' });
    return;
  }
  next();
}

/** Host names a loopback dashboard answers to (any port). */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** `example.com:3000` → `example.com`, `[::1]:3000` → `[::1]`, lowercased. */
function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  const colon = h.lastIndexOf(':');
  return colon >= 0 ? h.slice(0, colon) : h;
}

/**
 * DNS rebinding defence: a web page can point its own name at 127.0.0.1 and
 * then read the dashboard with the browser's help; its requests carry that name
 * in Host. Only the loopback names and the names given (the `--host` bound) pass;
 * anything else is 421 with a JSON error.
 */
export function hostGuard(extra: readonly string[] = []) {
  const allowed = new Set([...LOOPBACK_HOSTS, ...extra.map((h) => (h.includes(':') && !h.startsWith('[') ? `[${h}]` : h).toLowerCase())]);
  return (req: Request, res: Response, next: NextFunction): void => {
    const host = req.headers.host;
    if (host && allowed.has(hostName(host))) return next();
    res.status(421).json({ error: `host ${JSON.stringify(host ?? '')} not allowed (the dashboard answers to ${[...allowed].join(', ')}; start it with --host NAME for another)`, parameter: 'host' });
  };
}

/** The dashboard is read-only. */
export function readOnly(req: Request, res: Response, next: NextFunction): void {
  if (req.method === 'GET' || req.method === 'HEAD') return next();
  res.setHeader('Allow', 'GET, HEAD');
  res.status(405).json({ error: `method ${req.method} not allowed (the dashboard is read-only; \`serve --edit\` allows renaming topics)` });
}

/** `serve --edit`: read-only but for the rename endpoint (whose own guard is edit-guard.ts). */
export function readOnlyBut(path: RegExp) {
  return (req: Request, res: Response, next: NextFunction): void => (req.method === 'POST' && path.test(req.path) ? next() : readOnly(req, res, next));
}

export const limiter = (options: RateLimitOptions = {}) =>
  rateLimit({
    windowMs: options.windowMs ?? 60_000,
    limit: options.limit ?? 3000,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    message: { error: 'too many requests; slow down' },
  });
