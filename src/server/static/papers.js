// The paper table: the selected topic or term, a search box and paging. Titles
// link to their source page (arXiv); a snippet of the abstract shows the search match highlighted.
import { el, fmt, getJson, marked, paperTitle } from './api.js';

export const PAGE_SIZE = 25;

export async function showPapers(state, filters, signal, isCurrent = () => true) {
  const body = document.querySelector('#papers tbody');
  const q = state.paperQuery || state.term || undefined;
  const params = { ...filters, q, topic: state.topic ?? undefined, limit: PAGE_SIZE, offset: state.offset };
  const page = await getJson('/api/documents', params, signal);
  if (!isCurrent()) return undefined;
  body.replaceChildren(
    ...page.documents.map((p) => {
      const row = el('tr');
      const title = el('td', null, 'title');
      title.append(paperTitle(p, q));
      if (p.snippet) {
        const snip = el('p', null, 'snippet');
        snip.append(...marked(p.snippet, q));
        title.append(snip);
      }
      row.append(el('td', p.date ?? '—', 'date'), title, el('td', `#${p.topic} ${p.topicLabel}`, 'topic'), el('td', p.categories.join(' '), 'cats muted'));
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
  document.getElementById('papers-count').textContent = `${first}–${page.offset + page.documents.length} of ${fmt(page.total)}`;
  document.getElementById('prev').disabled = page.offset === 0;
  document.getElementById('next').disabled = page.offset + page.documents.length >= page.total;
  const what = state.topic !== null ? `topic #${state.topic}` : state.term ? `“${state.term}”` : 'all topics';
  const where = state.category ? ` in ${state.category}` : '';
  document.getElementById('papers-title').textContent = `Papers — ${what}${where}${state.paperQuery ? `, matching “${state.paperQuery}”` : ''}`;
  return page;
}
