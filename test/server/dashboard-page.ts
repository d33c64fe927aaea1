/**
 * One dashboard for a Chromium test file: the seed model (hostile titles, made-up categories,
 * a topic tree) served on a free port, Debian's Chromium, and `open(hash, viewport)` that
 * waits for the page to be ready and collects what a user would see go wrong.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { collectProblems, launchChromium } from '../helpers/browser.js';
import type { TopicModel } from '../../src/model/model.js';
import type { RunningServer } from '../../src/server/index.js';
import { buildSeedModel, hostileCopy, serve, withHierarchy } from './fixture.js';

export interface SeedDashboard {
  browser: Browser;
  running: RunningServer;
  model: TopicModel;
  open(hash?: string, viewport?: { width: number; height: number }): Promise<{ page: Page; problems: string[] }>;
}

/** `report`: also write report.html (served at /run/report.html). */
export function seedDashboard({ report = false } = {}): SeedDashboard {
  let cleanup: (() => void) | undefined;
  const dash = {
    async open(hash = '', viewport = { width: 1400, height: 1000 }) {
      const page = await dash.browser.newPage({ viewport, acceptDownloads: true });
      const problems = collectProblems(page);
      await page.goto(dash.running.url + hash);
      await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
      return { page, problems };
    },
  } as SeedDashboard;
  beforeAll(async () => {
    const built = await buildSeedModel(report);
    cleanup = built.cleanup;
    dash.model = withHierarchy(hostileCopy(built.model).model);
    ({ running: dash.running } = await serve(dash.model, { runDir: built.dir }));
    dash.browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await dash.browser?.close();
    await dash.running?.close(100);
    cleanup?.();
  });
  return dash;
}
