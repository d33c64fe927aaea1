/**
 * The report's counterparts of the dashboard's topic page, tree and "what is
 * new": a section per topic (share per bin with its 95% interval, words per
 * bin) and the last n bins against the n before (the tree is
 * sections/hierarchy.ts). Each appears only when the report data carries it.
 */
import { topicColor } from '../../charts/index.js';
import { html, trusted, type SafeHtml } from '../escape.js';
import { int, pct } from '../format.js';
import { sparklineSvg } from '../sparkline.js';
import type { ReportData } from '../types.js';
import { changeTable } from './changes.js';

/** Bins of words shown per topic, newest first: enough to see words change without a page per topic. */
const WORD_BINS = 6;

export function topicPagesSection(data: ReportData): SafeHtml | '' {
  const pages = data.topicPages;
  if (!pages?.length) return '';
  return html`<section id="topic-pages"><h2>Topic pages</h2>
<p>Each topic's share of the papers per bin; the band is the 95% Wilson interval (wide where a bin holds few papers). The words are the topic's top words within each of its latest bins.</p>
${pages.map((p) => {
    const words = p.trend.filter((r) => r.count > 0 && r.terms).slice(-WORD_BINS).reverse();
    const label = `Share of papers in topic ${p.id} (${p.label}) per bin, ${p.trend[0]?.period ?? ''} to ${p.trend.at(-1)?.period ?? ''}`;
    return html`<article class="topic-page" id="topic-page-${p.id}">
<h3>#${p.id} ${p.label} <small>${int(p.size)} papers</small></h3>
${trusted(sparklineSvg(p.trend, topicColor(p.id), label))}
${words.length
    ? html`<table tabindex="0" class="words"><thead><tr><th>Bin</th><th class="num">Papers</th><th class="num">Share</th><th>Top words in the bin</th></tr></thead><tbody>
${words.map((r) => html`<tr><td>${r.period}</td><td class="num">${int(r.count)}</td><td class="num">${pct(r.share)}</td><td>${r.terms}</td></tr>`)}
</tbody></table>`
    : html`<p class="empty">No dated papers.</p>`}
</article>`;
  })}
</section>`;
}

export function whatsNewSection(data: ReportData): SafeHtml | '' {
  const w = data.whatsNew;
  if (!w) return '';
  const rows = [...w.topics, ...w.themes, ...w.terms];
  return html`<section id="whats-new"><h2>What is new</h2>
<p>The last ${w.after.keys.length} full bins (${w.after.keys.join(', ')}) against the ${w.before.keys.length} before (${w.before.keys.join(', ')}): topics, themes and the topics' top words whose share changed significantly (q &lt; ${w.alpha}, Benjamini-Hochberg over all of them together).</p>
${changeTable(rows, 'Nothing changed significantly between these windows.')}
</section>`;
}
