// The comparison controls and their part of the address: "what is new" (the last N bins, or
// two picked periods) and side by side (by category or by source, A and B). Every choice goes
// through the page's apply(), so it lands in the address and a reload or Back restores it.
import { el, fmt } from './api.js';
import { state } from './state.js';

const $ = (id) => document.getElementById(id);
const NOUN = { category: 'Category', source: 'Source' };

/** The summary's categories and sources, for the A and B lists (set once the summary loads). */
let choices = { category: [], source: [] };

/** Fill A and B with the categories or the sources (as the state says), keeping the state's picks. */
export function syncCompareControls() {
  const by = state.compareBy;
  const [a = '', b = ''] = state.compare.split(',');
  $('cmp-by').value = by;
  for (const noun of document.querySelectorAll('.cmp-noun')) noun.textContent = NOUN[by];
  for (const [id, value] of [['cmp-a', a], ['cmp-b', b]]) {
    const select = $(id);
    if (select.dataset.by !== by) {
      select.replaceChildren(Object.assign(el('option', 'Choose…'), { value: '' }), ...choices[by].map((c) => Object.assign(el('option', `${c.name} (${fmt(c.count)})`), { value: c.name })));
      select.dataset.by = by;
    }
    select.value = value;
  }
}

/** Set the period inputs and the N select from the state. */
export function syncPeriodControls() {
  $('new-n').value = String(state.newN);
  const picked = !!(state.newBefore && state.newAfter);
  if (picked) $('periods-details').open = true;
  for (const [key, side] of [['newBefore', 'before'], ['newAfter', 'after']]) {
    $(`${side}-from`).value = picked ? state[key].slice(0, 10) : '';
    $(`${side}-to`).value = picked ? state[key].slice(12) : '';
  }
}

/** `apply`: the page's state change (app.js); `summary`: the model summary, with categories and sources. */
export function wireComparisons(apply, summary) {
  choices = { category: summary.categories.slice(0, 60), source: summary.sources };
  // Filled again from the summary (a sync before it loaded had no choices to fill them with).
  for (const id of ['cmp-a', 'cmp-b']) delete $(id).dataset.by;
  // Fewer than two sources: nothing to compare by source.
  $('cmp-by').querySelector('option[value=source]').disabled = summary.sources.length < 2;
  $('cmp-by').addEventListener('change', (e) => apply({ compareBy: e.target.value, compare: '' }));
  $('compare-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void apply({ compare: `${$('cmp-a').value},${$('cmp-b').value}` });
  });
  // The window size of "what is new" is part of the view, so it is kept in the address too; choosing it leaves picked periods.
  $('new-n').addEventListener('change', (e) => apply({ newN: Number(e.target.value), newBefore: '', newAfter: '' }));
  $('periods-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const range = (side) => `${$(`${side}-from`).value}..${$(`${side}-to`).value}`;
    void apply({ newBefore: range('before'), newAfter: range('after') });
  });
  $('periods-clear').addEventListener('click', () => apply({ newBefore: '', newAfter: '' }));
  syncCompareControls();
}
