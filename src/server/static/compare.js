// "What is new": the last N bins against the N before, or two periods the reader
// picked (topics, themes and words with a significant change in share, and
// papers flagged novel by `update`). Two groups side by side: side-by-side.js.
import { button, el, fmt, getJson, paperTitle, pct } from './api.js';

/** A change over time (before → after): green up, red down. */
function changeList(rows, render) {
  const ul = el('ul', null, 'changes');
  ul.append(...(rows.length ? rows.slice(0, 12).map((r) => {
    const li = el('li');
    li.append(render(r), el('span', ` ${pct(r.share_before)} → ${pct(r.share_after)}`, r.change > 0 ? 'up' : 'down'));
    return li;
  }) : [el('li', 'None significant.', 'muted')]));
  return ul;
}

/** A window in words: "2025-06 to 2025-12 (7 bins)", or its one bin. */
const span = (w) => (w.keys.length === 1 ? w.keys[0] : `${w.keys[0]} to ${w.keys.at(-1)} (${w.keys.length} bins)`);

/** "2024-01-01..2024-06-30" as the API's before/after parameter, or undefined. */
const rangeParam = (r) => (r?.from && r?.to ? `${r.from}..${r.to}` : undefined);

/** `periods`: {before: {from, to}, after: {from, to}} picked by the reader, or null for the last n bins against the n before. */
export async function showWhatsNew(box, segment, n, periods, { signal, isCurrent, onTopic, onTerm }) {
  const picked = periods ? { before: rangeParam(periods.before), after: rangeParam(periods.after) } : {};
  const w = await getJson('/api/whatsnew', { ...segment, n, ...picked }, signal).catch((err) => ({ error: err }));
  if (!isCurrent()) return;
  if (w.error) {
    if (w.error.name === 'AbortError') throw w.error;
    const what = periods ? 'the two periods picked' : `${n} bins with ${n}`;
    box.replaceChildren(Object.assign(el('p', `Cannot compare ${what} in this selection: ${w.error.message}`, 'muted'), { role: 'note' }));
    return;
  }
  if (w.skipped) {
    box.replaceChildren(Object.assign(el('p', `Not computed: ${w.skipped.what}. Reason: ${w.skipped.reason}.`, 'muted skipped'), { role: 'note' }));
    return;
  }
  const novel = w.novel.total
    ? [el('h3', `Novel papers (${fmt(w.novel.total)}, flagged by update)`), listPapers(w.novel.papers)]
    : [el('p', 'No papers flagged novel (the model has had no update).', 'muted')];
  box.replaceChildren(
    Object.assign(el('p', `${w.picked ? 'Picked periods: ' : ''}${span(w.after)} against ${span(w.before)} (q < ${w.alpha}, Benjamini-Hochberg over all items).`, 'muted'), { id: 'whatsnew-windows' }),
    el('h3', 'Topics'), changeList(w.topics, (r) => button(`#${r.topic} ${r.name}`, () => onTopic(r.topic))),
    el('h3', 'Themes'), changeList(w.themes, (r) => button(`theme: ${r.name}`, () => onTerm(r.name))),
    el('h3', 'Words'), changeList(w.terms, (r) => button(r.name, () => onTerm(r.name))),
    ...novel,
  );
}

function listPapers(papers) {
  const ul = el('ul', null, 'refs');
  ul.append(...papers.map((p) => {
    const li = el('li');
    li.append(paperTitle(p), el('span', ` ${p.date ?? ''}`, 'muted'));
    return li;
  }));
  return ul;
}
