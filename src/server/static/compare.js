// Comparisons: "what is new" (the last N bins against the N before: topics,
// themes and words with a significant change in share, and papers flagged
// novel by `update`) and two categories side by side.
import { button, el, fmt, getJson, paperTitle, pct } from './api.js';
import { draw } from './charts.js';

/** `vs`: two groups side by side (A vs B), in neutral colours; without it a change over time (before → after), green up and red down. */
function changeList(rows, render, { vs = false } = {}) {
  const ul = el('ul', null, 'changes');
  ul.append(...(rows.length ? rows.slice(0, 12).map((r) => {
    const li = el('li');
    li.append(render(r), vs
      ? el('span', ` ${pct(r.share_before)} vs ${pct(r.share_after)}`, 'muted')
      : el('span', ` ${pct(r.share_before)} → ${pct(r.share_after)}`, r.change > 0 ? 'up' : 'down'));
    return li;
  }) : [el('li', 'None significant.', 'muted')]));
  return ul;
}

export async function showWhatsNew(box, segment, n, { signal, isCurrent, onTopic, onTerm }) {
  const w = await getJson('/api/whatsnew', { ...segment, n }, signal).catch((err) => ({ error: err }));
  if (!isCurrent()) return;
  if (w.error) {
    if (w.error.name === 'AbortError') throw w.error;
    box.replaceChildren(el('p', `Not enough full bins in this selection to compare ${n} with ${n}: ${w.error.message}`, 'muted'));
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
    el('p', `${w.after.keys.join(', ')} against ${w.before.keys.join(', ')} (q < ${w.alpha}, Benjamini-Hochberg over all items).`, 'muted'),
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

function dumbbellSpec(c, colors) {
  const rows = c.rows.slice(0, 15);
  const values = rows.flatMap((r) => [
    { topic: `#${r.topic} ${r.label}`, topic_id: r.topic, segment: c.a, share: r.shareA, significant: r.significant ? 'yes' : 'no' },
    { topic: `#${r.topic} ${r.label}`, topic_id: r.topic, segment: c.b, share: r.shareB, significant: r.significant ? 'yes' : 'no' },
  ]);
  // Topic names give way on a narrow screen so the plot keeps 250 px (at 390 px: 80 px of name; 117 px left it 217 px).
  const y = { field: 'topic', type: 'nominal', sort: null, title: null, axis: { labelLimit: Math.min(150, Math.max(60, window.innerWidth - 310)) } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: `Topic shares in ${c.a} and ${c.b}`,
    width: 500,
    // A fixed height (not a step per row): with the page's fit-x width, a step height made Vega-Lite warn.
    height: Math.max(120, rows.length * 22),
    data: { values },
    layer: [
      { mark: { type: 'line', color: '#bbb' }, encoding: { y, x: { field: 'share', type: 'quantitative' }, detail: { field: 'topic' } } },
      {
        mark: { type: 'point', filled: true, size: 70 },
        encoding: {
          y, x: { field: 'share', type: 'quantitative', title: 'Share of its papers', axis: { format: '%' } },
          color: { field: 'segment', type: 'nominal', title: 'Segment', scale: { domain: [c.a, c.b], range: colors }, legend: { orient: 'top' } },
          tooltip: [{ field: 'topic', title: 'Topic' }, { field: 'segment' }, { field: 'share', format: '.1%' }, { field: 'significant', title: 'Significant' }],
        },
      },
    ],
  };
}

export async function showSideBySide(box, chart, a, b, { signal, isCurrent, onTopic }) {
  if (!a || !b || a === b) {
    box.replaceChildren(el('p', 'Choose two different categories to compare.', 'muted'));
    chart.replaceChildren();
    return;
  }
  const c = await getJson('/api/compare', { by: 'category', a, b }, signal);
  if (!isCurrent()) return;
  const sig = c.rows.filter((r) => r.significant);
  box.replaceChildren(
    el('p', `${a}: ${fmt(c.papersA)} papers; ${b}: ${fmt(c.papersB)} papers. ${sig.length} of ${c.rows.length} topics differ significantly (q < ${c.alpha}).`, 'muted'),
    el('p', sig.length > 12 ? 'The 12 largest differences:' : '', 'muted'),
    changeList(sig.map((r) => ({ ...r, share_before: r.shareA, share_after: r.shareB, change: r.difference })), (r) => button(`#${r.topic} ${r.label}`, () => onTopic(r.topic)), { vs: true }),
  );
  // Orange/blue: the pair that stays apart for every common colour-vision deficiency.
  await draw(chart, dumbbellSpec(c, ['#e69f00', '#0072b2']), { isCurrent, label: `topic shares, ${a} against ${b}`, onClick: (d) => typeof d.topic_id === 'number' && onTopic(d.topic_id) });
}
