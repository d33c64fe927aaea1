import { html, type SafeHtml } from '../escape.js';
import { int, pct } from '../format.js';
import type { ReportData } from '../types.js';

/**
 * What could make a trend misleading: dropped rows, undated papers, bins
 * the corpus covers in part, and sudden changes of the category/source mix
 * (which move topic shares without any change in research).
 */
export function qualitySection(data: ReportData): SafeHtml {
  const { quality, summary } = data;
  const skipped = Object.entries(summary.counts.skipped).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  return html`<section id="quality">
<h2>Data quality</h2>
${quality.mixShifts.map(
    (w) => html`<div class="warning"><strong>${w.field === 'category' ? 'Category' : 'Source'} mix changed in ${w.period}</strong> (from ${w.date}, distance ${pct(w.distance, 0)}): ${w.message}</div>`,
  )}
<h3>Skipped rows</h3>
${skipped.length
    ? html`<table tabindex="0" class="skipped"><thead><tr><th>Reason</th><th class="num">Rows</th></tr></thead><tbody>
${skipped.map(([reason, n]) => html`<tr><td>${reason}</td><td class="num">${int(n)}</td></tr>`)}
</tbody></table>`
    : html`<p>No rows were skipped.</p>`}
<h3>Undated papers</h3>
<p>${quality.undated > 0
    ? `${int(quality.undated)} papers have no date: they are in the topics but in no trend.`
    : 'Every kept paper has a date.'}</p>
<h3>Partial bins</h3>
${quality.partialPeriods.length
    ? html`<p>The corpus covers only part of these bins, so their counts are low and their shares rest on fewer papers:</p>
<ul>${quality.partialPeriods.map((p) => html`<li>${p.key} (${p.start} to ${p.end}, ${int(p.total)} papers)</li>`)}</ul>`
    : html`<p>Every bin is fully covered.</p>`}
${data.skipped?.length
    ? html`<h3>Statistics not computed</h3><ul>${data.skipped.map((s) => html`<li data-skipped="${s.id}">${s.what}: ${s.reason}.</li>`)}</ul>`
    : ''}
${quality.notes?.length || data.trendNotes?.length
    ? html`<h3>Notes</h3><ul>${[...(data.trendNotes ?? []), ...(quality.notes ?? [])].map((n) => html`<li>${n}</li>`)}</ul>`
    : ''}
</section>`;
}
