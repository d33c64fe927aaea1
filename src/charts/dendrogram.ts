import type { HierarchyNode } from '../topics/index.js';
import { CHART_CONFIG, VEGA_LITE_SCHEMA, chartTitle, shorten } from './base.js';
import { topicColor } from './topicNames.js';
import type { VegaLiteSpec } from './types.js';

/** Height of each node: where its children merged (a child's `distance`), never below its children's. */
function heights(nodes: readonly HierarchyNode[]): Map<number, number> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out = new Map<number, number>();
  const visit = (id: number): number => {
    const n = byId.get(id)!;
    const h = n.children.length ? Math.max(...n.children.map((c) => Math.max(visit(c), byId.get(c)!.distance))) : 0;
    out.set(id, h);
    return h;
  };
  for (const root of nodes.filter((n) => n.parent === null)) visit(root.id);
  return out;
}

/**
 * The topic tree as a labelled dendrogram (BERTopic's visualize_hierarchy): topics at the
 * right in tree order, a bracket where two groups merge, at the merge distance read off the
 * x axis; topics that join near 0 are near-duplicates, the last merges split the corpus.
 */
export function dendrogramSpec(nodes: readonly HierarchyNode[], { width = 520, row = 22 } = {}): VegaLiteSpec {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const h = heights(nodes);
  const y = new Map<number, number>();
  const leaves: HierarchyNode[] = [];
  const place = (id: number): number => {
    const n = byId.get(id)!;
    const at = n.children.length ? n.children.map(place).reduce((a, b) => a + b, 0) / n.children.length : (leaves.push(n), leaves.length - 1);
    y.set(id, at);
    return at;
  };
  for (const root of nodes.filter((n) => n.parent === null)) place(root.id);
  const segments = nodes.flatMap((n) => {
    if (!n.children.length) return [];
    const ys = n.children.map((c) => y.get(c)!);
    const x = h.get(n.id)!;
    return [
      { x, x2: x, y: Math.min(...ys), y2: Math.max(...ys), node: `#${n.id} ${n.label}`, size: n.size },
      ...n.children.map((c) => ({ x: h.get(c)!, x2: x, y: y.get(c)!, y2: y.get(c)!, node: `#${n.id} ${n.label}`, size: n.size })),
    ];
  });
  const labels = leaves.map((l) => ({ x: 0, y: y.get(l.id)!, text: `#${l.id} ${shorten(l.label, 34)}`, color: topicColor(l.id), size: l.size }));
  const yEnc = { field: 'y', type: 'quantitative' as const, axis: null, scale: { domain: [-0.5, Math.max(0.5, leaves.length - 0.5)], reverse: true } };
  // Reversed: the topics (distance 0) at the right edge, named above their lines; the root at the left.
  const xScale = { zero: true, nice: false, reverse: true };
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: 'Topic tree as a dendrogram with merge distances',
    title: chartTitle('Topic tree (dendrogram)', 'Topics merge where their words and positions are close; the x axis is the merge distance.'),
    width,
    height: Math.max(120, leaves.length * row),
    config: CHART_CONFIG,
    layer: [
      {
        data: { values: segments },
        mark: { type: 'rule', color: '#8a8f96', strokeWidth: 1.2 },
        encoding: {
          x: { field: 'x', type: 'quantitative', title: 'Merge distance', scale: xScale },
          x2: { field: 'x2' }, y: yEnc, y2: { field: 'y2' },
          tooltip: [{ field: 'node', title: 'Group' }, { field: 'size', title: 'Papers', format: ',d' }],
        },
      },
      {
        data: { values: labels },
        // Inside the plot, just above each topic's own line: beside it, 200 px of names left a phone 150 px of tree.
        mark: { type: 'text', align: 'right', baseline: 'bottom', dx: -2, dy: -1, fontSize: 11 },
        encoding: { x: { field: 'x', type: 'quantitative', scale: xScale }, y: yEnc, text: { field: 'text' }, color: { field: 'color', type: 'nominal', scale: null } },
      },
    ],
  };
}
