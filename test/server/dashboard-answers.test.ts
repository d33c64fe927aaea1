/**
 * Issue #26 in headless Chromium: a typed term's line lit with a verdict, legend toggling,
 * the phone layout of every chart, axes that follow the bin, gaps for empty bins, and the
 * dashboard bugs (each reproduced first, then fixed).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { seedDashboard } from './dashboard-page.js';
import { readParquet } from '../../src/tables/index.js';
import { chartSpecs } from '../../src/pipeline/index.js';
import { computeTrendTables } from '../../src/analysis/index.js';

const dash = seedDashboard();
const open = (hash?: string, viewport?: { width: number; height: number }) => dash.open(hash, viewport);
const idle = (page: Page) => page.waitForFunction(() => !document.querySelector('[aria-busy=true]'));

/** The marks of a chart's line or area layer: stroke (or fill) colour and opacity, from the SVG. */
const seriesPaths = (page: Page, chart: string, marks = 'g.mark-line path, g.mark-area path') =>
  page.$$eval(marks.split(', ').map((m) => `${chart} svg ${m}`).join(', '), (paths) =>
    paths.map((p) => ({ color: p.getAttribute('stroke') ?? p.getAttribute('fill'), opacity: Number(p.getAttribute('opacity') ?? 1), width: Number(p.getAttribute('stroke-width') ?? 1) })));

/** The x axis's tick labels of a chart. */
const xLabels = (page: Page, chart: string) =>
  page.$$eval(`${chart} svg g.role-axis[aria-label^="X-axis"] g.role-axis-label text`, (ts) => ts.map((t) => t.textContent ?? ''));

describe('ask and see', () => {
  test('a term typed into the box: its line lit, the others dimmed, a verdict beside it; hidden themes listed with a way to draw them', async () => {
    const { page, problems } = await open();
    await page.fill('#term-input', 'mamba');
    await page.press('#term-input', 'Enter');
    await page.waitForSelector('#line-verdict:not([hidden])');
    await idle(page);
    expect(await page.textContent('#line-verdict')).toMatch(/^mamba (rising|falling|stable): .*% → .*% of papers/);
    const lines = await page.evaluate(() => fetch('/api/lines?bin=auto&q=mamba').then((r) => r.json()));
    const mamba = lines.lines.find((l: { label: string }) => l.label === 'mamba');
    const paths = await seriesPaths(page, '#term-chart');
    const lit = paths.filter((p) => p.color === mamba.color);
    expect(lit.length).toBeGreaterThan(0);
    for (const p of lit) expect(p.opacity).toBe(1);
    const others = paths.filter((p) => p.color !== mamba.color);
    expect(others.length).toBeGreaterThan(0);
    for (const p of others) expect(p.opacity).toBeLessThan(0.5);
    expect(page.url()).toContain('focus=mamba');

    // Every theme is listed with its verdict; one the chart does not draw says so and can be drawn.
    expect(await page.locator('#line-list tr').count()).toBe(dash.model.themes.length + 1);
    const hiddenRow = page.locator('#line-list tr', { has: page.locator('button', { hasText: 'Draw' }) }).first();
    if (await hiddenRow.count()) {
      const name = (await hiddenRow.getAttribute('data-line'))!;
      expect(await page.textContent('#line-note')).toContain(name);
      await page.click('#lines-details summary');
      await hiddenRow.locator('button').click();
      await expect.poll(() => page.locator('#term-chips .chip-name', { hasText: name }).count()).toBe(1);
      await expect.poll(() => page.textContent('#line-verdict')).toContain(name);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  test('topics over time: a legend click hides a topic (kept in the address, said under the chart), a second click shows it; a double-click shows only it', async () => {
    const { page, problems } = await open();
    await page.locator('#over-time').scrollIntoViewIfNeeded();
    const areas = () => seriesPaths(page, '#over-time', 'g.mark-area path');
    const before = await areas();
    expect(before.length).toBeGreaterThan(2);
    expect(before.every((p) => p.opacity > 0.5)).toBe(true);
    const label = page.locator('#over-time svg g.role-legend-label text').nth(1);
    // The legend cuts long labels with an ellipsis; the note under the chart gives them whole.
    const name = (await label.textContent())!.replace(/…$/, '');
    await page.locator('#over-time svg g.role-legend-symbol path').nth(1).click();
    await expect.poll(async () => (await areas()).length).toBe(before.length - 1);
    expect(await page.evaluate(() => location.hash)).toMatch(/hidetopics=(\d+|other)/);
    expect(await page.textContent('#over-time-note')).toContain(`Hidden: ${name}`);
    expect(await page.locator('#over-time svg g.role-legend-label text').nth(1).textContent()).toMatch(/^\(hidden\) #/);
    // A reload keeps it hidden; the entry's second click shows it again.
    await page.reload();
    await idle(page);
    await expect.poll(async () => (await areas()).length).toBe(before.length - 1);
    await page.locator('#over-time svg g.role-legend-symbol path').nth(1).click();
    await expect.poll(async () => (await areas()).length).toBe(before.length);
    expect(await page.textContent('#over-time-note')).toBe('');
    // A double-click isolates; shift-double-click adds another.
    await page.locator('#over-time svg g.role-legend-symbol path').nth(1).dblclick();
    await expect.poll(async () => (await areas()).filter((p) => p.opacity > 0.5).length).toBe(1);
    await page.locator('#over-time svg g.role-legend-symbol path').nth(2).dblclick({ modifiers: ['Shift'] });
    await expect.poll(async () => (await areas()).filter((p) => p.opacity > 0.5).length).toBe(2);
    expect(await page.evaluate(() => location.hash)).not.toMatch(/hidetopics/);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('one palette', () => {
  test('the report draws every theme in the colour the dashboard gives it', async () => {
    const { page } = await open();
    const lines = await page.evaluate(() => fetch('/api/lines?bin=auto').then((r) => r.json()));
    const spec = chartSpecs(dash.model, computeTrendTables(dash.model))['theme-trends'] as { layer: { encoding?: { color?: { scale?: { domain?: string[]; range?: string[] } } } }[] };
    const scale = spec.layer.at(-1)!.encoding!.color!.scale!;
    expect(scale.domain!.length).toBeGreaterThan(0);
    for (const [i, theme] of scale.domain!.entries()) {
      expect(scale.range![i], theme).toBe(lines.lines.find((l: { name: string }) => l.name === theme).color ?? scale.range![i]);
    }
    const shown = lines.lines.filter((l: { shown: boolean; kind: string }) => l.shown && l.kind === 'theme');
    expect(shown.some((l: { name: string }) => scale.domain!.includes(l.name))).toBe(true);
    await page.close();
  });
});

describe('how topics relate', () => {
  test('the distance map, the dendrogram and the similarity heatmap draw when their panel opens, and keep 250 px on a phone', async () => {
    for (const viewport of [{ width: 1400, height: 1000 }, { width: 390, height: 844 }]) {
      const { page, problems } = await open('', viewport);
      await page.click('#relations summary');
      for (const id of ['#distance-map', '#dendrogram', '#similarity']) await page.waitForSelector(`${id}[data-state=drawn]`);
      // One circle per topic, one label per leaf of the tree, one cell per pair of topics.
      expect(await page.locator('#distance-map svg g.mark-symbol.role-mark path').count()).toBe(dash.model.topics.length);
      const leaves = dash.model.hierarchy!.filter((n) => n.children.length === 0).length;
      expect(await page.locator('#dendrogram svg g.mark-text.role-mark text').count()).toBe(leaves);
      expect(await page.locator('#similarity svg g.mark-rect.role-mark path').count()).toBe(dash.model.topics.length ** 2);
      for (const id of ['#distance-map', '#dendrogram', '#similarity']) expect(Number(await page.getAttribute(id, 'data-plot-width')), id).toBeGreaterThanOrEqual(250);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      expect(problems).toEqual([]);
      await page.close();
    }
  });
});

describe('find topics', () => {
  test('a query lists the closest topics with the share of their papers that mention it; a click opens one', async () => {
    const { page, problems } = await open();
    await page.fill('#find-q', 'retrieval');
    await page.press('#find-q', 'Enter');
    await page.waitForSelector('#find-results li[data-topic]');
    const found = await page.evaluate(() => fetch('/api/topics/find?q=retrieval').then((r) => r.json()));
    // Every paper that mentions the query sits in one topic: over all topics the counts add up.
    const all = await page.evaluate(() => fetch('/api/topics/find?q=retrieval&limit=30').then((r) => r.json()));
    expect(found.papers).toBeGreaterThan(0);
    expect(all.topics.reduce((s: number, t: { papers: number }) => s + t.papers, 0)).toBe(found.papers);
    const shares = found.topics.map((t: { share: number }) => t.share);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    const first = found.topics[0];
    expect(first.share).toBe(first.papers / dash.model.topics.find((t) => t.id === first.id)!.size);
    expect(await page.locator('#find-results li[data-topic]').count()).toBe(found.topics.length);
    await page.locator('#find-results li[data-topic] button').first().click();
    await page.waitForFunction((id) => location.hash.includes(`topic=${id}`), first.id);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('charts that read at any size', () => {
  test('phone 390×844: every chart keeps a plot at least 250 px wide, legends below it', async () => {
    const { page, problems } = await open(`#topic=${dash.model.topics[0].id}&compare=cs.CL,cs.CV`, { width: 390, height: 844 });
    await page.waitForSelector('#topic-trend[data-state=drawn]');
    await page.waitForSelector('#compare-chart[data-state=drawn]');
    await idle(page);
    for (const chart of ['#over-time', '#term-chart', '#topic-trend', '#compare-chart', '#tree']) {
      expect(Number(await page.getAttribute(chart, 'data-plot-width')), chart).toBeGreaterThanOrEqual(250);
    }
    expect((await page.locator('#map canvas').boundingBox())!.width).toBeGreaterThanOrEqual(250);
    // The legend sits under the plot, not beside it.
    for (const chart of ['#over-time', '#term-chart']) {
      const legend = (await page.locator(`${chart} svg g.role-legend`).first().boundingBox())!;
      const plot = (await page.locator(`${chart} svg g.role-axis[aria-label^="X-axis"]`).first().boundingBox())!;
      expect(legend.y, chart).toBeGreaterThan(plot.y);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('axes follow the bin: quarters read "Q1 2024", years have a tick each and none past the data', async () => {
    const { page, problems } = await open('#bin=quarter');
    const quarters = await xLabels(page, '#over-time');
    expect(quarters.length).toBeGreaterThan(1);
    for (const l of quarters) expect(l).toMatch(/^Q[1-4] \d{4}$/);
    await page.selectOption('#bin', 'year');
    await page.waitForFunction(() => location.hash.includes('bin=year'));
    await idle(page);
    const years = await xLabels(page, '#over-time');
    const dated = dash.model.papers.map((p) => p.date).filter((d): d is string => !!d).sort();
    const last = Number(dated.at(-1)!.slice(0, 4));
    expect(years.map(Number).every((y) => y <= last)).toBe(true);
    expect(years).toContain(String(last));
    // The data table under the chart holds one row per (year, series); the axis labels every shown year.
    expect(new Set(years).size).toBe(years.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a bin without papers is a gap in the data, not 0%', async () => {
    const { page } = await open('#bin=quarter&category=cs.CV');
    const spec = await page.evaluate(() => fetch('/api/charts/theme-trends?bin=quarter&category=cs.CV').then((r) => r.json()));
    const periods = await page.evaluate(() => fetch('/api/trends/topics?bin=quarter&category=cs.CV').then((r) => r.json()));
    const empty = new Set((periods.periods as { key: string; total: number }[]).filter((p) => p.total === 0).map((p) => p.key));
    expect(empty.size).toBeGreaterThan(0);
    const values = spec.layer.at(-1).data.values as { period: string; share: number | null }[];
    for (const v of values) expect(v.share === null, v.period).toBe(empty.has(v.period));
    // The page's topic chart draws the same: the view's data holds nulls where the bins are empty.
    await page.click(`#topics li[data-topic="${dash.model.topics[0].id}"] button`);
    await page.waitForSelector('#topic-trend[data-state=drawn]');
    const nulls = await page.$eval('#topic-trend', (c) => ((c as unknown as { vegaView: { data: (n: string) => { share: number | null }[] } }).vegaView.data('data_0') ?? []).filter((d) => d.share === null).length);
    expect(nulls).toBe(empty.size);
    await page.close();
  });
});

describe('exports', () => {
  test('file names carry the filters, typed terms export, Parquet sits beside each CSV, and the panel says how to keep ids as text', async () => {
    const { page, problems } = await open('#bin=year&category=cs.CL');
    await page.fill('#term-input', 'mamba, agents');
    await page.press('#term-input', 'Enter');
    await page.waitForSelector('#dl-term-trends:not([hidden])', { state: 'attached' });
    expect(await page.textContent('#dl-hint')).toContain("dtype={'id': str}");
    const save = async (id: string) => {
      await page.click('.downloads-menu summary');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(id)]);
      return { name: download.suggestedFilename(), path: (await download.path())! };
    };
    const csv = await save('#dl-term-trends');
    expect(csv.name).toBe('term_trends_year_cs.CL_mamba-agents.csv');
    const rows = parse(readFileSync(csv.path, 'utf8'), { columns: true }) as { term: string; count: string }[];
    expect(new Set(rows.map((r) => r.term))).toEqual(new Set(['mamba', 'agents']));
    const pq = await save('#dl-term-trends-pq');
    expect(pq.name).toBe('term_trends_year_cs.CL_mamba-agents.parquet');
    const typed = await readParquet(pq.path);
    expect(typed.length).toBe(rows.length);
    expect(typed.map((r) => r.count)).toEqual(rows.map((r) => Number(r.count)));
    const docs = await save('#dl-documents-pq');
    expect(docs.name).toBe('documents_cs.CL.parquet');
    const papers = await readParquet(docs.path);
    expect(papers.length).toBe(dash.model.papers.filter((p) => p.categories?.[0] === 'cs.CL').length);
    expect(papers.every((p) => typeof p.id === 'string')).toBe(true);
    expect((await save('#dl-theme-trends')).name).toBe('theme_trends_year_cs.CL.csv');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('dashboard bugs, each reproduced', () => {
  test('a category chosen within 300 ms of choosing Year keeps the Year bin', async () => {
    const { page, problems } = await open();
    await page.selectOption('#bin', 'year');
    await page.selectOption('#category', 'cs.CL');
    await page.waitForFunction(() => location.hash.includes('category=cs.CL'));
    await page.waitForTimeout(600); // past the bin's 350 ms settling time
    await idle(page);
    expect(await page.inputValue('#bin')).toBe('year');
    expect(page.url()).toContain('bin=year');
    expect(await page.locator('#over-time svg', { hasText: 'Year' }).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('selecting a merged node of the tree lights its topics on the map', async () => {
    const node = dash.model.hierarchy!.find((n) => n.children.length === 2 && n.children.some((c) => c >= dash.model.topics.length))!;
    const leaves = (id: number): number[] => {
      const n = dash.model.hierarchy!.find((x) => x.id === id)!;
      return n.children.length ? n.children.flatMap(leaves) : [id];
    };
    const { page, problems } = await open();
    await page.click('#tree-panel details.data-table summary');
    await page.locator('#tree-list button', { hasText: new RegExp(`^#${node.id} `) }).click();
    await page.waitForFunction((id) => document.querySelector('#map')?.getAttribute('data-selected') === String(id), node.id);
    const drawn = new Set(dash.model.papers.map((p) => p.topic));
    expect(Number(await page.getAttribute('#map', 'data-lit'))).toBe(leaves(node.id).filter((t) => drawn.has(t)).length);
    expect(Number(await page.getAttribute('#map', 'data-lit'))).toBeGreaterThan(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('Back returns to the view as it was left: the papers table where it was on the screen', async () => {
    const { page, problems } = await open();
    const papersTop = () => page.evaluate(() => Math.round(document.getElementById('papers-panel')!.getBoundingClientRect().top));
    await page.evaluate(() => document.getElementById('papers-panel')!.scrollIntoView());
    await page.waitForTimeout(300); // the scroll position is recorded once scrolling settles
    const before = await papersTop();
    // A topic chosen from far down: the topic page opens above and the page scrolls up to it.
    await page.$eval(`#topics li[data-topic="${dash.model.topics[1].id}"] button`, (b) => (b as HTMLButtonElement).click());
    await page.waitForFunction((id) => location.hash.includes(`topic=${id}`), dash.model.topics[1].id);
    await idle(page);
    await page.waitForTimeout(800); // the smooth scroll to the topic page
    expect(Math.abs((await papersTop()) - before)).toBeGreaterThan(50);
    await page.goBack();
    await page.waitForFunction(() => !location.hash.includes('topic='));
    await idle(page);
    // Within a pixel: scrollIntoView can leave a fractional scroll position that the page rounds.
    await expect.poll(async () => Math.abs((await papersTop()) - before)).toBeLessThanOrEqual(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('the map tooltip goes away on a click', async () => {
    const { page, problems } = await open();
    const box = (await page.locator('#map canvas').boundingBox())!;
    let hit = false;
    for (let gy = 0.3; gy < 0.8 && !hit; gy += 0.05) {
      for (let gx = 0.2; gx < 0.8 && !hit; gx += 0.03) {
        await page.mouse.move(box.x + box.width * gx, box.y + box.height * gy);
        hit = await page.waitForSelector('#map .map-tip:not([hidden])', { timeout: 400 }).then(() => true, () => false);
      }
    }
    expect(hit).toBe(true);
    await page.mouse.down();
    await page.mouse.up();
    await page.waitForFunction(() => document.querySelector('#map')?.getAttribute('data-selected') !== '');
    await idle(page);
    await page.waitForTimeout(500); // longer than the tip's 120 ms hover delay and its fetch
    expect(await page.locator('#map .map-tip').isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('the icicle labels every topic and every group', async () => {
    const { page, problems } = await open();
    await page.waitForSelector('#tree[data-state=drawn]');
    const labels = await page.$$eval('#tree svg g.role-mark text', (ts) => ts.map((t) => t.textContent ?? '').filter((t) => t.trim() !== ''));
    expect(labels.length).toBe(dash.model.hierarchy!.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('the "what is new" window is kept in the address, and a link restores it', async () => {
    const { page, problems } = await open();
    await page.selectOption('#new-n', '6');
    await page.waitForFunction(() => location.hash.includes('new=6'));
    await idle(page);
    const text = await page.textContent('#whatsnew');
    const again = await dash.open('#new=6');
    expect(await again.page.inputValue('#new-n')).toBe('6');
    expect(await again.page.textContent('#whatsnew')).toBe(text);
    expect([...problems, ...again.problems]).toEqual([]);
    await again.page.close();
    await page.close();
  });

  test('the Share/Count toggle changes the terms chart too', async () => {
    const { page, problems } = await open();
    await page.check('input[name=metric][value=count]');
    await expect.poll(() => page.locator('#term-chart svg', { hasText: 'Papers per' }).count()).toBe(1);
    await expect.poll(() => page.locator('#over-time svg', { hasText: 'Papers per' }).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
