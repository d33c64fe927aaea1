/**
 * How a topic relates to the others: its place in the merge tree
 * (`model.hierarchy`), the topics with the most similar words, and its lineage
 * across refits (`model.lineage`). Pure functions over the model's plain data.
 */
import { termCosine, type Topic } from '../topics/index.js';
import type { HierarchyNode, LineageRow } from '../topics/index.js';

export interface NodeRef {
  id: number;
  label: string;
  size: number;
}

const ref = (n: HierarchyNode): NodeRef => ({ id: n.id, label: n.label, size: n.size });

/** Parent and children of a node of the tree; null and [] when the model has no tree or no such node. */
export function treeLinks(hierarchy: readonly HierarchyNode[] | undefined, id: number): { parent: NodeRef | null; children: NodeRef[] } {
  if (!hierarchy?.length) return { parent: null, children: [] };
  const byId = new Map(hierarchy.map((n) => [n.id, n]));
  const node = byId.get(id);
  if (!node) return { parent: null, children: [] };
  const parent = node.parent === null ? undefined : byId.get(node.parent);
  return {
    parent: parent ? ref(parent) : null,
    children: node.children.map((c) => byId.get(c)).filter((c): c is HierarchyNode => !!c).map(ref),
  };
}

/** Leaf topic ids under a node (the node itself when it is a topic). */
export function leavesUnder(hierarchy: readonly HierarchyNode[], id: number): number[] {
  const byId = new Map(hierarchy.map((n) => [n.id, n]));
  const out: number[] = [];
  const stack = [id];
  while (stack.length) {
    const n = byId.get(stack.pop()!);
    if (!n) continue;
    if (n.children.length === 0) out.push(n.id);
    else stack.push(...n.children);
  }
  return out.sort((a, b) => a - b);
}


/** The `limit` topics with the most similar words (similarity > 0), most similar first, ties by id. */
export function similarTopics(topics: readonly Topic[], id: number, limit = 5): (NodeRef & { similarity: number })[] {
  const self = topics.find((t) => t.id === id);
  if (!self) return [];
  return topics
    // Hidden topics (curate --hide) are junk a person set aside: not suggested.
    .filter((t) => t.id !== id && !t.hidden)
    .map((t) => ({ id: t.id, label: t.label, size: t.size, similarity: Math.round(termCosine(self, t) * 1000) / 1000 }))
    .filter((t) => t.similarity > 0)
    .sort((a, b) => b.similarity - a.similarity || a.id - b.id)
    .slice(0, limit);
}

/** Lineage rows that end in this topic (what it was before the refit). */
export function lineageOf(lineage: readonly LineageRow[] | undefined, id: number): LineageRow[] {
  return (lineage ?? []).filter((r) => r.newTopic === id);
}
