import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeClock, fetchHfDailyPapers, FetchError, type HfFetchOptions } from '../../src/fetch/index.js';
import { fixture, FixtureServer, hfRoute, json, readJsonl, type Reply } from './fixture-server.js';

let server: FixtureServer;
let dir: string;
let out: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tt-fetch-hf-'));
  out = path.join(dir, 'hf.jsonl');
});
afterEach(async () => {
  await server?.stop();
  await fs.rm(dir, { recursive: true, force: true });
});

async function serve(route: (url: URL, n: number) => Reply = hfRoute) {
  server = await new FixtureServer(route).start();
}

const march = (extra: Partial<HfFetchOptions> = {}): HfFetchOptions => ({
  from: '2025-03-01',
  to: '2025-03-04',
  out,
  baseUrl: server.baseUrl,
  delayMs: 0,
  backoffBaseMs: 0,
  clock: new FakeClock(Date.UTC(2025, 3, 1)),
  ...extra,
});
const days = () => server.requests.map((r) => new URL(r.url, 'http://h').searchParams.get('date'));

describe('fetchHfDailyPapers against a local Hugging Face API', () => {
  it('asks once per day and writes Paper records from nested and flat items', async () => {
    await serve();
    const report = await fetchHfDailyPapers(march());
    expect(days()).toEqual(['2025-03-01', '2025-03-02', '2025-03-03', '2025-03-04']);
    expect(server.requests.every((r) => new URL(r.url, 'http://h').pathname === '/api/daily_papers')).toBe(true);
    const rows = await readJsonl(out);
    expect(rows.map((r) => r.id)).toEqual(['2502.21321', '2503.00808', '2503.01001', '2503.01500']);
    for (const r of rows) {
      expect(r.source).toBe('hf-daily-papers');
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.title).not.toBe('');
      expect(r.abstract).not.toBe('');
    }
    expect(rows[0]).toMatchObject({ date: '2025-02-28', listedOn: '2025-03-03', title: 'Reasoning Models Can Be Effective Without Long Chains' });
    expect(rows[2]).toMatchObject({ id: '2503.01001', date: '2025-03-03' }); // no publishedAt: listing day
    expect(report).toMatchObject({ fetched: 6, new: 4, requests: 4, skipped: { 'missing-abstract': 1, duplicate: 1 } });
  });

  it('dates by listing day with dateField listed', async () => {
    await serve();
    await fetchHfDailyPapers(march({ dateField: 'listed' }));
    const rows = await readJsonl(out);
    expect(rows.find((r) => r.id === '2502.21321').date).toBe('2025-03-03');
  });

  it('re-running costs no requests; a wider window appends only new papers', async () => {
    await serve();
    await fetchHfDailyPapers(march({ to: '2025-03-03' }));
    expect((await readJsonl(out)).length).toBe(3);
    const again = await fetchHfDailyPapers(march({ to: '2025-03-03' }));
    expect(again).toMatchObject({ requests: 0, cachedResponses: 3, new: 0 });
    const wider = await fetchHfDailyPapers(march());
    expect(wider).toMatchObject({ requests: 1, cachedResponses: 3, new: 1, totalInOutput: 4, skipped: { 'already-in-output': 3 } });
    expect(days()).toEqual(['2025-03-01', '2025-03-02', '2025-03-03', '2025-03-04']);
  });

  it('does not cache a day that may still grow', async () => {
    await serve();
    const today = new FakeClock(Date.UTC(2025, 2, 4, 15));
    await fetchHfDailyPapers(march({ clock: today }));
    await fetchHfDailyPapers(march({ clock: today }));
    expect(days().slice(4)).toEqual(['2025-03-03', '2025-03-04']);
  });

  it('honours 429 Retry-After and retries 5xx', async () => {
    await serve((url, n) => (n === 2 ? { status: 429, headers: { 'Retry-After': '12' } } : n === 4 ? { status: 500 } : hfRoute(url)));
    const clock = new FakeClock(Date.UTC(2025, 3, 1));
    const report = await fetchHfDailyPapers(march({ clock, backoffBaseMs: 2000 }));
    expect(report.new).toBe(4);
    expect(clock.sleeps).toEqual([12_000, 2000]);
    expect(report.requests).toBe(6);
  });

  it('fails clearly on malformed JSON and leaves the existing output untouched', async () => {
    await fs.writeFile(out, '{"id":"2401.00001","title":"t","abstract":"a","date":"2024-01-01"}\n');
    await serve((url) => (url.searchParams.get('date') === '2025-03-04' ? { body: fixture('hf/malformed.json'), headers: json } : hfRoute(url)));
    const err = await fetchHfDailyPapers(march()).catch((e: FetchError) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).message).toMatch(/malformed JSON from .*date=2025-03-04/);
    expect(await fs.readFile(out, 'utf8')).toBe('{"id":"2401.00001","title":"t","abstract":"a","date":"2024-01-01"}\n');
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('names the file and line of a broken existing output', async () => {
    await fs.writeFile(out, '{"id":"2401.00001","title":"t","abstract":"a"}\nnot json\n');
    await serve();
    await expect(fetchHfDailyPapers(march({ to: '2025-03-01' }))).rejects.toThrow(`${out}:2: not valid JSON`);
  });
});
