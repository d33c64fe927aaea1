#!/usr/bin/env node
// Load benchmark of the dashboard on a large model (plain ESM over dist/: run `npm run build` first).
//
//   node bench/server-load.js [model.json] [--seconds 10] [--connections 50] [--runs 5] [--no-browser] [--browser-only] [--only TEXT] [--autocannon]
//
// Loads the model (default /tmp/full-run/model.json, the 52,852-paper run; a scaled run's whole corpus from its parts), starts the server on
// 127.0.0.1 (port 0, no rate limit) and prepares the first-load answers as `serve` does. Then, unless
// --no-browser, opens the page in Debian's headless Chromium --runs times (a new context each: empty
// cache) and reports the median time to the first chart (target < 1 s; < 2 s for a million papers). Then, unless --browser-only,
// runs autocannon (gzip accepted, as a browser does) against every endpoint the page uses for a bounded
// time each and prints p50/p95/p99 latency and requests per second. Target: p95 < 50 ms (< 100 ms for a million papers).
import { existsSync } from 'node:fs';
import os from 'node:os';
import { PerformanceObserver, constants, monitorEventLoopDelay } from 'node:perf_hooks';
import path from 'node:path';
import autocannon from 'autocannon';
import { hasWrk, wrk } from './wrk.js';
import { loadRunModel } from '../dist/pipeline/index.js';
import { createApp, listen, warmFirstLoad } from '../dist/server/index.js';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const valued = new Set(['--seconds', '--connections', '--runs', '--only']);
const modelPath = args.find((a, i) => !a.startsWith('--') && !valued.has(args[i - 1])) ?? '/tmp/full-run/model.json';
const seconds = Math.min(60, flag('--seconds', 5));
const connections = Math.min(200, flag('--connections', 50));
const runs = Math.max(1, Math.min(20, flag('--runs', 5)));
if (!existsSync(modelPath)) {
  console.error(`no model at ${modelPath}: build one with  node bin/topictrends.js run --input ../shared/data/papers.jsonl --out /tmp/full-run`);
  process.exit(1);
}

const ms = (t0) => Math.round(performance.now() - t0);
let t0 = performance.now();
// A scaled run's model.json is its fit sample: loadRunModel rebuilds the whole corpus from its parts, as serve does.
const model = await loadRunModel(modelPath);
const loadMs = ms(t0);
t0 = performance.now();
// As serve does: the run folder beside model.json (its abstracts give the papers their snippets).
const app = createApp(model, { rateLimit: false, runDir: path.dirname(modelPath) });
const appMs = ms(t0);
const running = await listen(app, { port: 0, host: '127.0.0.1' });
console.log(`model: ${modelPath} (${model.papers.length.toLocaleString('en-US')} papers, ${model.topics.length} topics)`);
console.log(`load model.json: ${loadMs} ms; createApp (indexes + default trend tables): ${appMs} ms; first-load answers prepared (as serve does): ${Math.round(await warmFirstLoad(running.url))} ms`);
const mem = process.memoryUsage();
console.log(`server memory after start: RSS ${Math.round(mem.rss / 1e6)} MB, heap used ${Math.round(mem.heapUsed / 1e6)} MB, typed arrays ${Math.round(mem.arrayBuffers / 1e6)} MB\n`);

// The third target asks for a different word each time (5,000 of the model's terms), so it
// measures term trends computed from the term index rather than served from the response cache.
const words = model.surfaces.filter((w) => /^[a-z]{4,}$/.test(w)).slice(0, 5000);
let next = 0;
const targets = [
  { path: '/api/summary' },
  { path: '/api/topics' },
  { path: '/api/topics?category=cs.CL' },
  { path: '/api/topics/3' },
  { path: '/api/topics/3?category=cs.CL&bin=quarter' },
  { path: '/api/hierarchy' },
  { path: '/api/whatsnew?n=3' },
  { path: '/api/compare?a=cs.CL&b=cs.CV' },
  { path: '/api/map.bin' },
  { path: '/api/map/labels' },
  { path: '/api/charts/topics-over-time' },
  { path: '/api/charts/theme-trends?q=agents' },
  { path: '/api/emerging' },
  { path: '/api/trends/terms?q=streaming,distillation' },
  { path: '/api/documents?topic=3&limit=25' },
  { path: '/api/trends/terms?q=<rotating word>', setupRequest: (req) => ({ ...req, path: `/api/trends/terms?q=${words[next++ % words.length]}` }) },
];
// The browser first, while the machine is otherwise idle; then the load.
if (!args.includes('--no-browser') && existsSync('/usr/bin/chromium')) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // A user's browser is already running: one throw-away page starts Chromium's processes, then every
  // "first visit" is a new context (empty cache) and its "revisit" a second load in that context.
  await (await browser.newPage()).goto('about:blank');
  const visits = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    for (const label of ['first visit', 'revisit']) {
      const start = performance.now();
      await page.goto(running.url);
      await page.waitForFunction(() => performance.getEntriesByName('first-chart').length > 0, null, { timeout: 60_000 });
      const firstChart = await page.evaluate(() => performance.getEntriesByName('first-chart')[0].startTime);
      await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
      visits.push({ label, firstChart, all: ms(start) });
    }
    await context.close();
  }
  const summarise = (label) => {
    const v = visits.filter((x) => x.label === label);
    const med = (xs) => xs.sort((p, q) => p - q)[Math.floor(xs.length / 2)];
    const fc = v.map((x) => x.firstChart);
    return { load: label, runs: v.length, 'first chart median (ms)': Math.round(med([...fc])), 'min–max (ms)': `${Math.round(Math.min(...fc))}–${Math.round(Math.max(...fc))}`, 'all panels median (ms)': med(v.map((x) => x.all)) };
  };
  console.log(`browser (headless Chromium 1400×1000, time since navigation start; load average ${os.loadavg()[0].toFixed(2)} before):`);
  console.table([summarise('first visit'), summarise('revisit')]);
  await browser.close();
}
/** Fallback when wrk is missing: autocannon, in this process (it shares the server's event loop). */
async function autocannonRun(paths) {
  let k = 0;
  const times = [];
  const result = await new Promise((resolve, reject) => {
    const setupRequest = (req) => ({ ...req, path: paths[k++ % paths.length] });
    const instance = autocannon({ url: running.url, requests: [{ method: 'GET', setupRequest }], headers: { 'accept-encoding': 'gzip' }, connections, duration: seconds }, (err, res) => (err ? reject(err) : resolve(res)));
    // autocannon's own percentiles skip p95; keep every latency and take exact ones.
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  const pct = (q) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] * 10) / 10;
  return { p50: pct(0.5), p95: pct(0.95), p99: pct(0.99), rps: Math.round(result.requests.average), requests: result.requests.total, non2xx: result.non2xx, errors: result.errors };
}
const useWrk = hasWrk() && !args.includes('--autocannon');
const rows = [];
// --only TEXT: just the endpoints whose path contains TEXT (e.g. --only rotating, --only map.bin).
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
for (const { path, setupRequest } of args.includes('--browser-only') ? [] : targets.filter((t) => !only || t.path.includes(only))) {
  // One request first, so the table measures the steady state (cached trend binning), not the first miss.
  const first = performance.now();
  const firstRes = await fetch(new URL(setupRequest ? '/api/trends/terms?q=model' : path, running.url), { headers: { 'accept-encoding': 'identity' } });
  const bytes = (await firstRes.arrayBuffer()).byteLength;
  const firstMs = ms(first);
  const rotating = setupRequest ? words.slice(0, 2000).map((w) => `/api/trends/terms?q=${w}`) : [path];
  // Beside each window: the longest event-loop stall and the collections that ran (the server is in this process).
  const gcs = { minor: 0, major: 0, gcMs: 0 };
  const gcWatch = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) gcs.major++;
      else gcs.minor++;
      gcs.gcMs += e.duration;
    }
  });
  gcWatch.observe({ entryTypes: ['gc'] });
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const r = useWrk ? await wrk(running.url, rotating, { connections, seconds }) : await autocannonRun(rotating);
  loop.disable();
  gcWatch.disconnect();
  rows.push({
    endpoint: path, 'first (ms)': firstMs, bytes, 'p50 (ms)': r.p50, 'p95 (ms)': r.p95, 'p99 (ms)': r.p99, 'req/s': r.rps, requests: r.requests, non2xx: r.non2xx, errors: r.errors,
    'loop max (ms)': Math.round(loop.max / 1e6), 'full GCs': gcs.major, 'GC ms': Math.round(gcs.gcMs),
  });
}
if (rows.length) {
  console.log(`${useWrk ? 'wrk (a second process)' : 'autocannon (in this process: install Debian\'s wrk for a separate client)'}: ${connections} connections, ${seconds} s per endpoint`);
  console.table(rows);
  const worst = Math.max(...rows.map((r) => r['p95 (ms)']));
  const target = model.papers.length > 200_000 ? 100 : 50;
  console.log(`p95 target < ${target} ms: ${worst < target ? 'met' : 'NOT met'} (worst p95 ${worst} ms)\n`);
}
console.log(`server RSS at the end ${Math.round(process.memoryUsage().rss / 1e6)} MB (server and bench in one process; the load comes from wrk and Chromium, other processes)`);
await running.close(100);
