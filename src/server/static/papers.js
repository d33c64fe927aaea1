// The paper table: the selected topic or term, a search box and paging.
import { el, getJson } from './api.js';

export const PAGE_SIZE = 25;

export async function showPapers(state, filters) {
  const body = document.querySelector('#papers tbody');
  const params = { ...filters, q: state.paperQuery || state.term || undefined, topic: state.topic ?? undefined, limit: PAGE_SIZE, offset: state.offset };
  const page = await getJson('/api/documents', params);
  body.replaceChildren(
    ...page.documents.map((p) => {
      const row = el('tr');
      row.append(el('td', p.date ?? '—', 'date'), el('td', p.title), el('td', `#${p.topic} ${p.topicLabel}`, 'topic'), el('td', p.categories.join(' '), 'cats muted'));
      row.dataset.id = p.id;
      return row;
    }),
  );
  if (page.total === 0) {
    const cell = el('td', 'No papers match.');
    cell.colSpan = 4;
    body.append(el('tr', null, 'empty'));
    body.lastChild.append(cell);
  }
  const first = page.total === 0 ? 0 : page.offset + 1;
  document.getElementById('papers-count').textContent = `${first}–${page.offset + page.documents.length} of ${page.total.toLocaleString('en-US')}`;
  document.getElementById('prev').disabled = page.offset === 0;
  document.getElementById('next').disabled = page.offset + page.documents.length >= page.total;
  const what = state.topic !== null ? `topic #${state.topic}` : state.term ? `“${state.term}”` : 'all topics';
  document.getElementById('papers-title').textContent = `Papers — ${what}${state.paperQuery ? `, matching “${state.paperQuery}”` : ''}`;
  return page;
}
