import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeClock, fetchArxiv, type ArxivFetchOptions } from '../../src/fetch/index.js';
import { arxivRoute, atom, failure, fixture, FixtureServer, readJsonl, type Reply } from './fixture-server.js';

let server: FixtureServer;
let dir: string;
let out: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tt-fetch-arxiv-'));
  out = path.join(dir, 'data', 'arxiv.jsonl');
});
afterEach(async () => {
  await server?.stop();
  await fs.rm(dir, { recursive: true, force: true });
});

async function serve(route: (url: URL, n: number) => Reply = arxivRoute) {
  server = await new FixtureServer(route).start();
}

const jan = (extra: Partial<ArxivFetchOptions> = {}): ArxivFetchOptions => ({
  query: 'cat:cs.CL OR cat:cs.LG',
  from: '2025-01-01',
  to: '2025-01-31',
  out,
  pageSize: 2,
  baseUrl: server.baseUrl,
  delayMs: 0,
  backoffBaseMs: 0,
  clock: new FakeClock(Date.UTC(2025, 3, 1)),
  ...extra,
});

const leftovers = async () => (await fs.readdir(path.dirname(out)).catch(() => [])).filter((f) => f !== '.topictrends-cache');

describe('fetchArxiv against a local arXiv API', () => {
  it('pages through the query and writes Paper records, deduplicated by id', async () => {
    await serve();
    const report = await fetchArxiv(jan());
    expect(server.requests.map((r) => new URL(r.url, 'http://h').searchParams.get('start'))).toEqual(['0', '2', '4']);
    const q = new URL(server.requests[0].url, 'http://h').searchParams;
    expect(q.get('search_query')).toBe('(cat:cs.CL OR cat:cs.LG) AND submittedDate:[202501010000 TO 202501312359]');
    expect([q.get('max_results'), q.get('sortBy'), q.get('sortOrder')]).toEqual(['2', 'submittedDate', 'ascending']);
    expect(server.requests[0].headers['user-agent']).toMatch(/^topictrends\/\d+\.\d+\.\d+ \(\+\S+\)$/);

    const rows = await readJsonl(out);
    expect(rows.map((r) => r.id)).toEqual(['2501.00101', '2501.00102', '2501.00103', '2501.00104']);
    for (const r of rows) {
      expect(r.source).toBe('arxiv-api');
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.title.length).toBeGreaterThan(0);
      expect(r.abstract.length).toBeGreaterThan(0);
      expect(Array.isArray(r.categories)).toBe(true);
    }
    // v2 of 2501.00104 came on a later page: its title wins, v1's date stays.
    const rr = rows[3];
    expect(rr.title).toBe('Retrieval & Reasoning: A Benchmark for Multi-Hop Questions');
    expect(rr.date).toBe('2025-01-09');
    expect(rr.version).toBe(2);
    expect(rows[1]).toMatchObject({ categories: ['cs.LG', 'cs.CL', 'stat.ML'], published: '2025-01-03T23:59:59Z' });
    expect(report).toMatchObject({ fetched: 6, new: 4, totalInOutput: 4, requests: 3, cachedResponses: 0, skipped: { duplicate: 1, 'missing-abstract': 1 } });
  });

  it('re-running costs no requests, and an incremental window appends only new ids', async () => {
    await serve();
    await fetchArxiv(jan());
    const before = await fs.readFile(out, 'utf8');
    const again = await fetchArxiv(jan());
    expect(server.requests).toHaveLength(3);
    expect(again).toMatchObject({ requests: 0, cachedResponses: 3, new: 0, skipped: { 'already-in-output': 4 } });
    expect(await fs.readFile(out, 'utf8')).toBe(before);

    const wider = await fetchArxiv(jan({ to: '2025-02-28' }));
    expect(wider).toMatchObject({ fetched: 3, new: 2, totalInOutput: 6, skipped: { 'already-in-output': 1 } });
    const rows = await readJsonl(out);
    expect(rows.map((r) => r.id)).toEqual(['2501.00101', '2501.00102', '2501.00103', '2501.00104', '2502.00201', '2502.00202']);
    expect((await fs.readFile(out, 'utf8')).startsWith(before)).toBe(true);
    expect(await leftovers()).toEqual(['arxiv.jsonl']);
  });

  it('resumes after a failed page: completed pages come from the cache', async () => {
    let broken = true;
    await serve((url) => (broken && url.searchParams.get('start') === '4' ? { status: 502, body: 'bad gateway' } : arxivRoute(url)));
    const err = await failure(fetchArxiv(jan({ maxAttempts: 2 })));
    expect(err.message).toMatch(/HTTP 502 .*gave up after 2 attempts/);
    await expect(fs.access(out)).rejects.toThrow();
    expect(server.requests).toHaveLength(4);

    broken = false;
    const report = await fetchArxiv(jan());
    expect(server.requests).toHaveLength(5); // only the page that failed
    expect(report).toMatchObject({ requests: 1, cachedResponses: 2, new: 4, resumedAfter: 'start=2' });
  });

  it('retries arXiv\'s transient empty page, then continues', async () => {
    await serve((url, n) => (url.searchParams.get('start') === '2' && n <= 3 ? { body: fixture('arxiv/empty-page.xml'), headers: atom } : arxivRoute(url)));
    const report = await fetchArxiv(jan());
    expect(report.new).toBe(4);
    expect(server.requests.map((r) => new URL(r.url, 'http://h').searchParams.get('start'))).toEqual(['0', '2', '2', '2', '4']);
  });

  it('stops with a clear message when the empty page persists, writing nothing', async () => {
    await serve((url) => (url.searchParams.get('start') === '2' ? { body: fixture('arxiv/empty-page.xml'), headers: atom } : arxivRoute(url)));
    const err = await failure(fetchArxiv(jan({ emptyPageRetries: 2 })));
    expect(err.kind).toBe('empty-page');
    expect(err.message).toMatch(/empty page at start=2 although it reports 6 results \(3 tries/);
    expect(await leftovers()).toEqual([]);
  });

  it('treats an empty first page with zero results as no papers', async () => {
    await serve(() => ({ body: fixture('arxiv/no-results.xml'), headers: atom }));
    const report = await fetchArxiv(jan());
    expect(report).toMatchObject({ fetched: 0, new: 0, totalInOutput: 0 });
    expect(await fs.readFile(out, 'utf8')).toBe('');
  });

  it('fails on malformed XML without output or a cached copy, and recovers on re-run', async () => {
    let bad = true;
    await serve((url) => (bad && url.searchParams.get('start') === '2' ? { body: fixture('arxiv/malformed.xml'), headers: atom } : arxivRoute(url)));
    const err = await failure(fetchArxiv(jan()));
    expect(err.kind).toBe('malformed');
    expect(err.message).toMatch(/malformed XML from http:\/\/127\.0\.0\.1:\d+\/api\/query\?.*start=2.* \(line \d+/);
    expect(await leftovers()).toEqual([]);
    bad = false;
    expect((await fetchArxiv(jan())).new).toBe(4);
  });

  it('fails on a truncated body (Content-Length mismatch) with no output', async () => {
    await serve((url) => {
      const reply = arxivRoute(url);
      return url.searchParams.get('start') === '4' ? { ...reply, truncateAt: 300 } : reply;
    });
    const err = await failure(fetchArxiv(jan({ maxAttempts: 2 })));
    expect(err.kind).toBe('truncated');
    expect(err.message).toMatch(/truncated response from .*start=4/);
    expect(await leftovers()).toEqual([]);
  });

  it('reports arXiv\'s own error document', async () => {
    await serve(() => ({ status: 400, body: fixture('arxiv/api-error.xml'), headers: atom }));
    const err = await failure(fetchArxiv(jan()));
    expect(err.kind).toBe('api');
    expect(err.message).toMatch(/HTTP 400.*max_results must be non-negative/);
    expect(server.requests).toHaveLength(1); // a 400 is not retried
  });

  it('stops at --max-results and validates options', async () => {
    await serve();
    const report = await fetchArxiv(jan({ maxResults: 3, cacheDir: false }));
    expect(report.fetched).toBe(3);
    expect(new URL(server.requests[1].url, 'http://h').searchParams.get('max_results')).toBe('1');
    await expect(fetchArxiv(jan({ pageSize: 5000 }))).rejects.toThrow(/--page-size must be an integer from 1 to 2000/);
  });
});
