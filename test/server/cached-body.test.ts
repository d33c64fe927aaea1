import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedBody, sendCached } from '../../src/server/cached-body.js';
import { listen, type RunningServer } from '../../src/server/listen.js';

const big = JSON.stringify({ rows: Array.from({ length: 2000 }, (_, i) => ({ i, label: `topic ${i % 7}` })) });
let server: RunningServer;

/** GET without fetch's decompression, so the bytes on the wire can be checked. */
function raw(path: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http.get(new URL(path, server.url), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

beforeAll(async () => {
  const app = express();
  const entry = cachedBody(big);
  const small = cachedBody('{"ok":true}');
  app.get('/big', (req, res) => sendCached(req, res, entry));
  app.get('/small', (req, res) => sendCached(req, res, small));
  server = await listen(app, { port: 0 });
});
afterAll(() => server.close(100));

describe('sendCached', () => {
  it('sends gzip to a client that accepts it and the same bytes, plain, to one that does not', async () => {
    const zipped = await raw('/big', { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(Buffer.byteLength(big) / 3);
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(big);
    const plain = await fetch(new URL('/big', server.url), { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Number(plain.headers.get('content-length'))).toBe(Buffer.byteLength(big));
    expect(await plain.text()).toBe(big);
  });

  it('answers 304 to a matching If-None-Match and leaves small bodies uncompressed', async () => {
    const first = await fetch(new URL('/small', server.url), { headers: { 'accept-encoding': 'gzip' } });
    expect(first.headers.get('content-encoding')).toBeNull();
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    expect((await raw('/small', { 'if-none-match': etag })).status).toBe(304);
    expect((await raw('/small', { 'if-none-match': 'W/"other"' })).status).toBe(200);
  });
});
