/** A real seed model (built with runPipeline), a hostile copy of it, and a listening dashboard for tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Application } from 'express';
import { runPipeline } from '../../src/pipeline/run.js';
import type { TopicModel } from '../../src/pipeline/model.js';
import { loadThemes } from '../../src/trends/index.js';
import { createApp, listen, type AppOptions, type RunningServer } from '../../src/server/index.js';
import { repoRoot } from '../helpers/cli.js';

export const HOSTILE_TITLE = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> & "quotes"';

export async function buildSeedModel(): Promise<{ model: TopicModel; dir: string; cleanup: () => void }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'topictrends-server-'));
  const { model } = await runPipeline({
    inputs: [path.join(repoRoot, 'data/seed.jsonl')],
    themes: loadThemes(path.join(repoRoot, 'data/themes.json')),
    out: dir,
    report: false,
  });
  return { model, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A copy of the model with the newest paper retitled to markup (so it is on
 * the first page of the table) and made-up primary categories (the seed
 * listing has none) so category filters have something to filter.
 */
export function hostileCopy(model: TopicModel): { model: TopicModel; hostileIndex: number } {
  let newest = 0;
  model.papers.forEach((p, i) => {
    if ((p.date ?? '') > (model.papers[newest].date ?? '')) newest = i;
  });
  const papers = model.papers.map((p, i) => ({
    ...p,
    title: i === newest ? HOSTILE_TITLE : p.title,
    categories: [i % 3 === 0 ? 'cs.CV' : 'cs.CL', 'cs.LG'],
  }));
  return { model: { ...model, papers }, hostileIndex: newest };
}

export async function serve(model: TopicModel, options: AppOptions = {}): Promise<{ app: Application; running: RunningServer; url: (p: string) => string }> {
  const app = createApp(model, { log: () => {}, ...options });
  const running = await listen(app, { port: 0, host: '127.0.0.1' });
  return { app, running, url: (p: string) => new URL(p, running.url).href };
}
