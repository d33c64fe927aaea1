import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { collectProblems, launchChromium } from '../helpers/browser.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TopicModel } from '../../src/model/model.js';
import type { RunningServer } from '../../src/server/index.js';
import { repoRoot } from '../helpers/cli.js';
import { HOSTILE_TITLE, buildSeedModel, hostileCopy, serve } from './fixture.js';

const screenshot = path.join(repoRoot, 'reports/screenshots/dashboard.png');

let browser: Browser;
let running: RunningServer;
let model: TopicModel;
let cleanup: () => void;

beforeAll(async () => {
  const built = await buildSeedModel();
  cleanup = built.cleanup;
  model = hostileCopy(built.model).model;
  ({ running } = await serve(model, { runDir: built.dir }));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await running?.close(100);
  cleanup?.();
});

/** Pixels of a canvas that are not blank, read back in the page. */
const inkedPixels = (page: Page, selector: string) =>
  page.$eval(selector, (canvas) => {
    const c = canvas as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200)) n++;
    return n;
  });

describe('dashboard in headless Chromium', () => {
  test('charts draw, terms add series, topics select papers, CSV downloads, markup stays text', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    const problems = collectProblems(page);
    const offsite: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(running.url) && !req.url().startsWith('data:')) offsite.push(req.url());
    });

    await page.goto(running.url);
    await page.waitForSelector('body[data-ready=true]', { timeout: 20_000 });

    // The map is a canvas with dots on it; the time charts are SVG with marks.
    await page.waitForSelector('#map[data-state=drawn] canvas');
    expect(await inkedPixels(page, '#map canvas')).toBeGreaterThan(500);
    expect(await page.locator('#over-time svg g.role-mark path').count()).toBeGreaterThan(0);
    expect(await page.locator('#term-chart svg g.role-mark path').count()).toBeGreaterThan(0);
    expect(await page.locator('#topics li').count()).toBe(model.topics.length);

    // Submitting a term adds its line to the theme chart.
    const before = Number(await page.getAttribute('#term-chart', 'data-series'));
    await page.fill('#term-input', 'mamba');
    await page.click('#term-form button[type=submit]');
    await page.waitForFunction((n) => Number(document.querySelector('#term-chart')!.getAttribute('data-series')) === n, before + 1);
    await expect.poll(() => page.locator('#term-chart svg g.role-legend text', { hasText: '"mamba"' }).count()).toBeGreaterThan(0);

    // Selecting a topic lists its papers.
    const topic = model.topics[2];
    await page.click(`#topics li[data-topic="${topic.id}"] button`);
    await expect.poll(() => page.textContent('#papers-title')).toContain(`topic #${topic.id}`);
    const shown = await page.$$eval('#papers tbody td.topic', (cells) => cells.map((c) => c.textContent));
    expect(shown.length).toBe(Math.min(topic.size, 25));
    for (const t of shown) expect(t?.startsWith(`#${topic.id} `)).toBe(true);
    expect(await page.textContent('#papers-count')).toContain(`of ${topic.size}`);
    expect(await page.textContent('#topic-h')).toContain(topic.label);

    // Its papers download as CSV (the links sit in the Downloads menu).
    await page.click('.downloads-menu summary');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#dl-documents')]);
    expect(download.suggestedFilename()).toBe(`documents_topic-${topic.id}.csv`);
    const rows = parse(readFileSync((await download.path())!, 'utf8'), { columns: true }) as { topic: string }[];
    expect(rows).toHaveLength(topic.size);
    expect(rows.every((r) => r.topic === String(topic.id))).toBe(true);

    // Back to all papers: the hostile title (newest paper) is shown as text, never run or parsed.
    await page.click('#selection-clear');
    await expect.poll(() => page.locator('#papers tbody td', { hasText: '<script>' }).count()).toBe(1);
    // The title itself (the cell also holds the abstract's snippet below it).
    expect(await page.locator('#papers tbody td.title', { hasText: '<script>' }).first().locator('> :first-child').textContent()).toBe(HOSTILE_TITLE);
    expect(await page.locator('#papers tbody td.title .snippet').count()).toBeGreaterThan(0);
    expect(await page.locator('#papers img, #detail img, #topics img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

    // The share/count toggle redraws the chart with counts on the y axis.
    await page.check('input[name=metric][value=count]');
    await expect.poll(() => page.locator('#over-time svg', { hasText: 'Papers per' }).count()).toBe(1);

    expect(problems).toEqual([]);
    expect(offsite).toEqual([]);

    // The screenshot shows a selected topic, from the top of the page (the header is sticky).
    await page.check('input[name=metric][value=share]');
    await page.waitForSelector('#over-time[data-state=drawn]');
    await page.click(`#topics li[data-topic="${topic.id}"] button`);
    await expect.poll(() => page.textContent('#papers-title')).toContain(`topic #${topic.id}`);
    await page.evaluate(() => window.scrollTo(0, 0));
    mkdirSync(path.dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
    await page.close();
  });
});
