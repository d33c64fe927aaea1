// The dashboard page: state in one object, each panel redrawn from the API when it changes.
import { apiUrl, el, getJson, pct, topicIdOf } from './api.js';
import { draw } from './charts.js';
import { showPapers, PAGE_SIZE } from './papers.js';

const state = { bin: 'auto', metric: 'share', category: '', topic: null, term: null, paperQuery: '', offset: 0, terms: [] };
const $ = (id) => document.getElementById(id);
const segment = () => ({ bin: state.bin, category: state.category });

function report(err) {
  const status = $('status');
  status.hidden = !err;
  status.textContent = err ? `Something went wrong: ${err.message}` : '';
}
const guard = (fn) => (...args) => fn(...args).catch(report);

function select({ topic = null, term = null }) {
  Object.assign(state, { topic, term, paperQuery: '', offset: 0 });
  $('paper-q').value = '';
  for (const li of $('topics').children) li.classList.toggle('selected', Number(li.dataset.topic) === topic);
  return Promise.all([refreshPapers(), showDetail()]);
}
const selectTopicByName = (datum) => {
  const id = topicIdOf(datum.topic);
  if (id !== undefined) guard(select)({ topic: id });
};

async function drawMap() {
  const spec = await getJson('/api/charts/topic-map', { category: state.category });
  await draw($('map'), spec, { renderer: 'canvas', onClick: selectTopicByName });
}
/** What the segment's statistics leave out (one-month or undated corpora), by id, from /api/emerging. */
async function skipsOf(seg) {
  const { skipped = [] } = await getJson('/api/emerging', seg);
  return new Map(skipped.map((s) => [s.id, s]));
}
/** A note in place of a chart the corpus cannot support. */
function skipNote(container, skip) {
  container.replaceChildren(Object.assign(el('p', `Not computed: ${skip.what}. Reason: ${skip.reason}.`, 'muted skipped'), { role: 'note' }));
  container.dataset.state = 'skipped';
}

async function drawOverTime() {
  const skip = (await skipsOf(segment())).get('over-time');
  if (skip) return skipNote($('over-time'), skip);
  const spec = await getJson('/api/charts/topics-over-time', { ...segment(), metric: state.metric });
  await draw($('over-time'), spec, { onClick: selectTopicByName });
}
async function drawTerms() {
  const skip = (await skipsOf(segment())).get('over-time');
  if (skip) skipNote($('term-chart'), skip);
  else await draw($('term-chart'), await getJson('/api/charts/theme-trends', { ...segment(), q: state.terms.join(',') }));
  $('term-chips').replaceChildren(...state.terms.map((t) => {
    const chip = el('li');
    const button = el('button', t, 'chip');
    button.type = 'button';
    button.title = 'Show papers mentioning this term';
    button.addEventListener('click', () => guard(select)({ term: t }));
    chip.append(button);
    return chip;
  }));
}

async function showTopics() {
  const { topics } = await getJson('/api/topics');
  $('topics').replaceChildren(...topics.map((t) => {
    const li = el('li');
    li.dataset.topic = String(t.id);
    const button = el('button', `#${t.id} ${t.label}`, 'link');
    button.type = 'button';
    button.addEventListener('click', () => guard(select)({ topic: t.id }));
    li.append(button, el('span', ` ${t.size.toLocaleString('en-US')} papers`, 'muted'));
    return li;
  }));
}

async function showChanges() {
  const e = await getJson('/api/emerging', segment());
  const skip = e.skipped?.find((s) => s.id === 'growth-test');
  if (skip) {
    $('windows').textContent = `Not computed: ${skip.what}. Reason: ${skip.reason}.`;
    for (const id of ['emerging', 'declining']) $(id).replaceChildren();
    return;
  }
  $('windows').textContent = `Last ${e.after.keys.length} full bins (${e.after.from} to ${e.after.to}) against the ${e.before.keys.length} before; significant at q < ${e.alpha}.`;
  for (const [id, rows] of [['emerging', e.emerging], ['declining', e.declining]]) {
    const items = rows.map((r) => {
      const li = el('li');
      const name = el(r.kind === 'topic' ? 'button' : 'span', r.kind === 'topic' ? `#${r.topic} ${r.name}` : `theme: ${r.name}`, r.kind === 'topic' ? 'link' : '');
      if (r.kind === 'topic') name.addEventListener('click', () => guard(select)({ topic: r.topic }));
      li.append(name, el('span', ` ${pct(r.share_before)} → ${pct(r.share_after)}`, 'muted'));
      return li;
    });
    $(id).replaceChildren(...(items.length ? items : [el('li', 'None significant.', 'muted')]));
  }
}

async function showDetail() {
  const detail = $('detail');
  if (state.topic === null) {
    $('detail-title').textContent = state.term ? `Term “${state.term}”` : 'Selected topic';
    detail.replaceChildren(el('p', state.term ? 'Papers mentioning the term are listed below.' : 'Click a topic on the map, in the list or over time.', 'muted'));
    return;
  }
  const t = await getJson(`/api/topics/${state.topic}`, segment());
  $('detail-title').textContent = `Topic #${t.topic.id}: ${t.topic.label}`;
  const terms = el('p', t.topic.terms.map((x) => x.term).join(' · '), 'terms');
  const facts = el('p', `${t.topic.size.toLocaleString('en-US')} papers` + (t.change ? `; share ${pct(t.change.share_before)} → ${pct(t.change.share_after)} (${t.change.direction})` : ''), 'muted');
  const reps = el('ul', null, 'reps');
  reps.append(...t.representative.map((p) => el('li', `${p.title} (${p.date ?? 'undated'})`)));
  detail.replaceChildren(facts, el('h3', 'Top terms'), terms, el('h3', 'Most typical papers'), reps);
}

async function refreshPapers() {
  await showPapers(state, { category: state.category });
  updateDownloads();
}

function updateDownloads() {
  const filters = { category: state.category };
  $('dl-documents').href = apiUrl('/api/export/documents.csv', { ...filters, topic: state.topic ?? undefined, q: state.paperQuery || state.term || undefined });
  $('dl-topics').href = '/api/export/topics.csv';
  $('dl-topic-trends').href = apiUrl('/api/export/topic_trends.csv', segment());
  $('dl-theme-trends').href = apiUrl('/api/export/theme_trends.csv', segment());
}

async function showSummary() {
  const s = await getJson('/api/summary');
  const range = s.dateRange ? `, ${s.dateRange.start} to ${s.dateRange.end}` : '';
  $('summary').textContent = `${s.papers.toLocaleString('en-US')} papers, ${s.topics} topics${range}`;
  $('category').append(...s.categories.slice(0, 60).map((c) => Object.assign(el('option', `${c.name} (${c.count.toLocaleString('en-US')})`), { value: c.name })));
  $('category').disabled = s.categories.length === 0;
}

/** Everything that depends on bin or category. */
const redrawSegment = () => Promise.all([drawOverTime(), drawTerms(), showChanges(), showDetail()]);

function wire() {
  $('bin').addEventListener('change', guard(async (e) => { state.bin = e.target.value; await redrawSegment(); updateDownloads(); }));
  $('category').addEventListener('change', guard(async (e) => {
    state.category = e.target.value;
    state.offset = 0;
    await Promise.all([drawMap(), redrawSegment(), refreshPapers()]);
  }));
  for (const radio of document.querySelectorAll('input[name=metric]')) {
    radio.addEventListener('change', guard(async (e) => { state.metric = e.target.value; await drawOverTime(); }));
  }
  $('controls').addEventListener('submit', (e) => e.preventDefault());
  $('term-form').addEventListener('submit', guard(async (e) => {
    e.preventDefault();
    const added = $('term-input').value.split(',').map((t) => t.trim().replace(/\s+/g, ' ')).filter(Boolean);
    state.terms = [...new Set([...state.terms, ...added])].slice(-10);
    $('term-input').value = '';
    await drawTerms();
  }));
  $('term-clear').addEventListener('click', guard(async () => { state.terms = []; await drawTerms(); }));
  $('paper-search').addEventListener('submit', guard(async (e) => {
    e.preventDefault();
    state.paperQuery = $('paper-q').value.trim();
    state.offset = 0;
    await refreshPapers();
  }));
  $('selection-clear').addEventListener('click', guard(() => select({})));
  $('prev').addEventListener('click', guard(async () => { state.offset = Math.max(0, state.offset - PAGE_SIZE); await refreshPapers(); }));
  $('next').addEventListener('click', guard(async () => { state.offset += PAGE_SIZE; await refreshPapers(); }));
}

async function start() {
  wire();
  updateDownloads();
  // Charts first: they are what a person looks at; lists fill in alongside.
  await Promise.all([showSummary(), drawOverTime(), drawMap(), showTopics(), showChanges(), drawTerms(), refreshPapers()]);
  document.body.dataset.ready = 'true';
}
start().catch(report);
