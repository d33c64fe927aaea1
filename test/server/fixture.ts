/** A real seed model (built with runPipeline), a hostile copy of it, and a listening dashboard for tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Application } from 'express';
import { runPipeline } from '../../src/pipeline/run.js';
import type { TopicModel } from '../../src/model/model.js';
import { loadThemes } from '../../src/trends/index.js';
import { createApp, listen, type AppOptions, type RunningServer } from '../../src/server/index.js';
import { repoRoot } from '../helpers/cli.js';
import type { HierarchyNode } from '../../src/topics/structure.js';
import { termCosine } from '../../src/topics/index.js';

export const HOSTILE_TITLE = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> & "quotes"';

/** `report`: also write report.html (served at /run/report.html when the dir is the runDir). */
export async function buildSeedModel(report = false): Promise<{ model: TopicModel; dir: string; cleanup: () => void }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'topictrends-server-'));
  const { model } = await runPipeline({
    inputs: [path.join(repoRoot, 'data/seed.jsonl')],
    themes: loadThemes(path.join(repoRoot, 'data/themes.json')),
    out: dir,
    report,
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

/**
 * The model with a topic tree, until the engine computes one: topics merged
 * greedily by the cosine of their term weights (the most similar pair first),
 * in the shape of src/topics/structure.ts (leaves 0..k-1, merged nodes k..2k-2).
 */
export function withHierarchy(model: TopicModel): TopicModel {
  const k = model.topics.length;
  const nodes: HierarchyNode[] = model.topics.map((t) => ({ id: t.id, parent: null, distance: 0, size: t.size, label: t.label, children: [] }));
  let open = model.topics.map((t) => ({ id: t.id, topics: [t] }));
  while (open.length > 1) {
    let best = [0, 1, -1];
    for (let i = 0; i < open.length; i++)
      for (let j = i + 1; j < open.length; j++) {
        let s = 0;
        for (const a of open[i].topics) for (const b of open[j].topics) s += termCosine(a, b);
        s /= open[i].topics.length * open[j].topics.length;
        if (s > best[2]) best = [i, j, s];
      }
    const [i, j, s] = best;
    const id = nodes.length;
    const a = open[i];
    const b = open[j];
    // As the engine stores it: a node's `distance` is where it merged into its parent (0 for the root).
    nodes[a.id].distance = 1 - s;
    nodes[b.id].distance = 1 - s;
    nodes.push({ id, parent: null, distance: 0, size: nodes[a.id].size + nodes[b.id].size, label: `${nodes[a.id].label.split(',')[0]} + ${nodes[b.id].label.split(',')[0]}`, children: [a.id, b.id] });
    nodes[a.id].parent = id;
    nodes[b.id].parent = id;
    open = [...open.filter((_, x) => x !== i && x !== j), { id, topics: [...a.topics, ...b.topics] }];
  }
  if (nodes.length !== 2 * k - 1) throw new Error('hierarchy fixture: wrong node count');
  return { ...model, hierarchy: nodes };
}
