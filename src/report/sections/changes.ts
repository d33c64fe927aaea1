import type { BurstRow, ChangeRow } from '../../trends/index.js';
import { html, type SafeHtml } from '../escape.js';
import { fixed, pValue, pct, pp } from '../format.js';

function displayName(c: ChangeRow): string {
  return c.kind === 'topic' && c.topic !== undefined ? `#${c.topic} ${c.name}` : c.name;
}

/** Shift-share of the raw change, e.g. "+13.80 pp from the category mix (most: cs.CV), +4.40 pp within categories". */
function source(c: ChangeRow): string {
  if (!c.adjusted_by || c.adjusted_by === 'none' || c.mix_change === undefined || c.within_change === undefined) return '';
  const most = c.mix_stratum ? ` (most: ${c.mix_stratum})` : '';
  return `${pp(c.mix_change)} from the ${c.adjusted_by} mix${most}, ${pp(c.within_change)} within ${c.adjusted_by === 'category' ? 'categories' : 'sources'}`;
}

/**
 * A table of changes with the test statistics. Rows that did not pass the
 * test stay in the table (a reader may look for them) but are greyed and
 * tagged "not significant" so nobody mistakes them for findings.
 */
export function changeTable(rows: ChangeRow[], emptyText: string): SafeHtml {
  if (rows.length === 0) return html`<p class="empty">${emptyText}</p>`;
  return html`<table tabindex="0" class="changes">
<thead><tr><th>Name</th><th>Kind</th><th class="num">Share before</th><th class="num">Share after</th><th class="num">Change</th><th class="num">z</th><th class="num">p</th><th>Test</th><th class="num">Raw change</th><th>Where the raw change comes from</th></tr></thead>
<tbody>
${rows.map(
    (c) => html`<tr class="${c.significant ? 'significant' : 'not-significant'}">
<td>${displayName(c)}</td><td>${c.kind}</td>
<td class="num">${pct(c.share_before, 2)}</td><td class="num">${pct(c.share_after, 2)}</td>
<td class="num">${pp(c.change)}</td><td class="num">${fixed(c.z)}</td><td class="num">${pValue(c.p)}</td>
<td>${c.significant ? html`<span class="tag sig">significant</span>` : html`<span class="tag ns">not significant</span>`}</td>
<td class="num">${pp(c.raw_change ?? c.change)}${c.raw_direction && c.raw_direction !== c.direction ? ` (raw test: ${c.raw_direction})` : ''}</td>
<td>${source(c)}</td>
</tr>`,
  )}
</tbody></table>`;
}

/** Emerging, then declining, then (folded away) the stable rest. */
export function changesSection(changes: ChangeRow[], chart: SafeHtml): SafeHtml {
  const emerging = changes.filter((c) => c.direction === 'emerging').sort((a, b) => b.change - a.change);
  const declining = changes.filter((c) => c.direction === 'declining').sort((a, b) => a.change - b.change);
  const stable = changes.filter((c) => c.direction === 'stable').sort((a, b) => b.change - a.change);
  return html`<section id="changes">
<h2>Emerging and declining</h2>
<p>Share of papers in the earlier window against the later one. When the run adjusts for the corpus mix (the usual case with categories or several sources), shares are standardised to one fixed mix and the test is a Cochran–Mantel–Haenszel test across strata; otherwise a two-proportion z-test. The raw change and its shift-share split are beside. A change is listed as a finding only when it is significant; the others are shown greyed and marked <span class="tag ns">not significant</span>.</p>
${chart}
<h3 id="emerging">Emerging</h3>
${changeTable(emerging, 'Nothing emerging.')}
<h3 id="declining">Declining</h3>
${changeTable(declining, 'Nothing declining.')}
${stable.length ? html`<details><summary>${stable.length} stable topics and themes</summary>${changeTable(stable, '')}</details>` : ''}
</section>`;
}

/** Burst intervals of terms and themes, strongest first. */
export function burstTable(bursts: BurstRow[]): SafeHtml {
  if (bursts.length === 0) return html`<p class="empty">No bursts detected.</p>`;
  const rows = [...bursts].sort((a, b) => b.strength - a.strength);
  return html`<table tabindex="0" class="bursts">
<thead><tr><th>Name</th><th>Kind</th><th>From</th><th>To</th><th class="num">Strength</th></tr></thead>
<tbody>
${rows.map((b) => html`<tr><td>${b.name}</td><td>${b.kind}</td><td>${b.start}</td><td>${b.end}</td><td class="num">${fixed(b.strength)}</td></tr>`)}
</tbody></table>`;
}
