import http from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { VIEW_NAMES } from '../../src/charts/index.js';
import { BIN_UNITS } from '../../src/trends/index.js';
import type { TopicModel } from '../../src/model/model.js';
import { DOCUMENT_COLUMNS, TOPIC_COLUMNS, TOPIC_TREND_COLUMNS, THEME_TREND_COLUMNS } from '../../src/analysis/tables.js';
import type { RunningServer } from '../../src/server/index.js';
import { buildSeedModel, hostileCopy, serve } from './fixture.js';

let model: TopicModel;
let cleanup: () => void;
let runDir: string;
let running: RunningServer;
let url: (p: string) => string;
let hostile: { running: RunningServer; url: (p: string) => string; model: TopicModel };

const get = async (p: string) => {
  const res = await fetch(url(p));
  return { status: res.status, headers: res.headers, body: await res.json() };
};

/** GET with the path sent exactly as written (fetch/URL would normalize `..`). */
function rawGet(port: number, rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const built = await buildSeedModel();
  model = built.model;
  cleanup = built.cleanup;
  runDir = built.dir;
  ({ running, url } = await serve(model, { runDir }));
  const copy = hostileCopy(model);
  const h = await serve(copy.model);
  hostile = { running: h.running, url: h.url, model: copy.model };
});

afterAll(async () => {
  await running?.close(100);
  await hostile?.running.close(100);
  cleanup?.();
});

describe('JSON API on the seed model', () => {
  test('summary counts papers, topics and themes of the model', async () => {
    const { status, body } = await get('/api/summary');
    expect(status).toBe(200);
    expect(body.papers).toBe(89);
    expect(body.topics).toBe(model.topics.length);
    expect(body.themes).toContain('distillation');
    expect(body.dateRange.start <= body.dateRange.end).toBe(true);
  });

  test('summary offers the bin units that fit this corpus: each answers, each left out is refused naming bin', async () => {
    const { body } = await get('/api/summary');
    expect(body.bins[0]).toBe('auto');
    expect(body.bins).toContain('month');
    for (const bin of BIN_UNITS) {
      const { status, body: answer } = await get(`/api/trends/topics?bin=${bin}`);
      expect(status, bin).toBe(body.bins.includes(bin) ? 200 : 400);
      if (status === 400) expect(JSON.stringify(answer)).toContain('bin');
    }
  });

  test('topics list and one topic with terms, representative papers and a trend that adds up to its size', async () => {
    const { body } = await get('/api/topics');
    expect(body.topics.map((t: { id: number }) => t.id)).toEqual(model.topics.map((t) => t.id));
    const sizes = body.topics.reduce((a: number, t: { size: number }) => a + t.size, 0);
    expect(sizes).toBe(89);

    const one = await get('/api/topics/1?bin=quarter');
    expect(one.status).toBe(200);
    expect(one.body.topic.terms.length).toBeGreaterThan(0);
    for (const p of one.body.representative) {
      expect(model.topics[1].representativeIds).toContain(p.id);
      expect(p.topic).toBe(1);
    }
    expect(one.body.trend).toHaveLength(one.body.periods.length);
    expect(one.body.trend.reduce((a: number, r: { count: number }) => a + r.count, 0)).toBe(model.topics[1].size);
    expect(one.body.periods[0].key).toMatch(/^\d{4}-Q[1-4]$/);

    expect((await get('/api/topics/999')).status).toBe(404);
    expect((await get('/api/topics/abc')).body.parameter).toBe('id');
  });

  test('documents: topic filter, paging without overlap, newest first, date range, search', async () => {
    const size = model.topics[0].size;
    const seen = new Set<string>();
    const dates: string[] = [];
    for (let offset = 0; offset < size; offset += 4) {
      const { body } = await get(`/api/documents?topic=0&limit=4&offset=${offset}`);
      expect(body.total).toBe(size);
      for (const d of body.documents) {
        expect(d.topic).toBe(0);
        expect(seen.has(d.id)).toBe(false);
        seen.add(d.id);
        dates.push(d.date);
      }
    }
    expect(seen.size).toBe(size);
    expect(dates).toEqual([...dates].sort().reverse());

    const ranged = await get('/api/documents?from=2024-01-01&to=2024-12-31&limit=500');
    expect(ranged.body.total).toBe(model.papers.filter((p) => p.date && p.date >= '2024-01-01' && p.date <= '2024-12-31').length);
    for (const d of ranged.body.documents) expect(d.date >= '2024-01-01' && d.date <= '2024-12-31').toBe(true);

    // Every paper with the word in its title is found (the term index also finds abstract mentions and stems).
    const search = await get('/api/documents?q=Distillation&limit=500');
    const inTitles = model.papers.filter((p) => /distillation/i.test(p.title)).map((p) => p.id);
    expect(inTitles.length).toBeGreaterThan(2);
    const found = search.body.documents.map((d: { id: string }) => d.id);
    for (const id of inTitles) expect(found).toContain(id);
    expect((await get('/api/documents?q=zzzqqqxx')).body.total).toBe(0);
    // Each result carries a snippet of its abstract (model/abstracts.tsv), around the match when the abstract has one.
    const snippets = search.body.documents.map((d: { snippet?: string }) => d.snippet ?? '');
    expect(snippets.every((t: string) => t.length > 40 && t.length <= 242)).toBe(true);
    expect(snippets.filter((t: string) => /distillation/i.test(t)).length).toBeGreaterThan(inTitles.length / 2);
  });

  test('topic trends: shares of a bin sum to 1, counts to the bin total', async () => {
    const share = (await get('/api/trends/topics?bin=year&metric=share')).body;
    const count = (await get('/api/trends/topics?bin=year&metric=count')).body;
    expect(share.series).toHaveLength(model.topics.length);
    share.periods.forEach((p: { total: number }, i: number) => {
      const s = share.series.reduce((a: number, t: { values: number[] }) => a + t.values[i], 0);
      const c = count.series.reduce((a: number, t: { values: number[] }) => a + t.values[i], 0);
      expect(c).toBe(p.total);
      if (p.total > 0) expect(s).toBeCloseTo(1, 9);
    });
  });

  test("bin=auto (the default) resolves to the model's bin and shares its cache entry", async () => {
    const auto = (await get('/api/trends/topics')).body;
    // 89 papers over eight years: month or quarter bins would be mostly empty.
    expect(auto.bin).toBe('year');
    const explicit = (await get(`/api/trends/topics?bin=${auto.bin}`)).body;
    expect(explicit.periods).toEqual(auto.periods);
  });

  test('term trends from the term index, one series per term', async () => {
    const { status, body } = await get('/api/trends/terms?q=streaming,%20distillation&bin=year');
    expect(status).toBe(200);
    expect(body.terms.map((t: { term: string }) => t.term)).toEqual(['streaming', 'distillation']);
    for (const t of body.terms) {
      expect(t.count).toHaveLength(body.periods.length);
      expect(t.count.reduce((a: number, b: number) => a + b, 0)).toBe(model.termIndex.matchDocs(t.term).length);
      expect(t.papers).toBeGreaterThan(0);
    }
    const phrase = await get('/api/trends/terms?q=knowledge%20distillation');
    expect(phrase.body.terms[0].papers).toBeLessThanOrEqual(body.terms[1].papers);
  });

  test('themes and emerging/declining', async () => {
    const themes = await get('/api/themes?bin=quarter');
    expect(themes.body.themes.map((t: { name: string }) => t.name)).toEqual(model.themes.map((t) => t.name));
    for (const t of themes.body.themes) expect(t.count).toHaveLength(themes.body.periods.length);
    const e = await get('/api/emerging?bin=month');
    expect(e.status).toBe(200);
    expect(e.body.after.keys.length).toBeGreaterThan(0);
    expect(Array.isArray(e.body.emerging) && Array.isArray(e.body.declining)).toBe(true);
  });

  test('every chart view is a Vega-Lite spec; user terms become theme-trend series', async () => {
    for (const view of VIEW_NAMES) {
      const { status, body } = await get(`/api/charts/${view}?bin=quarter`);
      expect(status, view).toBe(200);
      expect(body.$schema, view).toMatch(/vega-lite/);
    }
    const spec = (await get('/api/charts/theme-trends?q=mamba,distillation')).body;
    const domain = spec.layer.at(-1).encoding.color.scale.domain;
    // "distillation" names a theme: it is drawn as that theme, not as a second line.
    expect(domain.slice(0, 2)).toEqual(['"mamba"', 'distillation']);
    expect(domain).not.toContain('"distillation"');
    const count = (await get('/api/charts/topics-over-time?metric=count')).body;
    expect(count.layer[0].encoding.y.field).toBe('count');
  });

  test.each([
    ['/api/documents?limit=0', 'limit'],
    ['/api/documents?limit=501', 'limit'],
    ['/api/documents?offset=-1', 'offset'],
    ['/api/documents?topic=1.5', 'topic'],
    ['/api/documents?topic=99', 'topic'],
    ['/api/documents?from=2024-02-30', 'from'],
    ['/api/documents?from=2025-01-01&to=2024-01-01', 'from'],
    ['/api/documents?q=' + 'x'.repeat(201), 'q'],
    ['/api/documents?limit=5&limit=6', 'limit'],
    ['/api/documents?category=%3Cscript%3E', 'category'],
    ['/api/documents?category=cs.XX', 'category'],
    ['/api/documents?sort=date', 'sort'],
    ['/api/trends/topics?bin=day', 'bin'],
    ['/api/trends/topics?metric=ratio', 'metric'],
    ['/api/trends/terms', 'q'],
    ['/api/trends/terms?q=,,', 'q'],
    ['/api/trends/terms?q=a,b,c,d,e,f,g,h,i,j,k', 'q'],
    ['/api/trends/terms?q=' + 'y'.repeat(81), 'q'],
    ['/api/emerging?bin=decade', 'bin'],
    ['/api/charts/nope', 'view'],
    ['/api/charts/topic-map?points=5', 'points'],
    ['/api/export/secrets.csv', 'file'],
    ['/api/export/topic_trends.csv?bin=hour', 'bin'],
  ])('400 naming the parameter: %s', async (path, parameter) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(body.parameter).toBe(parameter);
    expect(body.error).toContain(parameter);
  });

  test('unknown API paths are 404 JSON; writes are 405', async () => {
    expect((await get('/api/nothing')).status).toBe(404);
    const post = await fetch(url('/api/documents'), { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(post.status).toBe(405);
  });

  test.each([
    '/static/..%2f..%2fpackage.json',
    '/..%2fmodel.json',
    '/..%2f..%2fpackage.json',
    '/run/..%2f..%2fpackage.json',
    '/run/%2e%2e/%2e%2e/package.json',
    '/vendor/vega/..%2f..%2f..%2fpackage.json',
    '/vendor/vega/..%5c..%5cpackage.json',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/app.js%00.html',
    '/../../package.json',
  ])('path traversal is refused: %s', async (p) => {
    const res = await rawGet(running.port, p);
    expect([400, 404]).toContain(res.status);
    expect(res.body).not.toMatch(/"name":\s*"topictrends"|root:x:0|topictrends-model/);
  });

  test('the page, its script, the browser libraries and the run folder are served', async () => {
    for (const p of ['/', '/app.js', '/style.css', '/vendor/vega/vega.min.js', '/vendor/vega-lite/vega-lite.min.js', '/vendor/vega-embed/vega-embed.min.js', '/vendor/vega-interpreter.js']) {
      expect((await fetch(url(p))).status, p).toBe(200);
    }
    const interp = await (await fetch(url('/vendor/vega-interpreter.js'))).text();
    expect(interp).not.toMatch(/from\s+['"]vega-util['"]/);
    expect((await fetch(url('/run/documents.csv'))).status).toBe(200);
    expect((await fetch(url('/run/run.json'))).status).toBe(200);
    expect((await fetch(url('/run/.hidden'))).status).toBe(404);
  });

  test('the run folder serves only the files `run` writes: a secret beside model.json is 404, so is model.json, and no listing', async () => {
    writeFileSync(path.join(runDir, 'secret.txt'), 'password=hunter2');
    mkdirSync(path.join(runDir, 'private'), { recursive: true });
    writeFileSync(path.join(runDir, 'private', 'notes.csv'), 'a,b');
    writeFileSync(path.join(runDir, 'charts-x.svg'), '<svg/>');
    for (const p of ['/run/secret.txt', '/run/private/notes.csv', '/run/private/', '/run/', '/run', '/run/model.json', '/run/model/abstracts.tsv', '/run/charts-x.svg', '/run/charts/']) {
      const res = await fetch(url(p));
      expect(res.status, p).toBe(404);
      expect(await res.text(), p).not.toContain('hunter2');
    }
  });

  test('a request whose Host is not a loopback name is refused (DNS rebinding); loopback names with the port pass', async () => {
    const withHost = (host: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port: running.port, path: '/api/summary', headers: { host } }, (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end();
      });
    const evil = await withHost('evil.example');
    expect(evil.status).toBe(421);
    expect(JSON.parse(evil.body).error).toContain('evil.example');
    expect((await withHost(`evil.example:${running.port}`)).status).toBe(421);
    expect((await withHost('127.0.0.1.evil.example')).status).toBe(421);
    for (const host of [`localhost:${running.port}`, `127.0.0.1:${running.port}`, `[::1]:${running.port}`, 'LOCALHOST']) {
      expect((await withHost(host)).status, host).toBe(200);
    }
  });

  test('a name given as allowed host (the --host bound) is accepted too', async () => {
    const named = await serve(model, { allowedHosts: ['topics.lan'] });
    try {
      const status = (host: string) =>
        new Promise<number>((resolve, reject) => {
          http.request({ host: '127.0.0.1', port: named.running.port, path: '/', headers: { host } }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          }).on('error', reject).end();
        });
      expect(await status(`topics.lan:${named.running.port}`)).toBe(200);
      expect(await status('other.lan')).toBe(421);
    } finally {
      await named.running.close(100);
    }
  });

  test('/api/summary and /api/topics reject unknown query parameters with 400 naming them', async () => {
    for (const p of ['/api/summary?bin=year', '/api/topics?topc=1']) {
      const { status, body } = await get(p);
      expect(status, p).toBe(400);
      expect(body.parameter, p).toBe(p.includes('bin') ? 'bin' : 'topc');
    }
  });

  test('the rate limit applies to the API only: 300 page and static requests never get 429', async () => {
    const limited = await serve(model, { runDir, rateLimit: { limit: 20 } });
    try {
      const paths = ['/', '/app.js', '/style.css', '/vendor/vega/vega.min.js', '/run/report.html', '/run/documents.csv'];
      const statuses = [];
      for (let i = 0; i < 300; i++) statuses.push((await fetch(limited.url(paths[i % paths.length]), { method: 'HEAD' })).status);
      expect(statuses.filter((s) => s === 429)).toHaveLength(0);
      const api = [];
      for (let i = 0; i < 25; i++) api.push((await fetch(limited.url('/api/summary'))).status);
      expect(api).toContain(429);
    } finally {
      await limited.running.close(100);
    }
  });

  test('security headers: CSP without eval, nosniff, frame denial, no x-powered-by', async () => {
    const res = await fetch(url('/'));
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect((await fetch(url('/api/summary'))).headers.get('ratelimit-policy')).toMatch(/3000/);
  });

  test('CSV exports stream as attachments and parse back to the API totals', async () => {
    const csv = async (p: string) => {
      const res = await fetch(url(p));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[a-z_]+(_[A-Za-z0-9.-]+)*\.csv"$/);
      return parse(await res.text(), { columns: true }) as Record<string, string>[];
    };
    const all = await csv('/api/export/documents.csv');
    expect(all).toHaveLength(89);
    expect(Object.keys(all[0])).toEqual([...DOCUMENT_COLUMNS]);
    const topic2 = await csv('/api/export/documents.csv?topic=2');
    expect(topic2).toHaveLength((await get('/api/documents?topic=2')).body.total);
    expect(topic2.every((r) => r.topic === '2')).toBe(true);
    const topics = await csv('/api/export/topics.csv');
    expect(topics).toHaveLength(model.topics.length);
    expect(Object.keys(topics[0])).toEqual([...TOPIC_COLUMNS]);
    const trends = await csv('/api/export/topic_trends.csv?bin=year');
    const years = (await get('/api/trends/topics?bin=year')).body.periods.length;
    expect(trends).toHaveLength(years * model.topics.length);
    expect(Object.keys(trends[0])).toEqual([...TOPIC_TREND_COLUMNS]);
    const themes = await csv('/api/export/theme_trends.csv?bin=year');
    expect(themes).toHaveLength(years * model.themes.length);
    expect(Object.keys(themes[0])).toEqual([...THEME_TREND_COLUMNS]);
  });
});

describe('categories and hostile titles (model copy)', () => {
  const hget = async (p: string) => (await fetch(hostile.url(p))).json();

  test('category filters documents, trends and summary', async () => {
    const cv = hostile.model.papers.filter((p) => p.categories?.[0] === 'cs.CV').length;
    expect((await hget('/api/documents?category=cs.CV')).total).toBe(cv);
    expect((await hget('/api/summary')).categories).toEqual([
      { name: 'cs.CL', count: 89 - cv },
      { name: 'cs.CV', count: cv },
    ]);
    const t = await hget('/api/trends/topics?category=cs.CV&metric=count&bin=year');
    expect(t.periods.reduce((a: number, p: { total: number }) => a + p.total, 0)).toBe(cv);
    // cs.LG is only ever a secondary category: not a primary one to filter on.
    expect((await hget('/api/documents?category=cs.LG')).parameter).toBe('category');
  });

  test('markup in a title comes back as plain JSON text', async () => {
    const page = await hget('/api/documents?limit=1');
    expect(page.documents[0].title).toContain('<script>');
  });
});
