import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { FIRST_LOAD_PATHS } from '../../src/server/index.js';
import { seedDashboard } from './dashboard-page.js';
import { axeViolations } from '../helpers/browser.js';

const dash = seedDashboard({ report: true });
const open = (hash?: string, viewport?: { width: number; height: number }) => dash.open(hash, viewport);

/** The topic page's heading once it shows topic (or node) `id`, with every panel settled. */
async function topicHeading(page: Page, id: number): Promise<string> {
  await page.waitForFunction((n) => document.querySelector('#topic-h')?.textContent?.includes(`#${n}:`) && !document.querySelector('[aria-busy=true]'), id);
  return (await page.textContent('#topic-h'))!;
}

describe('dashboard end to end in headless Chromium', () => {
  test('the first load asks only for what serve prepares beforehand (FIRST_LOAD_PATHS)', async () => {
    const page = await dash.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const asked: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.pathname.startsWith('/api/')) asked.push(u.pathname + u.search);
    });
    await page.goto(dash.running.url);
    await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
    expect(asked.length).toBeGreaterThan(5);
    expect([...new Set(asked)].filter((p) => !FIRST_LOAD_PATHS.includes(p))).toEqual([]);
    // The map (canvas) is drawn before the Vega charts need their scripts.
    expect(await page.locator('#map').getAttribute('data-state')).toBe('drawn');
    await page.close();
  });

  test('the term box suggests the model\'s own words and phrases for the part after the last comma', async () => {
    const { page, problems } = await open();
    await page.fill('#term-input', 'agents, stre');
    await page.waitForFunction(() => document.querySelectorAll('#term-suggestions option').length > 0);
    const values = await page.$$eval('#term-suggestions option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    for (const v of values) expect(v).toMatch(/^agents, (\S+[ -])*stre/i);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a topic selected on the map, in the tree and in the list opens the same topic page', async () => {
    const { page, problems } = await open();
    // The map: click across the canvas until a paper is hit; the map then says which topic it selected.
    const box = (await page.locator('#map canvas').boundingBox())!;
    let fromMap: number | undefined;
    for (let gy = 0.3; gy < 0.8 && fromMap === undefined; gy += 0.05) {
      for (let gx = 0.2; gx < 0.8 && fromMap === undefined; gx += 0.02) {
        await page.mouse.click(box.x + box.width * gx, box.y + box.height * gy);
        const sel = await page.getAttribute('#map', 'data-selected');
        if (sel) fromMap = Number(sel);
      }
    }
    expect(fromMap).toBeDefined();
    const viaMap = await topicHeading(page, fromMap!);
    expect(await page.locator('#topic-panel').isVisible()).toBe(true);
    const topic = dash.model.topics.find((t) => t.id === fromMap)!;
    expect(viaMap).toContain(topic.label);
    expect(await page.textContent('#topic-panel .facts')).toContain(`${topic.size} papers`);
    expect(await page.locator('#topic-trend svg.marks').count()).toBe(1);

    await page.click('#topic-close');
    await page.waitForSelector('#topic-panel', { state: 'hidden' });
    await page.click('#tree-panel details.data-table summary');
    await page.locator('#tree-list button', { hasText: new RegExp(`^#${fromMap} `) }).click();
    expect(await topicHeading(page, fromMap!)).toBe(viaMap);

    await page.click('#topic-close');
    await page.click(`#topics li[data-topic="${fromMap}"] button`);
    expect(await topicHeading(page, fromMap!)).toBe(viaMap);
    expect(await page.getAttribute('#map', 'data-selected')).toBe(String(fromMap));

    // A merged node in the icicle (the root: the largest cell) opens as a topic group with sub-topics.
    const root = dash.model.hierarchy!.find((n) => n.parent === null)!;
    const cells = page.locator('#tree svg g.role-mark path');
    expect(await cells.count()).toBe(dash.model.hierarchy!.length);
    await page.locator('#tree').scrollIntoViewIfNeeded();
    const boxes = await cells.evaluateAll((paths) => paths.map((p) => p.getBoundingClientRect()).map((b) => ({ x: b.x, y: b.y, height: b.height })));
    const tallest = boxes.reduce((a, b) => (b.height > a.height ? b : a));
    await page.mouse.click(tallest.x + 3, tallest.y + tallest.height / 2);
    expect(await topicHeading(page, root.id)).toContain('Topic group');
    expect(await page.locator('#topic-panel .topic-grid button').count()).toBeGreaterThanOrEqual(root.children.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a shared link restores the view, Back and Forward step through selections', async () => {
    const topic = dash.model.topics[2];
    const { page, problems } = await open(`#topic=${topic.id}&bin=year&category=cs.CL&terms=mamba&metric=count`);
    await topicHeading(page, topic.id);
    expect(await page.inputValue('#bin')).toBe('year');
    expect(await page.inputValue('#category')).toBe('cs.CL');
    expect(await page.isChecked('input[name=metric][value=count]')).toBe(true);
    await expect.poll(() => page.locator('#term-chips .chip-name', { hasText: /^mamba$/ }).count()).toBe(1);
    const inCategory = dash.model.papers.filter((p) => p.topic === topic.id && p.categories?.[0] === 'cs.CL').length;
    expect(await page.textContent('#topic-panel .facts')).toContain(`${inCategory} papers in cs.CL`);
    await expect.poll(() => page.textContent('#papers-count')).toContain(`of ${inCategory}`);
    expect(await page.textContent(`#topics li[data-topic="${topic.id}"]`)).toContain(String(inCategory));

    const other = dash.model.topics[0];
    await page.click(`#topics li[data-topic="${other.id}"] button`);
    await topicHeading(page, other.id);
    expect(page.url()).toContain(`topic=${other.id}`);
    await page.goBack();
    await topicHeading(page, topic.id);
    await page.goForward();
    await topicHeading(page, other.id);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('rapid bin changes end on the last choice, everywhere', async () => {
    const { page, problems } = await open(`#topic=1`);
    await topicHeading(page, 1);
    for (const bin of ['week', 'quarter', 'month', 'year', 'quarter', 'week', 'year']) await page.selectOption('#bin', bin);
    await page.waitForFunction(() => location.hash.includes('bin=year'));
    await page.waitForFunction(() => !document.querySelector('[aria-busy=true]'));
    expect(await page.locator('#over-time svg', { hasText: 'Year' }).count()).toBe(1);
    expect(await page.locator('#topic-trend svg', { hasText: 'Year' }).count()).toBe(1);
    const keys = await page.$$eval('#topic-panel table.words td.date', (tds) => tds.map((t) => t.textContent));
    for (const k of keys) expect(k).toMatch(/^\d{4}$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('axe-core: no serious or critical violation on the dashboard (with a topic open) and the report', async () => {
    const { page } = await open(`#topic=1&compare=cs.CL,cs.CV`);
    await topicHeading(page, 1);
    await page.waitForSelector('#compare-chart[data-state=drawn]');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${dash.running.url}run/report.html`);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test('phone 390×844: no sideways scrolling, a compact header, every panel usable', async () => {
    const { page, problems } = await open('', { width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect((await page.locator('header').boundingBox())!.height).toBeLessThan(200);
    await page.click(`#topics li[data-topic="3"] button`);
    await topicHeading(page, 3);
    await page.click('#term-form input');
    await page.fill('#term-input', 'mamba');
    await page.press('#term-input', 'Enter');
    await expect.poll(() => page.locator('#term-chips .chip-name', { hasText: /^mamba$/ }).count()).toBe(1);
    await page.waitForFunction(() => !document.querySelector('[aria-busy=true]'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const id of ['map-panel', 'topics-panel', 'topic-panel', 'time-panel', 'tree-panel', 'new-panel', 'compare-panel', 'terms-panel', 'papers-panel']) {
      const b = (await page.locator(`#${id}`).boundingBox())!;
      expect(b.x, id).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width, id).toBeLessThanOrEqual(390);
    }
    for (const chart of ['#over-time svg.marks', '#term-chart svg.marks', '#topic-trend svg.marks']) {
      expect((await page.locator(chart).boundingBox())!.width, chart).toBeLessThanOrEqual(390);
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
