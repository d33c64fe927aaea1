/**
 * A response body prepared once and sent many times: its ETag is hashed once
 * (Express hashes the body of every `res.send`), and its gzip form is made on
 * first demand and kept. Figures: bench/server-load.js and the README.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';

export interface CachedBody {
  readonly body: Buffer;
  readonly type: string;
  readonly etag: string;
  /** Filled on the first request that accepts gzip. */
  gzip?: Buffer;
}

/**
 * Smaller bodies go as they are: compressing a fresh 3 KB term trend per request cost more
 * server time under load than the 2 KB it saved on the wire.
 */
const GZIP_MIN_BYTES = 8192;

export function cachedBody(content: string | Buffer, type = 'application/json'): CachedBody {
  const body = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { body, type, etag: `W/"${createHash('sha1').update(body).digest('base64url')}"` };
}

/** Send with ETag (304 when fresh) and gzip when the client accepts it. */
export function sendCached(req: Request, res: Response, entry: CachedBody): void {
  res.type(entry.type);
  res.setHeader('ETag', entry.etag);
  res.setHeader('Vary', 'Accept-Encoding');
  if (!res.getHeader('Cache-Control')) res.setHeader('Cache-Control', 'no-cache');
  if (req.fresh) return void res.status(304).end();
  let bytes = entry.body;
  if (entry.body.length >= GZIP_MIN_BYTES && req.acceptsEncodings('gzip', 'identity') === 'gzip') {
    entry.gzip ??= gzipSync(entry.body, { level: 6 });
    if (entry.gzip.length < entry.body.length) {
      bytes = entry.gzip;
      res.setHeader('Content-Encoding', 'gzip');
    }
  }
  res.setHeader('Content-Length', String(bytes.length));
  res.end(bytes);
}
