// Key findings at the top of the dashboard (from /api/summary): the adjusted risers and fallers with
// change, q and since when, then the caveats (mix shifts with their dates, partial bins, adjustment).
import { el } from './api.js';

const pts = (x) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)} pts`;
const qText = (q) => (q < 0.001 ? q.toExponential(1) : q.toFixed(3));

function line(f) {
  const name = f.kind === 'topic' ? `#${f.topic} ${f.name}` : `theme ${f.name}`;
  const mix = f.adjusted_by !== 'none' && f.mix_change !== undefined ? `; raw ${pts(f.raw_change)}, ${pts(f.mix_change)} of it from the ${f.adjusted_by} mix` : '';
  return el('li', `${name}: ${pts(f.change)} (q ${qText(f.q)})${f.since ? `, since ${f.since}` : ''}${mix}`);
}

export function showFindings(summary) {
  const box = document.getElementById('findings');
  const k = summary.keyFindings;
  if (!box || !k) return;
  const list = (rows, none) => (rows.length ? listOf(rows) : el('p', none, 'muted'));
  box.replaceChildren(
    el('h2', 'Key findings'),
    el('h3', 'Rising'), list(k.risers, 'No significant riser.'),
    el('h3', 'Falling'), list(k.fallers, 'No significant faller.'),
    ...(k.caveats.length ? [el('h3', 'Read with care'), listOf(k.caveats.map((c) => el('li', c)), true)] : []),
  );
  box.hidden = false;
}

function listOf(rows, ready = false) {
  const ul = el('ul');
  ul.append(...(ready ? rows : rows.map(line)));
  return ul;
}
