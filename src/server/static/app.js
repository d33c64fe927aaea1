// The dashboard page: the state lives in the address (state.js); every change
// goes through apply(), which redraws exactly the panels the changed keys
// feed, and records a history entry so Back/Forward and shared links work.
import { el, fmt } from './api.js';
import { loadVega } from './charts.js';
import { zoomAt } from './map.js';
import { wireFind } from './find.js';
import { PAGE_SIZE } from './papers.js';
import * as P from './panels.js';
import { updateDownloads } from './downloads.js';
import { showFindings } from './findings.js';
import { syncCompareControls, syncPeriodControls, wireComparisons } from './compare-controls.js';
import { topicNamed, wireLineActions } from './line-actions.js';
import { changed, parseHash, pushState, restorePlace, scrollPlace, state } from './state.js';

const $ = (id) => document.getElementById(id);

function report(err) {
  const status = $('status');
  status.hidden = !err;
  status.textContent = err ? `Something went wrong: ${err.message}` : '';
}

/** Which panels each state key feeds. */
const FEEDS = {
  category: [P.drawMap, P.showTopics, P.drawOverTime, P.drawTerms, P.showChanges, P.showNew, P.showTopic, P.refreshPapers],
  bin: [P.drawOverTime, P.drawTerms, P.showChanges, P.showNew, P.showTopic, updateDownloads],
  metric: [P.drawOverTime, P.drawTerms],
  terms: [P.drawTerms, updateDownloads],
  hidden: [P.drawTerms],
  hiddenTopics: [() => P.highlightOverTime()],
  focus: [P.drawTerms],
  newN: [P.showNew],
  newBefore: [P.showNew],
  newAfter: [P.showNew],
  topic: [P.showTopic, P.refreshPapers, P.highlightMap, P.drawOverTime, P.markSelected],
  term: [P.refreshPapers],
  paperQuery: [P.refreshPapers],
  offset: [P.refreshPapers],
  compare: [P.showCompare],
  compareBy: [P.showCompare],
};

/** Set controls from the state (after a restore or Back). */
function syncControls() {
  $('bin').value = pendingBin ?? state.bin;
  $('category').value = state.category;
  for (const r of document.querySelectorAll('input[name=metric]')) r.checked = r.value === state.metric;
  $('paper-q').value = state.paperQuery;
  syncPeriodControls();
  syncCompareControls();
}

export async function apply(next, { push = true } = {}) {
  const before = { ...state };
  Object.assign(state, next);
  const keys = changed(before, state);
  if (!keys.length) return;
  if (push) pushState();
  syncControls();
  const jobs = new Set(keys.flatMap((k) => FEEDS[k] ?? []));
  await Promise.all([...jobs].map((f) => f())).catch(report);
}

P.actions.selectTopic = (id) => {
  void apply({ topic: id, term: null, offset: 0 }).then(() => $('topic-panel').scrollIntoView({ behavior: 'smooth', block: 'start' }));
};
P.actions.selectTerm = (term) => {
  void apply({ topic: null, term, offset: 0 }).then(() => $('papers-panel').scrollIntoView({ behavior: 'smooth', block: 'start' }));
};
wireLineActions(P.actions, apply);

/**
 * The bin chosen but not yet applied (it waits to settle). Kept here, not read back from the
 * select when the timer fires: a category change in between redrew the controls from the
 * state and the bin silently went back to the old one.
 */
let pendingBin = null;
/** The pending bin as a state change, now (a category change takes it along). */
function takeBin() {
  const bin = pendingBin;
  pendingBin = null;
  return bin ? { bin } : {};
}

/** Bin changes apply once the choice settles: arrow keys on a closed select fire change per press. */
function settle(fn, ms = 350) {
  let timer;
  return (e) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(e), ms);
  };
}

function wire() {
  wireFind((id) => P.actions.selectTopic(id));
  $('relations').addEventListener('toggle', () => P.drawRelations().catch(report));
  const applyBin = settle(() => apply(takeBin()));
  $('bin').addEventListener('change', (e) => {
    pendingBin = e.target.value;
    applyBin();
  });
  $('category').addEventListener('change', (e) => apply({ category: e.target.value, offset: 0, ...takeBin() }));
  for (const radio of document.querySelectorAll('input[name=metric]')) radio.addEventListener('change', (e) => apply({ metric: e.target.value }));
  $('controls').addEventListener('submit', (e) => e.preventDefault());
  $('term-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const typed = $('term-input').value.trim();
    $('term-input').value = '';
    // A topic's name (as the topic list shows it, or "#3") opens that topic: lit in "Topics over time", its verdict on its page.
    const topic = topicNamed(typed, P.topicList());
    if (topic) return P.actions.selectTopic(topic.id);
    const added = typed.split(',').map((t) => t.trim().replace(/\s+/g, ' ')).filter(Boolean);
    const lower = new Set(added.map((t) => t.toLowerCase()));
    const all = [...state.terms.filter((t) => !lower.has(t.toLowerCase())), ...added];
    const terms = all.slice(-10);
    // The oldest terms make room (10 lines at most), and the page says which.
    const dropped = all.slice(0, -10);
    $('status').hidden = !dropped.length;
    $('status').textContent = dropped.length ? `At most 10 typed lines: ${dropped.map((t) => `"${t}"`).join(', ')} removed to make room.` : '';
    void apply({ terms, hidden: state.hidden.filter((h) => !lower.has(h.toLowerCase())), focus: added.at(-1) ?? state.focus });
  });
  $('term-input').addEventListener('input', settle(suggestTerms, 150));
  $('term-clear').addEventListener('click', () => apply({ terms: [], hidden: [], focus: '' }));
  $('paper-search').addEventListener('submit', (e) => {
    e.preventDefault();
    void apply({ paperQuery: $('paper-q').value.trim(), offset: 0 });
  });
  $('selection-clear').addEventListener('click', () => apply({ topic: null, term: null, paperQuery: '', offset: 0 }));
  $('topic-close').addEventListener('click', () => apply({ topic: null }));
  $('prev').addEventListener('click', () => apply({ offset: Math.max(0, state.offset - PAGE_SIZE) }));
  $('next').addEventListener('click', () => apply({ offset: state.offset + PAGE_SIZE }));
  // A chosen download closes the menu: left open, it covered the topic list.
  document.querySelector('.downloads').addEventListener('click', (e) => {
    if (e.target.closest('a')) document.querySelector('.downloads-menu').open = false;
  });
  $('zoom-in').addEventListener('click', () => zoomAt($('map'), 1.5));
  $('zoom-out').addEventListener('click', () => zoomAt($('map'), 1 / 1.5));
  $('zoom-reset').addEventListener('click', () => zoomAt($('map'), 0));
  // Back and Forward return to where the reader was on that view (saved by pushState), not wherever the redraw leaves it.
  history.scrollRestoration = 'manual';
  window.addEventListener('scroll', settle(() => history.replaceState(scrollPlace(), ''), 150));
  window.addEventListener('popstate', (e) => {
    const place = e.state;
    // Once the view is redrawn, and again after the charts have settled their heights.
    void apply(parseHash(location.hash), { push: false }).then(() => {
      restorePlace(place);
      setTimeout(() => restorePlace(place), 300);
    });
  });
}

/** Suggestions for the part after the last comma, from the model's vocabulary; the earlier parts stay as typed. */
async function suggestTerms() {
  const typed = $('term-input').value;
  const cut = typed.lastIndexOf(',') + 1;
  const prefix = typed.slice(cut).trim();
  if (prefix.length < 2) return void $('term-suggestions').replaceChildren();
  const { suggestions } = await fetch(`/api/terms/suggest?prefix=${encodeURIComponent(prefix)}`).then((r) => r.json());
  if ($('term-input').value !== typed) return;
  const before = cut ? `${typed.slice(0, cut).trim()} ` : '';
  $('term-suggestions').replaceChildren(...suggestions.map((s) => Object.assign(el('option', `${fmt(s.papers)} papers`), { value: before + s.term })));
}

/** The bin choices the server offers for this corpus (summary.bins: the units of src/trends that fit); an unknown bin in the address falls back to auto. */
function fillBins(s) {
  const word = (b) => b[0].toUpperCase() + b.slice(1);
  $('bin').replaceChildren(...s.bins.map((b) => Object.assign(el('option', word(b)), { value: b })));
  if (!s.bins.includes(state.bin)) state.bin = 'auto';
}

async function fillCategories() {
  const s = await P.summary();
  fillBins(s);
  $('category').append(...s.categories.slice(0, 60).map((c) => Object.assign(el('option', `${c.name} (${fmt(c.count)})`), { value: c.name })));
  $('category').disabled = s.categories.length === 0;
  wireComparisons(apply, s);
}

async function start() {
  wire();
  Object.assign(state, parseHash(location.hash));
  // The map (canvas, no Vega; its colours come with its labels) beside the categories and the topic
  // list; the Vega scripts run once the map is up (their 0.2 s parse held it back); then the charts.
  const map = P.drawMap().finally(() => loadVega().catch(report));
  await Promise.all([fillCategories(), P.showTopics(), P.summary().then(showFindings)]);
  syncControls();
  updateDownloads();
  await Promise.all([map, P.drawOverTime(), P.drawTerms(), P.showChanges(), P.refreshPapers(), P.showTopic(), P.drawTree(), P.showNew(), P.showCompare()]);
  document.body.dataset.ready = 'true';
  if (state.topic !== null) $('topic-panel').scrollIntoView({ block: 'start' });
}
start().catch(report);
