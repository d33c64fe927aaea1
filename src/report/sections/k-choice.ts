import { html, type SafeHtml } from '../escape.js';
import { fixed, int } from '../format.js';
import type { ReportData } from '../types.js';

/**
 * How `--k auto` chose the number of topics: the size prior and the stability curve read
 * around it (cluster/size-prior.ts). A reader who doubts the count sees that the k next to
 * it were about as stable, and that `--k` or `reduce` give a coarser view.
 */
export function kChoiceSection(data: ReportData): SafeHtml | '' {
  const choice = data.kChoice;
  if (!choice?.curve.length) return '';
  const prior = choice.curve[0].prior;
  const reduced = choice.reducedTo !== undefined ? html` and later reduced to ${int(choice.reducedTo)} along the topic tree` : '';
  return html`<h3 id="k-choice">How many topics</h3>
<p>The fit found ${int(choice.k)} topics${reduced}. ${prior !== undefined
    ? `The size prior expects about ${int(prior)} for this many papers (0.3·√n, so topics stay specific as a corpus grows); `
    : ''}the stability of each k nearby is the mean agreement (ARI) between clusterings of five 80% subsamples. The chosen k is the one nearest the prior among those within one standard deviation of the most stable.</p>
<table tabindex="0" class="k-curve"><thead><tr><th class="num">k</th><th class="num">Stability (ARI)</th><th class="num">sd</th><th>Chosen</th></tr></thead><tbody>
${choice.curve.map((p) => html`<tr${p.k === choice.k ? html` class="chosen"` : ''}><td class="num">${int(p.k)}</td><td class="num">${fixed(p.score, 3)}</td><td class="num">${p.sd === undefined ? '–' : fixed(p.sd, 3)}</td><td>${p.k === choice.k ? 'yes' : ''}</td></tr>`)}
</tbody></table>`;
}
