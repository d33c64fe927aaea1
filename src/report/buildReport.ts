import type { ViewName } from '../charts/index.js';
import { html, trusted, type SafeHtml } from './escape.js';
import { burstTable, changesSection } from './sections/changes.js';
import { qualitySection } from './sections/quality.js';
import { findingsSection } from './sections/findings.js';
import { hierarchySection } from './sections/hierarchy.js';
import { livingSection } from './sections/living.js';
import { skipNote } from './sections/skipped.js';
import { runDetailsSection, summarySection } from './sections/summary.js';
import { topicTable } from './sections/topics.js';
import { topicPagesSection, whatsNewSection } from './sections/topic-pages.js';
import { prepareSvg } from './svg.js';
import { REPORT_CSS } from './styles.js';
import type { ReportData } from './types.js';

/** One line under each chart: how to read it. */
const CAPTIONS: Record<ViewName, string> = {
  'topic-map': 'Papers placed by similarity of their abstracts; colours are topics, labels sit at each topic’s centre, or beside it joined by a thin line where centres crowd.',
  'topic-sizes': 'Number of papers assigned to each topic.',
  'topics-over-time': 'Composition of each time bin: how the papers of the bin divide among the largest topics.',
  'topics-over-time-lines': 'The same shares as small multiples, one panel per topic, so each topic’s course can be read on its own.',
  'topic-heatmap': 'Every topic’s share in every bin; read along a row to follow a topic.',
  'topic-terms': 'Terms that distinguish each topic from the others, with their c-TF-IDF weights.',
  'emerging-declining': 'Change in share between the two windows; faded bars are not significant.',
  'theme-trends': 'Share of papers mentioning each theme; tinted bands are burst intervals.',
  'category-trends': 'Topic shares inside each arXiv category: a trend seen in every category is not an artefact of the category mix.',
  'topic-distance-map': 'Each topic as a circle at the centre of its papers, area by papers: near circles are topics whose papers read alike.',
  'topic-dendrogram': 'How the topics merge into groups; the further left a bracket, the less alike the groups it joins.',
  'topic-similarity': 'Cosine similarity of every pair of topics’ c-TF-IDF words; a dark cell off the diagonal is a pair that shares its vocabulary.',
};

function chartFigure(data: ReportData, view: ViewName): SafeHtml | '' {
  const svg = data.charts[view];
  if (svg === undefined) return '';
  // Focusable, so a keyboard can scroll a chart wider than a phone (axe: scrollable-region-focusable).
  return html`<figure class="chart" id="chart-${view}" data-view="${view}" tabindex="0">
<p class="scroll-hint">Scroll sideways for the whole chart.</p>
${trusted(prepareSvg(svg, `c-${view}`, `chart ${view}`))}
<figcaption>${CAPTIONS[view]}</figcaption>
</figure>`;
}

interface Section {
  id: string;
  title: string;
  body: SafeHtml;
}

/**
 * The whole report as one self-contained HTML page: inline CSS and inline
 * SVG, no scripts, no external resource, so it opens offline and can be
 * mailed as one file. All corpus text is escaped by the `html` template.
 */
export function buildReportHtml(data: ReportData): string {
  const fig = (view: ViewName) => chartFigure(data, view);
  const has = (...views: ViewName[]) => views.some((v) => data.charts[v] !== undefined);
  const overTime = skipNote(data, 'over-time');
  const sections: Section[] = [
    { id: 'key-findings', title: 'Key findings', body: findingsSection(data) },
    { id: 'summary', title: 'Summary', body: summarySection(data) },
    ...(has('topic-map') ? [{ id: 'map', title: 'Topic map', body: html`<section id="map"><h2>Topic map</h2>${fig('topic-map')}${fig('topic-distance-map')}</section>` }] : []),
    {
      id: 'topics',
      title: 'Topics',
      body: html`<section id="topics"><h2>Topics</h2>${fig('topic-sizes')}<h3 id="topic-table">All topics</h3>${topicTable(data)}${fig('topic-terms')}${fig('topic-similarity')}${fig('topic-dendrogram')}</section>`,
    },
    ...(data.hierarchy && data.hierarchy.length >= 3 ? [{ id: 'hierarchy', title: 'Topic tree', body: html`${hierarchySection(data)}` }] : []),
    ...(has('topics-over-time', 'topics-over-time-lines', 'topic-heatmap') || overTime
      ? [{ id: 'trends', title: 'Topics over time', body: html`<section id="trends"><h2>Topics over time</h2>${overTime}${fig('topics-over-time')}${fig('topics-over-time-lines')}${fig('topic-heatmap')}</section>` }]
      : []),
    ...(data.topicPages?.length ? [{ id: 'topic-pages', title: 'Topic pages', body: html`${topicPagesSection(data)}` }] : []),
    { id: 'changes', title: 'Emerging and declining', body: changesSection(data.changes, html`${skipNote(data, 'growth-test')}${fig('emerging-declining')}`) },
    ...(data.whatsNew ? [{ id: 'whats-new', title: 'What is new', body: html`${whatsNewSection(data)}` }] : []),
    {
      id: 'themes',
      title: 'Themes and bursts',
      body: html`<section id="themes"><h2>Themes and bursts</h2>${overTime}${fig('theme-trends')}<h3 id="bursts">Bursts</h3>${skipNote(data, 'bursts') || burstTable(data.bursts)}</section>`,
    },
    ...(has('category-trends') || overTime
      ? [{ id: 'categories', title: 'Topics within categories', body: html`<section id="categories"><h2>Topics within categories</h2>${overTime}${fig('category-trends')}</section>` }]
      : []),
    ...(data.lineage || data.novelty ? [{ id: 'living', title: 'Lineage and new papers', body: livingSection(data) as SafeHtml }] : []),
    { id: 'quality', title: 'Data quality', body: qualitySection(data) },
    { id: 'run', title: 'Run details', body: runDetailsSection(data) },
  ];
  const title = data.summary.title ?? 'Topic trends report';
  const range = data.summary.dateRange;

  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${title}</title>
<style>${trusted(REPORT_CSS)}</style>
</head>
<body>
<main>
<header>
<h1>${title}</h1>
<p class="lede">${data.topics.length} topics in ${data.summary.counts.kept.toLocaleString('en-US')} papers${range ? ` from ${range.start} to ${range.end}` : ''}.</p>
</header>
<nav class="toc" aria-label="Contents"><strong>Contents</strong>
<ol>${sections.map((s) => html`<li><a href="#${s.id}">${s.title}</a></li>`)}</ol>
</nav>
${sections.map((s) => s.body)}
<footer>Made by topictrends. This file is self-contained: it loads nothing from the network.</footer>
</main>
</body>
</html>
`.value;
}
