import path from 'node:path';
import { html, type SafeHtml } from '../escape.js';
import { fixed, int, seconds } from '../format.js';
import type { ReportData } from '../types.js';
import { kChoiceSection } from './k-choice.js';

/** The corpus by its file name: "../shared/data/papers.jsonl" told a reader of the handout about our folders, not the data. */
const fileName = (input: string) => path.basename(input);

/** The opening facts: what was read, what was kept, how many topics over which dates. */
export function summarySection(data: ReportData): SafeHtml {
  const { summary, topics } = data;
  const skipped = Object.values(summary.counts.skipped).reduce((a, b) => a + b, 0);
  return html`<section id="summary">
<h2>Summary</h2>
<dl class="facts">
  <dt>Corpus</dt><dd>${summary.inputs.length ? summary.inputs.map(fileName).join(', ') : 'not recorded'}</dd>
  <dt>Dates</dt><dd>${summary.dateRange ? `${summary.dateRange.start} to ${summary.dateRange.end}` : 'no dated papers'}</dd>
  <dt>Papers</dt><dd>${int(summary.counts.kept)} kept of ${int(summary.counts.read)} read${skipped ? html` (${int(skipped)} skipped, see <a href="#quality">data quality</a>)` : ''}</dd>
  <dt>Topics</dt><dd>${int(topics.length)}</dd>
${data.topicQuality ? html`<dt>Topic quality</dt><dd>coherence ${fixed(data.topicQuality.coherence, 3)} (mean NPMI of each topic's top 10 terms over the papers, −1 to 1), diversity ${fixed(data.topicQuality.diversity, 3)} (share of distinct terms among all topics' top 25)</dd>` : ''}
${curatedFacts(data)}
${data.lowConfidence?.papers ? html`<dt>Low confidence</dt><dd>${int(data.lowConfidence.papers)} papers with topic confidence below ${fixed(data.lowConfidence.threshold, 2)} are left out of topic shares (they stay in documents.csv)</dd>` : ''}
</dl>
</section>`;
}

/** What a person changed (curate): renamed and hidden topics, and that hidden ones are out of the charts and shares. */
function curatedFacts(data: ReportData): SafeHtml | string {
  const renamed = data.topics.filter((t) => t.machineLabel).length;
  const hidden = data.topics.filter((t) => t.hidden);
  if (!renamed && !hidden.length) return '';
  const hiddenText = hidden.length
    ? html`; hidden: ${hidden.map((t) => `#${t.id} ${t.label}`).join('; ')} — left out of the charts and of topic shares (their denominators exclude them); their papers stay in documents.csv, flagged hidden`
    : '';
  return html`<dt>Curated</dt><dd>${int(renamed)} topic${renamed === 1 ? '' : 's'} renamed by a person (machine labels kept beside the names in topics.csv)${hiddenText}</dd>`;
}

/** Parameters and stage timings, at the end: they matter for reproducing the run, less for reading it. */
export function runDetailsSection(data: ReportData): SafeHtml {
  const { parameters, stageSeconds, generatedAt } = data.summary;
  const params = Object.entries(parameters);
  const stages = Object.entries(stageSeconds);
  const total = stages.reduce((s, [, t]) => s + t, 0);
  return html`<section id="run">
<h2>Run details</h2>
${generatedAt ? html`<p>Generated ${generatedAt}.</p>` : ''}
<h3>Parameters</h3>
${params.length
    ? html`<table tabindex="0" class="params"><thead><tr><th>Parameter</th><th>Value</th></tr></thead><tbody>
${params.map(([k, v]) => html`<tr><td><code>${k}</code></td><td>${v === null ? '–' : String(v)}</td></tr>`)}
</tbody></table>`
    : html`<p class="empty">Not recorded.</p>`}
${kChoiceSection(data)}
<h3>Time per stage</h3>
${stages.length
    ? html`<table tabindex="0" class="timings"><thead><tr><th>Stage</th><th class="num">Seconds</th></tr></thead><tbody>
${stages.map(([k, t]) => html`<tr><td>${k}</td><td class="num">${seconds(t)}</td></tr>`)}
<tr><th>Total</th><th class="num">${seconds(total)}</th></tr>
</tbody></table>`
    : html`<p>Seconds per stage and peak memory are in <code>run.json</code>, kept out of this page so that two runs of the same input and seed give the same report.</p>`}
</section>`;
}
