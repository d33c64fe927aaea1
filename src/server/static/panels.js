// Each panel of the dashboard drawn from the API for the current state. Every
// panel runs through latest(): a newer request aborts the older, so the last
// choice always wins, and the panel is aria-busy while it loads.
import { button, el, fmt, getJson, latest, pct, topicIdOf } from './api.js';
import { draw } from './charts.js';
import { withLegendPick } from './legend.js';
import { seriesKey, showHiddenNote, withoutHidden } from './over-time.js';
import { showChips, showLines } from './lines.js';
import { loadMap, setMapOptions } from './map.js';
import { showPapers } from './papers.js';
import { showTopicPage } from './topic-page.js';
import { showTree } from './tree.js';
import { showWhatsNew } from './compare.js';
import { showSideBySide } from './side-by-side.js';
import { pickedPeriods, segment, state } from './state.js';
import { updateDownloads } from './downloads.js';

const $ = (id) => document.getElementById(id);
const topics = new Map();
export const colorOf = (id) => topics.get(id)?.color ?? '#7f7f7f';
export const topicList = () => [...topics.values()];
/** Set by app.js: what a click on a topic or term does. */
export const actions = { selectTopic: () => {}, selectTerm: () => {}, showLine: () => {}, removeLine: () => {}, hideLine: () => {}, toggleTopic: () => {} };

/** The series name of the focused line (the term or theme last typed), if the chart draws it. */
function focusName(lines) {
  const f = state.focus?.toLowerCase();
  return f ? lines.lines.find((l) => l.shown && l.label.toLowerCase() === f)?.name ?? null : null;
}
const onChartTopic = (d) => {
  const id = topicIdOf(d);
  if (id !== undefined) actions.selectTopic(id);
};

/** The topic tree's nodes (from drawTree): the map lights every topic under a selected node. */
let treeNodes = new Map();
function leavesOf(id) {
  const node = treeNodes.get(id);
  return node?.children.length ? node.children.flatMap(leavesOf) : [id];
}

export const drawMap = () => latest('map-panel', async (signal, isCurrent) => {
  setMapOptions($('map'), { selected: state.topic, leavesOf, colorOf, onSelect: (id) => actions.selectTopic(id) });
  await loadMap($('map'), state.category || undefined, signal, isCurrent);
});
export const highlightMap = () => setMapOptions($('map'), { selected: state.topic });

/** What the segment's statistics leave out (one-month or undated corpora), by id, from /api/emerging. */
async function skipsOf(signal) {
  const { skipped = [] } = await getJson('/api/emerging', segment(), signal);
  return new Map(skipped.map((s) => [s.id, s]));
}
/** A note in place of a chart the corpus cannot support. */
function skipNote(container, skip) {
  container.replaceChildren(Object.assign(el('p', `Not computed: ${skip.what}. Reason: ${skip.reason}.`, 'muted skipped'), { role: 'note' }));
  container.dataset.state = 'skipped';
}

let overTime = null;
export const drawOverTime = () => latest('time-panel', async (signal, isCurrent) => {
  const skip = (await skipsOf(signal)).get('over-time');
  if (skip) return void (isCurrent() && (overTime = null, skipNote($('over-time'), skip)));
  overTime = await getJson('/api/charts/topics-over-time', { ...segment(), metric: state.metric }, signal);
  await highlightOverTime(isCurrent);
});
/** The selected topic at full strength, the others faded. */
export async function highlightOverTime(isCurrent = () => true) {
  if (!overTime) return;
  const sel = state.topic;
  // A click on a legend entry hides its topic (or shows it again); a double-click shows only it.
  const picked = withLegendPick(withoutHidden(overTime, state.hiddenTopics), { isolateOn: 'dblclick' });
  const spec = sel === null ? picked : {
    ...picked,
    layer: picked.layer.map((l, i) => (i === 0 ? { ...l, encoding: { ...l.encoding, opacity: { condition: { test: `datum.topic_id === ${sel}`, value: 1 }, value: 0.3 } } } : l)),
  };
  const onLegend = (name) => actions.toggleTopic(seriesKey(overTime, name));
  await draw($('over-time'), spec, { onClick: onChartTopic, onLegend, isCurrent, label: 'topics over time' });
  if (isCurrent()) showHiddenNote($('over-time-note'), overTime, state.hiddenTopics, () => actions.toggleTopic(null));
}

export const drawTerms = () => latest('terms-panel', async (signal, isCurrent) => {
  const skip = (await skipsOf(signal)).get('over-time');
  if (skip) return void (isCurrent() && skipNote($('term-chart'), skip));
  const asked = { ...segment(), q: state.terms.join(','), hide: state.hidden.join(',') };
  const [spec, lines] = await Promise.all([
    getJson('/api/charts/theme-trends', { ...asked, metric: state.metric }, signal),
    getJson('/api/lines', asked, signal),
  ]);
  const focus = focusName(lines);
  // A click on a legend entry hides its line; a double-click shows only it.
  const onLegend = (name) => actions.hideLine(name);
  await draw($('term-chart'), withLegendPick(spec, { focus, isolateOn: 'dblclick' }), { isCurrent, onLegend, label: 'terms and themes over time' });
  if (!isCurrent()) return;
  showLines(lines, { focus, hidden: state.hidden, onShow: (name) => actions.showLine(name) });
  showChips(spec, lines, focus, { onSelect: (term) => actions.selectTerm(term), onRemove: (term, isTerm) => actions.removeLine(term, isTerm) });
});

/** The model's summary, asked for once per page load (the category list and the header both use it). */
let summaryOnce;
export const summary = () => (summaryOnce ??= getJson('/api/summary', {}));

export const showTopics = () => latest('topics-panel', async (signal, isCurrent) => {
  const body = await getJson('/api/topics', { category: state.category || undefined }, signal);
  if (!isCurrent()) return;
  for (const t of body.topics) topics.set(t.id, t);
  $('topics').replaceChildren(...body.topics.map((t) => {
    const li = el('li');
    li.dataset.topic = String(t.id);
    const swatch = el('span', null, 'swatch');
    swatch.style.background = t.color;
    const b = button(`#${t.id} ${t.label}`, () => actions.selectTopic(t.id));
    // A hidden topic (curate --hide) stays listed, so its papers can still be found, but says so.
    li.append(swatch, b, el('span', ` ${fmt(t.size)}${t.hidden ? ' · hidden' : ''}`, 'muted'));
    return li;
  }));
  markSelected();
  const s = await summary();
  if (!isCurrent()) return;
  const range = s.dateRange ? `, ${s.dateRange.start} to ${s.dateRange.end}` : '';
  $('summary').textContent = state.category
    ? `${fmt(body.papers)} papers in ${state.category} (of ${fmt(s.papers)}), ${s.topics} topics${range}`
    : `${fmt(s.papers)} papers, ${s.topics} topics${range}`;
});
export function markSelected() {
  for (const li of $('topics').children) {
    const on = Number(li.dataset.topic) === state.topic;
    li.classList.toggle('selected', on);
    li.querySelector('button')?.setAttribute('aria-pressed', String(on));
  }
}

export const showChanges = () => latest('changes-panel', async (signal, isCurrent) => {
  const e = await getJson('/api/emerging', segment(), signal);
  if (!isCurrent()) return;
  const skip = e.skipped?.find((x) => x.id === 'growth-test');
  if (skip) {
    $('windows').textContent = `Not computed: ${skip.what}. Reason: ${skip.reason}.`;
    for (const id of ['emerging', 'declining']) $(id).replaceChildren();
    return;
  }
  $('windows').textContent = `Last ${e.after.keys.length} full bins (${e.after.from} to ${e.after.to}) against the ${e.before.keys.length} before; significant at q < ${e.alpha}.`;
  for (const [id, rows] of [['emerging', e.emerging], ['declining', e.declining]]) {
    const items = rows.map((r) => {
      const li = el('li');
      const name = r.kind === 'topic' ? button(`#${r.topic} ${r.name}`, () => actions.selectTopic(r.topic)) : button(`theme: ${r.name}`, () => actions.selectTerm(r.name));
      li.append(name, el('span', ` ${pct(r.share_before)} → ${pct(r.share_after)}`, 'muted'));
      return li;
    });
    $(id).replaceChildren(...(items.length ? items : [el('li', 'None significant.', 'muted')]));
  }
});

export const showTopic = () => latest('topic-panel', async (signal, isCurrent) => {
  const panel = $('topic-panel');
  if (state.topic === null) {
    panel.hidden = true;
    return;
  }
  await showTopicPage(panel, state.topic, segment(), { signal, isCurrent, colorOf, onSelect: (id) => actions.selectTopic(id) });
});

export const refreshPapers = () => latest('papers-panel', async (signal, isCurrent) => {
  await showPapers(state, { category: state.category || undefined }, signal, isCurrent);
  updateDownloads();
});

/** The three topic-relation charts, drawn once their panel is opened (not part of the first load). */
export const drawRelations = () => latest('relations-panel', async (signal, isCurrent) => {
  if (!$('relations').open) return;
  const views = [['distance-map', 'topic-distance-map', 'topic distance map'], ['dendrogram', 'topic-dendrogram', 'topic dendrogram'], ['similarity', 'topic-similarity', 'topic similarity']];
  const specs = await Promise.all(views.map(([, view]) => getJson(`/api/charts/${view}`, {}, signal)));
  await Promise.all(views.map(([id, , label], k) => draw($(id), specs[k], { isCurrent, label, onClick: onChartTopic })));
});

export const drawTree = () => latest('tree-panel', async (signal, isCurrent) => {
  const h = await getJson('/api/hierarchy', {}, signal);
  treeNodes = new Map(h.nodes.map((n) => [n.id, n]));
  highlightMap();
  await showTree($('tree'), h, { colorOf, isCurrent, onSelect: (id) => actions.selectTopic(id) });
});

export const showNew = () => latest('new-panel', (signal, isCurrent) =>
  showWhatsNew($('whatsnew'), segment(), state.newN, pickedPeriods(), { signal, isCurrent, onTopic: (id) => actions.selectTopic(id), onTerm: (t) => actions.selectTerm(t) }));

export const showCompare = () => latest('compare-panel', (signal, isCurrent) => {
  const [a, b] = state.compare.split(',');
  return showSideBySide($('compare'), $('compare-chart'), { by: state.compareBy, a, b }, { signal, isCurrent, onTopic: (id) => actions.selectTopic(id) });
});
