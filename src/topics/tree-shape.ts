/**
 * How a topic tree reads (issue #24): as a tree, or as a chain that one large
 * node grows along leaf by leaf? And does each merged node say something its
 * children do not? Shared by the tests (test/topics/tree-shape.test.ts) and
 * bench/tree.js.
 */
import type { HierarchyNode } from './structure.js';

export interface TreeShape {
  /** Leaf topics. */
  leaves: number;
  /**
   * Share of merges in which a single leaf joins a node of ≥ 5 leaves: 0 for a
   * balanced tree, (k - 5) / (k - 1) for a chain (0.94 at 69 topics).
   */
  chainShare: number;
  /** Merges along the longest root-to-leaf path, over log2 of the leaves (1 for a balanced tree). */
  depthRatio: number;
  /** Merged nodes whose label has the same terms as one child's, in any order. */
  labelRepeats: number;
}

export const CHAIN_NODE_LEAVES = 5;

export function treeShape(nodes: readonly HierarchyNode[]): TreeShape {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const leafCount = new Map<number, number>();
  const depth = new Map<number, number>();
  // Nodes come leaves first, then merges in order, so children are met before parents.
  for (const n of nodes) {
    leafCount.set(n.id, n.children.length ? n.children.reduce((s, c) => s + leafCount.get(c)!, 0) : 1);
    depth.set(n.id, n.children.length ? 1 + Math.max(...n.children.map((c) => depth.get(c)!)) : 0);
  }
  const merged = nodes.filter((n) => n.children.length > 0);
  const leaves = nodes.length - merged.length;
  const chained = merged.filter((n) => {
    const [a, b] = n.children.map((c) => leafCount.get(c)!);
    return Math.min(a, b) === 1 && Math.max(a, b) >= CHAIN_NODE_LEAVES;
  }).length;
  const terms = (label: string) => [...new Set(label.split(', '))].sort().join('\u0000');
  const labelRepeats = merged.filter((n) => n.children.some((c) => terms(byId.get(c)!.label) === terms(n.label))).length;
  const maxDepth = Math.max(0, ...merged.map((n) => depth.get(n.id)!));
  return {
    leaves,
    chainShare: merged.length ? round(chained / merged.length) : 0,
    depthRatio: leaves > 1 ? round(maxDepth / Math.log2(leaves)) : 1,
    labelRepeats,
  };
}

const round = (v: number) => Math.round(v * 1000) / 1000;
