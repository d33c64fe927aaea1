// Find topics: the topics closest to a word or phrase (/api/topics/find), each with the share
// of its papers that mention it; a click opens the topic.
import { button, el, fmt, getJson, latest, pct } from './api.js';

const $ = (id) => document.getElementById(id);

export function wireFind(onTopic) {
  $('find-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = $('find-q').value.trim();
    if (!q) return;
    void latest('topics-panel', async (signal, isCurrent) => {
      const found = await getJson('/api/topics/find', { q }, signal);
      if (!isCurrent()) return;
      const items = found.topics.map((t) => {
        const li = el('li');
        li.dataset.topic = String(t.id);
        li.append(button(`#${t.id} ${t.label}`, () => onTopic(t.id)), el('span', ` ${pct(t.share)} of its papers (${fmt(t.papers)})`, 'muted'));
        return li;
      });
      $('find-note').textContent = `${fmt(found.papers)} papers mention "${found.query}".`;
      $('find-results').replaceChildren(...(items.length ? items : [el('li', 'No topic mentions it.', 'muted')]));
    });
  });
}
