// Side by side: two categories or two sources, topic by topic, as effect sizes. Each topic's
// difference in share (B − A, in percentage points) with its 95% interval, sorted by size, in
// neutral colours: two groups are not a change over time, so no green "up" and red "down".
// "14 of 14 topics differ significantly" said nothing (at 20,000 papers a 0.3-point
// difference is significant); the page leads with how large the largest differences are.
import { button, el, fmt, getJson, pct } from './api.js';
import { draw } from './charts.js';

/** Differences smaller than this many points are called small, however significant. */
export const SMALL_POINTS = 2;
/** Orange/blue: the pair that stays apart for every common colour-vision deficiency. */
const COLOURS = ['#e69f00', '#0072b2'];

const signed = (x) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`;
/** "+4.2 points (95% interval +1.6 to +7.0)". */
export const effectText = (r) => `${signed(100 * r.difference)} points (95% interval ${signed(100 * r.ci_lo)} to ${signed(100 * r.ci_hi)})`;
/** True when the whole interval lies beyond ±SMALL_POINTS. */
const large = (r) => 100 * r.ci_lo > SMALL_POINTS || 100 * r.ci_hi < -SMALL_POINTS;

/** What the difference is, in words: adjusted (standardised to the pooled mix of the other field) or raw. */
function measureText(c) {
  const what = `Difference in share of papers, ${c.b} − ${c.a}, in percentage points, with its 95% interval`;
  return c.adjustedBy === 'none'
    ? `${what} (Newcombe's interval from the two Wilson intervals); q from the two-proportion z-test, Benjamini-Hochberg over all topics.`
    : `${what}, both shares standardised to the same ${c.adjustedBy} mix (so a difference is not just a different ${c.adjustedBy} mix); q from the Cochran-Mantel-Haenszel test within ${c.adjustedBy === 'source' ? 'sources' : 'categories'}, Benjamini-Hochberg over all topics.`;
}

/** The headline: the largest difference with its interval, how many are more than a few points, how many are significant. */
function headline(c) {
  const top = c.rows[0];
  const big = c.rows.filter(large).length;
  const sig = c.rows.filter((r) => r.significant).length;
  const lead = top ? `Largest difference: #${top.topic} ${top.label}, ${effectText(top)}, more in ${top.difference >= 0 ? c.b : c.a}. ` : '';
  const verb = (k) => (k === 1 ? 'differs' : 'differ');
  return `${lead}${big} of ${c.rows.length} topics ${verb(big)} by more than ${SMALL_POINTS} points (the whole interval beyond ±${SMALL_POINTS}); ${sig} of ${c.rows.length} ${verb(sig)} significantly (q < ${c.alpha}).`;
}

function forestSpec(c) {
  const values = [...c.rows].sort((x, y) => y.difference - x.difference).map((r) => ({
    topic: `#${r.topic} ${r.label}`, topic_id: r.topic, difference: 100 * r.difference, lo: 100 * r.ci_lo, hi: 100 * r.ci_hi,
    more_in: r.difference >= 0 ? c.b : c.a, share_a: r.shareA, share_b: r.shareB, q: r.q,
  }));
  const y = { field: 'topic', type: 'nominal', sort: null, title: null, axis: { labelLimit: Math.min(150, Math.max(60, window.innerWidth - 310)) } };
  const x = { field: 'difference', type: 'quantitative', title: [`${c.b} − ${c.a}`, 'points, with 95% interval'] };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: `Difference in topic share, ${c.b} minus ${c.a}, with 95% intervals`,
    width: 500,
    height: Math.max(120, values.length * 22),
    layer: [
      { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: '#888', strokeDash: [4, 3] }, encoding: { x: { field: 'zero', type: 'quantitative' } } },
      { data: { values }, mark: { type: 'rule', strokeWidth: 2, color: '#555' }, encoding: { y, x: { ...x, field: 'lo' }, x2: { field: 'hi' } } },
      {
        data: { values },
        mark: { type: 'point', filled: true, size: 70 },
        encoding: {
          y, x,
          color: { field: 'more_in', type: 'nominal', title: 'More papers in', scale: { domain: [c.a, c.b], range: COLOURS }, legend: { orient: 'top' } },
          tooltip: [{ field: 'topic', title: 'Topic' }, { field: 'difference', title: 'Difference (points)', format: '+.1f' }, { field: 'lo', title: 'From', format: '+.1f' }, { field: 'hi', title: 'To', format: '+.1f' },
            { field: 'share_a', title: `Raw share in ${c.a}`, format: '.1%' }, { field: 'share_b', title: `Raw share in ${c.b}`, format: '.1%' }, { field: 'q', format: '.3f' }],
        },
      },
    ],
  };
}

/** "14.5% of A, 23.2% of B" (standardised when adjusted, the raw shares beside). */
function sharesText(c, r) {
  const raw = `${pct(r.shareA)} of ${c.a}, ${pct(r.shareB)} of ${c.b}`;
  return r.adjusted_shareA === undefined ? raw : `standardised ${pct(r.adjusted_shareA)} of ${c.a}, ${pct(r.adjusted_shareB)} of ${c.b} (raw ${raw})`;
}

/** The largest differences, in words, each topic a button. */
function largestList(c, onTopic) {
  const ul = el('ul', null, 'changes');
  ul.append(...c.rows.slice(0, 5).map((r) => {
    const li = el('li');
    li.dataset.topic = String(r.topic);
    li.append(button(`#${r.topic} ${r.label}`, () => onTopic(r.topic)), el('span', ` ${effectText(r)}; ${sharesText(c, r)}`, 'muted'));
    return li;
  }));
  return ul;
}

const NOUN = { category: 'categories', source: 'sources' };

export async function showSideBySide(box, chart, { by, a, b }, { signal, isCurrent, onTopic }) {
  if (!a || !b || a === b) {
    box.replaceChildren(el('p', `Choose two different ${NOUN[by]} to compare.`, 'muted'));
    chart.replaceChildren();
    return;
  }
  const c = await getJson('/api/compare', { by, a, b }, signal);
  if (!isCurrent()) return;
  box.replaceChildren(
    el('p', `${a}: ${fmt(c.papersA)} papers; ${b}: ${fmt(c.papersB)} papers.`, 'muted'),
    Object.assign(el('p', headline(c), 'compare-headline'), { id: 'compare-headline' }),
    el('h3', 'Largest differences'),
    largestList(c, onTopic),
    el('p', measureText(c), 'hint'),
  );
  await draw(chart, forestSpec(c), { isCurrent, label: `difference in topic share, ${b} minus ${a}`, onClick: (d) => typeof d.topic_id === 'number' && onTopic(d.topic_id) });
}
