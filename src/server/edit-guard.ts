/**
 * The guard of the dashboard's one write (serve --edit): a request that changes
 * the run must come from the dashboard's own page. Three checks, each enough
 * against a different attack: the Host check (security.ts: DNS rebinding), the
 * browser's Origin and Sec-Fetch-Site (another site's form or fetch), and a
 * per-session CSRF token the page reads from GET /api/edit (another site cannot
 * read it: no CORS), compared in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

export const CSRF_HEADER = 'x-csrf-token';

/** A fresh token for one server session (256 bits). */
export const newCsrfToken = () => randomBytes(32).toString('base64url');

/** Equal strings, in time independent of where they differ (both hashed first, so lengths match too). */
export function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

export function editGuard(token: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const refuse = (why: string) => void res.status(403).json({ error: `edit refused: ${why}` });
    const origin = req.headers.origin;
    if (!origin) return refuse('no Origin header (edits come from the dashboard page)');
    if (origin !== `${req.protocol}://${req.headers.host}`) return refuse(`cross-origin request from ${origin}`);
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin') return refuse(`Sec-Fetch-Site is ${String(site)}, not same-origin`);
    const given = req.headers[CSRF_HEADER];
    if (typeof given !== 'string' || !sameSecret(given, token)) return refuse('missing or wrong CSRF token (reload the page)');
    next();
  };
}
