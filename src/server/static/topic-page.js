// The topic page: everything about one topic (or a merged node of the tree)
// in the current category and bin: share per bin with its 95% interval, words
// per bin, typical and newest papers, parent, sub-topics, similar topics, lineage.
import { button, el, fmt, getJson, paperTitle, pct } from './api.js';
import { draw } from './charts.js';
import { curationBlock } from './rename.js';
import { verdictText } from './lines.js';
import { topicVerdict } from './line-actions.js';

const pts = (x) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)} pts`;

/**
 * Where the change comes from (shift-share, src/trends/shift-share.ts), e.g.
 * "+12.0 pts raw: +11.0 pts from the category mix (most: cs.CV), +1.0 pts within categories; adjusted +2.0 pts".
 */
export function changeSource(c) {
  if (!c || c.adjusted_by === 'none' || c.mix_change === undefined) return '';
  const plural = c.adjusted_by === 'category' ? 'categories' : 'sources';
  const most = c.mix_stratum ? ` (most: ${c.mix_stratum})` : '';
  return `${pts(c.raw_change)} raw: ${pts(c.mix_change)} from the ${c.adjusted_by} mix${most}, ${pts(c.within_change)} within ${plural}; adjusted ${pts(c.change)}.`;
}

/** A labelled rule at each date the corpus mix shifted (as src/charts/layers.ts draws them on the other charts). */
function shiftRules(shifts) {
  const dates = [...new Set(shifts.map((s) => s.date))];
  if (dates.length === 0) return [];
  const values = dates.map((date) => ({ date, label: `mix shift ${date}` }));
  const x = { field: 'date', type: 'temporal' };
  return [
    { data: { values }, mark: { type: 'rule', color: '#b3261e', strokeDash: [4, 3] }, encoding: { x, tooltip: [{ field: 'label', title: 'Corpus change' }] } },
    { data: { values }, mark: { type: 'text', color: '#b3261e', fontSize: 10, align: 'left', baseline: 'top', dx: 3, y: 0 }, encoding: { x, text: { field: 'label' } } },
  ];
}

/** Share per bin as a line over its Wilson interval band, the adjusted share dashed; partial bins as hollow points. */
export function trendSpec(t, color) {
  // A bin with no papers in the category has no share: a gap, not 0%.
  const values = t.trend.map((r, i) => ({
    ...r, date: t.mids[i], partial: r.partial ? 'yes' : 'no', ...(r.total === 0 ? { share: null, lo: null, hi: null } : {}),
  }));
  const x = { field: 'date', type: 'temporal', title: t.bin[0].toUpperCase() + t.bin.slice(1), ...t.xAxis };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: `Share of papers in topic ${t.label} per ${t.bin}`,
    width: 500,
    height: 200,
    data: { values },
    config: { view: { stroke: null }, font: 'Helvetica, Arial, sans-serif' },
    layer: [
      { mark: { type: 'area', opacity: 0.25, color, invalid: 'break-paths-show-domains' }, encoding: { x, y: { field: 'lo', type: 'quantitative', title: `Share of the ${t.bin}'s papers`, axis: { format: '%' } }, y2: { field: 'hi' } } },
      {
        mark: { type: 'line', color, point: { filled: true, size: 30, color }, invalid: 'break-paths-show-domains' },
        encoding: {
          x,
          y: { field: 'share', type: 'quantitative' },
          tooltip: [
            { field: 'period', title: 'Bin' }, { field: 'share', title: 'Share', format: '.1%' },
            { field: 'lo', title: '95% from', format: '.1%' }, { field: 'hi', title: '95% to', format: '.1%' },
            { field: 'count', title: 'Papers', format: ',d' }, { field: 'total', title: 'All papers in bin', format: ',d' },
            { field: 'adjusted', title: 'Adjusted for the corpus mix', format: '.1%' },
            { field: 'partial', title: 'Partial bin' },
          ],
        },
      },
      // The share at a fixed mix of categories (or sources): a step in the solid line that the dashed one lacks came from the corpus.
      { mark: { type: 'line', color, strokeDash: [5, 3], opacity: 0.9 }, encoding: { x, y: { field: 'adjusted', type: 'quantitative' } } },
      ...shiftRules(t.shifts ?? []),
    ],
  };
}

function listOf(rows) {
  const ul = el('ul', null, 'refs');
  for (const parts of rows) {
    const li = el('li');
    li.append(...parts);
    ul.append(li);
  }
  return ul;
}

function papersList(papers) {
  if (!papers.length) return el('p', 'None in this selection.', 'muted');
  return listOf(papers.map((p) => [paperTitle(p), el('span', ` ${p.date ?? 'undated'}${p.novel ? ' · novel' : ''}`, 'muted')]));
}

function wordsPerPeriod(t) {
  const rows = t.trend.filter((r) => r.count > 0 && r.terms).slice(-12).reverse();
  if (!rows.length) return el('p', t.kind === 'node' ? 'Words per bin are shown for single topics.' : 'No papers in these bins.', 'muted');
  const table = el('table', null, 'words');
  table.append(el('thead'), el('tbody'));
  table.tHead.append(el('tr'));
  table.tHead.rows[0].append(el('th', 'Bin'), el('th', 'Papers'), el('th', 'Top words in the bin'));
  for (const r of rows) {
    const tr = el('tr');
    tr.append(el('td', r.period, 'date'), el('td', fmt(r.count)), el('td', r.terms));
    table.tBodies[0].append(tr);
  }
  return table;
}

/** Fetch and show topic `id`; returns the page JSON (or undefined when superseded). */
export async function showTopicPage(panel, id, segment, { signal, isCurrent, colorOf, onSelect }) {
  const t = await getJson(`/api/topics/${id}`, segment, signal);
  if (!isCurrent()) return undefined;
  const title = panel.querySelector('h2');
  title.textContent = `${t.kind === 'node' ? 'Topic group' : 'Topic'} #${t.id}: ${t.label}`;
  const where = t.category ? ` in ${t.category} (${fmt(t.totalSize)} in all categories)` : '';
  const facts = el('p', `${fmt(t.size)} papers${where}` + (t.change ? `; ${verdictText(topicVerdict(t.change))}` : '') + (t.kind === 'node' ? `; covers topics ${t.topics.join(', ')}` : ''), 'facts');
  const source = changeSource(t.change);
  if (source) facts.append(el('br'), el('span', source, 'change-source'));
  const chart = el('div', null, 'chart');
  chart.id = 'topic-trend';
  const body = panel.querySelector('.topic-body');
  const similar = t.similar.length ? listOf(t.similar.map((n) => [button(`#${n.id} ${n.label}`, () => onSelect(n.id)), el('span', ` similarity ${n.similarity.toFixed(2)}`, 'muted')])) : el('p', 'None.', 'muted');
  const lineage = t.lineage.length
    ? listOf(t.lineage.map((r) => [el('span', `${r.relation}${r.oldTopic !== null ? ` of earlier topic #${r.oldTopic}` : ''}, similarity ${r.similarity.toFixed(2)}, ${fmt(r.sharedPapers)} shared papers`)]))
    : el('p', 'No earlier model aligned (run --align-to).', 'muted');
  const grid = el('div', null, 'topic-grid');
  const col = (head, ...nodes) => {
    const d = el('div');
    d.append(el('h3', head), ...nodes);
    return d;
  };
  grid.append(
    col('Parent', t.parent ? listOf([[button(`#${t.parent.id} ${t.parent.label}`, () => onSelect(t.parent.id)), el('span', ` ${fmt(t.parent.size)} papers`, 'muted')]]) : el('p', 'None (not in a topic tree).', 'muted')),
    col('Sub-topics', t.children.length ? listOf(t.children.map((n) => [button(`#${n.id} ${n.label}`, () => onSelect(n.id)), el('span', ` ${fmt(n.size)} papers`, 'muted')])) : el('p', 'None.', 'muted')),
    col('Similar topics', similar),
    col('Lineage', lineage),
  );
  const curation = await curationBlock(t.kind === 'node' ? null : t.topic);
  if (!isCurrent()) return undefined;
  body.replaceChildren(
    facts,
    curation,
    t.terms.length ? el('p', t.terms.slice(0, 12).map((x) => x.term).join(' · '), 'terms') : '',
    chart,
    el('h3', 'Words per bin (newest first)'), wordsPerPeriod(t),
    el('h3', 'Most typical papers'), papersList(t.representative),
    el('h3', 'Newest papers'), papersList(t.recent),
    grid,
  );
  panel.hidden = false;
  await draw(chart, trendSpec(t, colorOf(t.topics.length === 1 ? t.topics[0] : null)), { isCurrent, label: `share of topic #${t.id} per ${t.bin}` });
  return t;
}
