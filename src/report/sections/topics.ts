import { topicColor } from '../../charts/index.js';
import { html, type SafeHtml } from '../escape.js';
import { int, pct } from '../format.js';
import type { ReportData } from '../types.js';

/** How many top terms and representative titles the table shows per topic. */
const TERMS_SHOWN = 8;
const TITLES_SHOWN = 3;

/**
 * One row per topic: the swatch matches the topic's colour in every chart
 * (same palette, same id order), so the table doubles as the legend.
 */
export function topicTable(data: ReportData): SafeHtml {
  const total = data.topics.reduce((s, t) => s + t.size, 0);
  const ordered = [...data.topics].sort((a, b) => a.id - b.id);
  if (ordered.length === 0) return html`<p class="empty">No topics.</p>`;
  return html`<table tabindex="0" class="topics">
<thead><tr><th class="num">#</th><th>Label</th><th class="num">Papers</th><th>Top terms</th><th>Representative papers</th></tr></thead>
<tbody>
${ordered.map((t) => {
    const titles = (data.representativeTitles[t.id] ?? []).slice(0, TITLES_SHOWN);
    const color = topicColor(t.id);
    return html`<tr id="topic-${t.id}">
<td class="num">${t.id}</td>
<td><span class="swatch" style="background:${color}"></span>${t.label}${t.hidden ? html` <small>(hidden)</small>` : ''}${t.machineLabel ? html`<br><small>machine label: ${t.machineLabel}</small>` : ''}</td>
<td class="num">${int(t.size)}<br><small>${pct(total ? t.size / total : 0)}</small></td>
<td>${t.terms.slice(0, TERMS_SHOWN).map((x) => x.term).join(', ')}</td>
<td>${titles.length ? html`<ul>${titles.map((title) => html`<li>${title}</li>`)}</ul>` : html`<span class="empty">none</span>`}</td>
</tr>`;
  })}
</tbody></table>`;
}
