/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { collectProblems, launchChromium } from '../helpers/browser.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { VIEW_NAMES } from '../../src/charts/index.js';
import { writeReport } from '../../src/report/index.js';
import { repoRoot } from '../helpers/cli.js';
import { fixtureReport } from './fixture.js';

const outDir = path.join(repoRoot, 'test/.tmp/report-browser');
const screenshot = path.join(repoRoot, 'reports/screenshots/report.png');

describe('report.html in headless Chromium', () => {
  let browser: Browser;
  let reportUrl: string;

  beforeAll(async () => {
    rmSync(outDir, { recursive: true, force: true });
    const { data, specs } = fixtureReport();
    const written = await writeReport(outDir, data, specs);
    reportUrl = pathToFileURL(written.html).href;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('opens offline with no console errors, no other requests, and every chart drawn', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const problems = collectProblems(page);
    const requests: string[] = [];
    page.on('request', (req) => requests.push(req.url()));

    await page.goto(reportUrl, { waitUntil: 'load' });

    expect(problems).toEqual([]);
    expect(requests).toEqual([reportUrl]);

    // Every view is in the report, and each has data marks drawn (not just axes and legends).
    const marks = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('figure.chart')].map((fig) => [
          fig.getAttribute('data-view'),
          fig.querySelectorAll('svg g.role-mark path, svg g.role-mark rect, svg g.role-mark circle, svg g.role-mark line').length,
        ]),
      ),
    );
    expect(Object.keys(marks).sort()).toEqual([...VIEW_NAMES].sort());
    for (const view of VIEW_NAMES) expect(marks[view], view).toBeGreaterThan(0);

    // The SVGs lay out at a real size (a broken viewBox/size rewrite would collapse them).
    const heights = await page.$$eval('figure.chart svg', (svgs) => svgs.map((s) => s.getBoundingClientRect().height));
    for (const h of heights) expect(h).toBeGreaterThan(100);

    // The hostile title is shown as text, never parsed as markup.
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('#topic-0').textContent()).toContain('<script>alert("x")</script>');

    // Table of contents links resolve to sections.
    const broken = await page.$$eval('nav.toc a', (links) => links.map((a) => a.getAttribute('href')!).filter((h) => !document.querySelector(h)));
    expect(broken).toEqual([]);

    mkdirSync(path.dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
    await page.close();
  });
});
