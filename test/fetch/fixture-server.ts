import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { FetchError } from '../../src/fetch/index.js';
import type { AddressInfo } from 'node:net';
import { repoRoot } from '../helpers/cli.js';

export const fixtureDir = path.join(repoRoot, 'test/fixtures/fetch');
export const fixture = (name: string) => readFileSync(path.join(fixtureDir, name), 'utf8');

/** What the server should answer to one request. */
export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** Body text; use `fixture(name)` for files. */
  body?: string;
  /** Wait this long before answering (to trigger client timeouts). */
  delayMs?: number;
  /** Announce the full Content-Length but send only this many bytes, then drop the connection. */
  truncateAt?: number;
}

export interface SeenRequest {
  url: string;
  headers: IncomingHttpHeaders;
}

/**
 * A local HTTP server on 127.0.0.1 (random port) that answers with hand-written
 * fixtures chosen by `route`, counts requests, and records how many were in
 * flight at once (the clients promise one at a time).
 */
export class FixtureServer {
  readonly requests: SeenRequest[] = [];
  maxInFlight = 0;
  private inFlight = 0;
  private server?: Server;
  baseUrl = '';

  constructor(public route: (url: URL, n: number) => Reply) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      this.requests.push({ url: req.url ?? '', headers: req.headers });
      this.inFlight++;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      res.on('close', () => this.inFlight--);
      const reply = this.route(url, this.requests.length);
      const send = () => {
        if (res.destroyed) return;
        const body = Buffer.from(reply.body ?? '', 'utf8');
        res.writeHead(reply.status ?? 200, { 'Content-Length': String(body.length), ...reply.headers });
        if (reply.truncateAt !== undefined) {
          res.write(body.subarray(0, reply.truncateAt), () => res.destroy());
        } else res.end(body);
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs);
      else send();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

/** The arXiv fixture for a request, by date window and start (as the real API pages). */
export function arxivRoute(url: URL): Reply {
  if (url.pathname !== '/api/query') return { status: 404, body: 'not found' };
  const q = url.searchParams.get('search_query') ?? '';
  const start = url.searchParams.get('start');
  const set = q.includes('202501312359') ? 'jan' : q.includes('202502282359') ? 'janfeb' : undefined;
  if (!set) return { status: 200, body: fixture('arxiv/no-results.xml'), headers: atom };
  try {
    return { body: fixture(`arxiv/${set}-${start}.xml`), headers: atom };
  } catch {
    return { status: 500, body: 'no such fixture page' };
  }
}

/** The HF fixture for a day; days without a file are weekends with an empty listing. */
export function hfRoute(url: URL): Reply {
  if (url.pathname !== '/api/daily_papers') return { status: 404, body: '{"error":"not found"}' };
  const day = url.searchParams.get('date') ?? '';
  try {
    return { body: fixture(`hf/${day}.json`), headers: json };
  } catch {
    return { body: fixture('hf/empty-day.json'), headers: json };
  }
}

export const atom = { 'Content-Type': 'application/atom+xml; charset=utf-8' };
export const json = { 'Content-Type': 'application/json; charset=utf-8' };

/** Records of a JSON Lines file. */
export const readJsonl = async (file: string) => (await fsp.readFile(file, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));

/** The error a promise rejects with; fails the test if it resolves. */
export async function failure(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (err) {
    return err as FetchError;
  }
  throw new Error('expected a rejection');
}
