/**
 * Key findings: what a reader of the handout wants first, in sentences. The largest topic,
 * the strongest significant rises and falls (topics and themes, with their q), and what the
 * comparison rests on. One section function, so the adjusted-growth findings of the trust
 * work can be merged here rather than beside it.
 */
import type { ChangeRow } from '../../trends/index.js';
import { html, type SafeHtml } from '../escape.js';
import { int, pct, pValue } from '../format.js';
import type { ReportData } from '../types.js';
import { keyFindingsSection } from './key-findings.js';

/** Findings listed per direction: more becomes a list nobody reads before the charts. */
const TOP = 3;

const nameOf = (c: ChangeRow) => (c.kind === 'topic' && c.topic !== undefined ? `topic #${c.topic} ${c.name}` : `${c.kind} “${c.name}”`);
const points = (c: ChangeRow) => `${c.change >= 0 ? '+' : '−'}${Math.abs(100 * c.change).toFixed(1)} points`;

function finding(c: ChangeRow): SafeHtml {
  return html`<li><strong>${nameOf(c)}</strong>: ${pct(c.share_before)} → ${pct(c.share_after)} of papers (${points(c)}, q = ${pValue(c.q ?? 1)})</li>`;
}

/** The report's first section: the adjusted findings when the trend tables carry them, else these sentences. */
export function findingsSection(data: ReportData): SafeHtml {
  if (data.keyFindings) return keyFindingsSection(data);
  const { topics, changes, summary } = data;
  const largest = [...topics].sort((a, b) => b.size - a.size)[0];
  const rising = changes.filter((c) => c.direction === 'emerging').sort((a, b) => b.change - a.change).slice(0, TOP);
  const falling = changes.filter((c) => c.direction === 'declining').sort((a, b) => a.change - b.change).slice(0, TOP);
  const tested = changes.length;
  const significant = changes.filter((c) => c.significant).length;
  return html`<section id="key-findings" class="findings">
<h2>Key findings</h2>
<ul>
${largest ? html`<li>${int(summary.counts.kept)} papers fall into ${int(topics.length)} topics; the largest is <strong>#${largest.id} ${largest.label}</strong> (${pct(largest.size / Math.max(1, summary.counts.kept))} of papers).</li>` : ''}
${rising.length ? html`<li>Rising most: <ul>${rising.map(finding)}</ul></li>` : html`<li>No topic or theme rose significantly.</li>`}
${falling.length ? html`<li>Falling most: <ul>${falling.map(finding)}</ul></li>` : html`<li>No topic or theme fell significantly.</li>`}
${tested ? html`<li>${int(significant)} of ${int(tested)} topics and themes changed significantly after the Benjamini-Hochberg correction; the rest are <a href="#changes">stable</a>.</li>` : ''}
</ul>
</section>`;
}
