import { html, type SafeHtml } from '../escape.js';
import { int, pct } from '../format.js';
import type { ReportData } from '../types.js';

const RELATION_TEXT: Record<string, string> = {
  same: 'kept its id',
  split: 'split off from',
  merge: 'merged into',
  new: 'new topic',
  retired: 'no longer a topic',
};

/** Lineage across refits and novelty of updates: only for models that have them. */
export function livingSection(data: ReportData): SafeHtml | '' {
  const { lineage, novelty } = data;
  if (!lineage && !novelty) return '';
  const label = new Map(data.topics.map((t) => [t.id, t.label]));
  const topic = (id: number | null) => (id === null ? '—' : html`#${id} ${label.get(id) ?? ''}`);
  return html`<section id="living"><h2>Topic lineage and new papers</h2>
${lineage ? html`<h3 id="lineage">Lineage</h3>
<p>This run was aligned to an earlier model: matched topics keep their old id; the rest are explained below (also in <code>lineage.csv</code>).</p>
<table tabindex="0" class="lineage"><thead><tr><th>Earlier topic</th><th>Relation</th><th>Topic now</th><th class="num">Shared papers</th><th class="num">Term similarity</th></tr></thead>
<tbody>${lineage.map((r) => html`<tr><td>${r.oldTopic === null ? '—' : `#${r.oldTopic}`}</td><td>${RELATION_TEXT[r.relation] ?? r.relation}</td><td>${topic(r.newTopic)}</td><td class="num">${int(r.sharedPapers)}</td><td class="num">${r.similarity.toFixed(2)}</td></tr>`)}</tbody></table>` : ''}
${novelty ? html`<h3 id="novelty">New papers</h3>
<p>${int(novelty.addedPapers)} papers were added to the model after it was fitted; ${int(novelty.novelPapers)} (${pct(novelty.addedPapers ? novelty.novelPapers / novelty.addedPapers : 0)}) are unlike the papers of every topic (flagged <code>novel</code> in <code>documents.csv</code>).
${novelty.groups.length ? '' : ' No group of them was dense enough to propose a new topic.'}</p>
${novelty.groups.length ? html`<table tabindex="0" class="novelty"><thead><tr><th>New topic</th><th class="num">Papers</th><th>Top terms</th></tr></thead>
<tbody>${novelty.groups.map((g) => html`<tr><td>#${g.topic} ${g.label}</td><td class="num">${int(g.size)}</td><td>${g.terms.slice(0, 8).join(', ')}</td></tr>`)}</tbody></table>` : ''}` : ''}
</section>`;
}
