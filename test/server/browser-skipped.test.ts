/** The dashboard page on a one-date model: notes where the over-time charts and the growth test would be, no errors. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '../../src/server/index.js';
import { collectProblems, launchChromium } from '../helpers/browser.js';
import { buildSeedModel, serve } from './fixture.js';

let browser: Browser;
let running: RunningServer;
let cleanup: () => void;

beforeAll(async () => {
  const built = await buildSeedModel();
  cleanup = built.cleanup;
  const oneDate = { ...built.model, papers: built.model.papers.map((p) => ({ ...p, date: '2025-06-03' })) };
  ({ running } = await serve(oneDate));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await running?.close(100);
  cleanup?.();
});

describe('dashboard on a corpus of one date', () => {
  test('shows why the over-time charts and the growth test are missing, and still draws the map', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const problems = collectProblems(page);
    await page.goto(running.url);
    await page.waitForSelector('body[data-ready=true]', { timeout: 20_000 });
    await page.waitForSelector('#map[data-state=drawn] canvas');
    expect(await page.locator('#over-time').getAttribute('data-state')).toBe('skipped');
    expect(await page.locator('#over-time').innerText()).toMatch(/Not computed: charts over time.*one day bin \(2025-06-03\)/);
    expect(await page.locator('#term-chart').getAttribute('data-state')).toBe('skipped');
    expect(await page.locator('#windows').innerText()).toMatch(/Not computed: growth test.*at least 2 full day bins/);
    expect(await page.locator('#status').isHidden()).toBe(true);
    expect(problems).toEqual([]);
  });
});
