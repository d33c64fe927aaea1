import { html, type SafeHtml } from '../escape.js';
import { fixed, int } from '../format.js';
import type { ReportData } from '../types.js';
import type { HierarchyNode } from '../../topics/index.js';

/** Levels shown unfolded; deeper merges open on click (plain <details>, no script). */
const OPEN_LEVELS = 2;

/** Nodes by id: ids are positions only in a fresh fit's tree (after `--align-to`, `update` or `curate` leaves keep their topic ids). */
function nodeHtml(nodes: ReadonlyMap<number, HierarchyNode>, id: number, depth: number): SafeHtml {
  const n = nodes.get(id)!;
  if (n.children.length === 0) {
    return html`<li class="leaf"><a href="#topic-table">Topic ${n.id}</a>: ${n.label} <span class="muted">(${int(n.size)} papers)</span></li>`;
  }
  const height = nodes.get(n.children[0])!.distance;
  const body = html`<summary>${n.label} <span class="muted">(${int(n.size)} papers, merged at ${fixed(height, 3)})</span></summary>
<ul>${n.children.map((c) => nodeHtml(nodes, c, depth + 1))}</ul>`;
  return depth < OPEN_LEVELS ? html`<li><details open>${body}</details></li>` : html`<li><details>${body}</details></li>`;
}

/**
 * The topic tree (hierarchy.csv) as nested, collapsible lists: merged nodes
 * carry the c-TF-IDF label of their papers and the distance at which their two
 * parts joined; `topictrends reduce --to N` cuts the tree at N topics.
 */
export function hierarchySection(data: ReportData): SafeHtml | '' {
  const nodes = data.hierarchy;
  if (!nodes || nodes.length < 3) return '';
  const root = nodes.find((n) => n.parent === null)!.id;
  return html`<section id="hierarchy">
<h2>Topic tree</h2>
<p>Topics merged pairwise, most similar first (average linkage on centroid distance and c-TF-IDF cosine, equally weighted), up to one root. Open a node to see what it joins. <code>topictrends reduce --to N</code> keeps the N branches below the last N − 1 merges.</p>
<ul class="tree">${nodeHtml(new Map(nodes.map((n) => [n.id, n])), root, 0)}</ul>
</section>`;
}
