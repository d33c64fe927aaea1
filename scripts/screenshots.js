#!/usr/bin/env node
// Screenshots of the dashboard for the README and for looking at a change: each panel of the page
// on a model, at 1440×900 and at a phone's 390×844, into reports/screenshots/ (or --out DIR).
// Plain ESM over dist/: run `npm run build` first.
//
//   node scripts/screenshots.js [model.json=/tmp/full-run/model.json] [--topic 3] [--compare cs.CL,cs.CV] [--out DIR]
//     [--edit] [--only dashboard-topic] [--suffix -curated]
// --edit serves as `serve --edit` does (the topic page shows its rename form); --only takes one shot;
// --suffix is added to the file names (e.g. dashboard-topic-curated.png).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { loadRunModel } from '../dist/pipeline/index.js';
import { createApp, listen, warmFirstLoad } from '../dist/server/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const modelPath = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? '/tmp/full-run/model.json';
const out = path.resolve(opt('out', path.join(root, 'reports/screenshots')));
const topic = opt('topic', '3');
const compare = opt('compare', 'cs.CL,cs.CV');
const only = opt('only', undefined);
const suffixAll = opt('suffix', '');
const edit = args.includes('--edit');
mkdirSync(out, { recursive: true });

// A scaled run's whole corpus from its parts, as serve shows it.
const model = await loadRunModel(modelPath);
const running = await listen(createApp(model, { rateLimit: false, runDir: path.dirname(modelPath), editModel: edit ? modelPath : undefined }), { port: 0, host: '127.0.0.1' });
await warmFirstLoad(running.url);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const shots = [
  { name: 'dashboard-map', hash: '', panel: '#map-panel' },
  { name: 'dashboard-topic', hash: `#topic=${topic}`, panel: '#topic-panel' },
  { name: 'dashboard-tree', hash: '', panel: '#tree-panel' },
  { name: 'dashboard-compare', hash: `#compare=${encodeURIComponent(compare)}`, panel: '#compare-panel' },
  { name: 'dashboard-whatsnew', hash: '', panel: '#new-panel' },
  { name: 'dashboard-time', hash: '', panel: '#time-panel' },
  // A term typed into the box: its line lit, its verdict beside the chart.
  { name: 'dashboard-terms', hash: '#terms=distillation,streaming&focus=distillation', panel: '#terms-panel' },
  // The page as it opens (the viewport, not a panel).
  { name: 'dashboard', hash: '', panel: null },
  // Mostly text: a JPEG is a quarter of the PNG.
  { name: 'dashboard-papers', hash: '#q=distillation', panel: '#papers-panel', jpeg: true },
];
for (const [suffix, viewport] of [['', { width: 1440, height: 900 }], ['-phone', { width: 390, height: 844 }]]) {
  const page = await browser.newPage({ viewport });
  for (const s of shots.filter((x) => !only || x.name === only)) {
    await page.goto(running.url + s.hash);
    await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
    await page.waitForFunction(() => !document.querySelector('[aria-busy=true]'));
    const file = path.join(out, `${s.name}${suffixAll}${suffix}.${s.jpeg ? 'jpg' : 'png'}`);
    const shot = { path: file, ...(s.jpeg ? { type: 'jpeg', quality: 75 } : {}) };
    await (s.panel ? page.locator(s.panel).screenshot(shot) : page.screenshot(shot));
    console.log(path.relative(root, file));
  }
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  if (wide) console.log(`warning: the page scrolls sideways at ${viewport.width} px`);
  // The report's first screen, as a reader opens it.
  await page.goto(`${running.url}run/report.html`);
  const report = path.join(out, `report-top${suffix}.png`);
  await page.screenshot({ path: report });
  console.log(path.relative(root, report));
  await page.close();
}
await browser.close();
await running.close(100);
