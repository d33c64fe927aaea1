import { html, type SafeHtml } from '../escape.js';
import { pp, pValue } from '../format.js';
import type { Finding } from '../../analysis/index.js';
import type { ReportData } from '../types.js';

function item(f: Finding): SafeHtml {
  const name = f.kind === 'topic' ? `topic ${f.topic}: ${f.name}` : `theme ${f.name}`;
  const mix = f.mix_change !== undefined && f.adjusted_by !== 'none' ? `; raw ${pp(f.raw_change)}, of which ${pp(f.mix_change)} from the ${f.adjusted_by} mix` : '';
  return html`<li><strong>${name}</strong>: ${pp(f.change)} (q ${pValue(f.q)})${f.since ? `, since ${f.since}` : ''}${mix}</li>`;
}

/** The block the report opens with: adjusted risers and fallers, then the caveats. */
export function keyFindingsSection(data: ReportData): SafeHtml {
  const k = data.keyFindings;
  if (!k) return html``;
  const list = (rows: Finding[], none: string) => (rows.length ? html`<ul>${rows.map(item)}</ul>` : html`<p class="muted">${none}</p>`);
  return html`<section id="key-findings"><h2>Key findings</h2>
<h3>Rising</h3>${list(k.risers, 'No significant riser.')}
<h3>Falling</h3>${list(k.fallers, 'No significant faller.')}
${k.caveats.length ? html`<div class="warning" role="note"><strong>Read with care</strong><ul>${k.caveats.map((c) => html`<li>${c}</li>`)}</ul></div>` : ''}
</section>`;
}
