/**
 * A dashboard on real papers for Chromium tests: about 1,050 papers of
 * ../shared/data/papers.jsonl (2% by SHA-1 of the id, test/estimator/slices.ts),
 * so the page has real categories, both sources (the switch on 2025-03-18) and
 * the mix-shift rules that come with it. Written to test/.tmp/NAME; the run
 * takes about 10 s on the 2-core machine.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { collectProblems, launchChromium } from '../helpers/browser.js';
import { repoRoot } from '../helpers/cli.js';
import { haveShared, writeSlice } from '../estimator/slices.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { loadThemes } from '../../src/trends/index.js';
import type { TopicModel } from '../../src/model/model.js';
import type { RunningServer } from '../../src/server/index.js';
import { serve } from './fixture.js';

export { haveShared };

export interface RealDashboard {
  browser: Browser;
  running: RunningServer;
  model: TopicModel;
  open(hash?: string, viewport?: { width: number; height: number }): Promise<{ page: Page; problems: string[] }>;
}

export function realDashboard(name: string): RealDashboard {
  const dir = path.join(repoRoot, 'test/.tmp', name);
  const dash = {
    async open(hash = '', viewport = { width: 1280, height: 900 }) {
      const page = await dash.browser.newPage({ viewport });
      const problems = collectProblems(page);
      await page.goto(dash.running.url + hash);
      await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
      return { page, problems };
    },
  } as RealDashboard;
  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const input = path.join(dir, 'slice.jsonl');
    writeSlice(input, (_row, h) => h < 0.02);
    const themes = loadThemes(path.join(repoRoot, 'data/themes.json'));
    ({ model: dash.model } = await runPipeline({ inputs: [input], themes, out: path.join(dir, 'run'), engine: { k: 8, seed: 1 }, report: false }));
    ({ running: dash.running } = await serve(dash.model, { runDir: path.join(dir, 'run') }));
    dash.browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await dash.browser?.close();
    await dash.running?.close(100);
    rmSync(dir, { recursive: true, force: true });
  });
  return dash;
}
