import { chartsForRun } from '../../src/charts/index.js';
import type { ReportData } from '../../src/report/index.js';
import type { HierarchyNode } from '../../src/topics/index.js';
import { HOSTILE_TITLE, fixtureRun } from '../charts/fixtures.js';

/** Report tables for the realistic fixture run, with hostile text in every free-text field a corpus or user controls. */
export function fixtureReport() {
  const run = fixtureRun();
  const titleById = new Map(run.documents.map((d) => [d.id, d.title]));
  const representativeTitles = Object.fromEntries(run.topics.map((t) => [t.id, t.representativeIds.map((id) => titleById.get(id) ?? id)]));
  // Put the hostile title where the topic table will show it.
  representativeTitles[0] = [HOSTILE_TITLE, ...representativeTitles[0]];
  const data: Omit<ReportData, 'charts'> = {
    summary: {
      title: 'Fixture run <b>&</b> "friends"',
      inputs: ['../shared/data/papers.jsonl', 'odd <name>.csv'],
      dateRange: { start: run.periods[0].start, end: run.periods.at(-1)!.end },
      counts: { read: run.documents.length + 17, kept: run.documents.length, skipped: { 'empty abstract': 12, 'duplicate id <x>': 5 } },
      parameters: { k: run.topics.length, seed: 42, bin: 'month', min_df: 5, note: '<i>not italic</i>' },
      stageSeconds: { read: 0.8, vectorize: 3.1, svd: 2.4, umap: 21.7, cluster: 0.6, label: 0.3, trends: 0.2 },
      generatedAt: '2026-06-01T12:00:00Z',
    },
    topics: run.topics,
    changes: run.changes,
    bursts: run.bursts,
    quality: {
      partialPeriods: run.periods.filter((p) => p.partial),
      mixShifts: [{ field: 'source', period: '2025-03', date: '2025-03-18', distance: 0.62, message: 'Source changes from "arxiver" to <daily-arXiv>; shares before and after are not comparable.' }],
      undated: 3,
      notes: ['Dates of the second source are feed dates, 1-4 days after submission.'],
    },
    representativeTitles,
  };
  return { run, data, specs: chartsForRun({ ...run, hierarchy: chainTree(run.topics) }) };
}

/** A topic tree for the fixture: each topic joins the group of those before it, at a growing distance. */
function chainTree(topics: { id: number; size: number; label: string }[]): HierarchyNode[] {
  const k = topics.length;
  const nodes: HierarchyNode[] = topics.map((t) => ({ id: t.id, parent: null, distance: 0, size: t.size, label: t.label, children: [] }));
  let group = 0;
  for (let i = 1; i < k; i++) {
    const id = k + i - 1;
    const distance = 0.2 + (0.6 * i) / k;
    nodes[group].parent = id;
    nodes[group].distance = distance;
    nodes[i].parent = id;
    nodes[i].distance = distance;
    nodes.push({ id, parent: null, distance: 0, size: nodes[group].size + nodes[i].size, label: `group ${i}`, children: [group, i] });
    group = id;
  }
  return nodes;
}
