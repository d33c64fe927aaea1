// What the terms chart says about each line, in words: the focused line's verdict beside the
// chart, and every line (each term typed, every theme) with its verdict, drawn or not, with a
// button to draw one that is not, and a chip per drawn line. A line is never left out (over
// the cap, or hidden by the reader) without the page saying so and how to show it.
import { button, el, pct } from './api.js';

const $ = (id) => document.getElementById(id);
const ARROW = { rising: '↑', falling: '↓', stable: '→' };

/** "+1.3 points" for a change in share held as a fraction. */
const points = (change) => `${change >= 0 ? '+' : '−'}${Math.abs(100 * change).toFixed(1)} points`;
const qText = (q) => (q < 0.001 ? 'q < 0.001' : `q = ${q.toFixed(3)}`);

/** One verdict as a sentence: direction, change, q and the bin it started in. */
export function verdictText(v) {
  if (!v) return 'no verdict (too few full bins to test)';
  const shares = `${pct(v.share_before)} → ${pct(v.share_after)} of papers (${points(v.change)})`;
  if (v.direction === 'stable') return `stable: ${shares}, not significant (${qText(v.q)})`;
  return `${v.direction}: ${shares}, ${qText(v.q)}${v.since ? `, since ${v.since}` : ''}`;
}

/** A short verdict for a chip: "↑ +1.3 points". */
export const verdictBadge = (v) => (v ? `${ARROW[v.direction]} ${v.direction === 'stable' ? 'stable' : points(v.change)}` : '');

/** The windows the verdicts compare, as a sentence. */
function windowsText(lines) {
  if (lines.skipped) return `No verdicts: ${lines.skipped.reason}.`;
  if (!lines.before) return '';
  return `Verdicts compare the last ${lines.after.keys.length} full bins (${lines.after.from} to ${lines.after.to}) with the ${lines.before.keys.length} before; significant at q < ${lines.alpha}.`;
}

/** `hidden`: the names the reader hid (legend clicks, removed themes); the rest not drawn are over the cap. */
export function showLines(lines, { focus, hidden: byReader = [], onShow }) {
  const focused = lines.lines.find((l) => l.name === focus);
  const box = $('line-verdict');
  box.hidden = !focused;
  box.replaceChildren(...(focused ? [el('strong', focused.label), el('span', ` ${verdictText(focused.verdict)}`)] : []));
  box.dataset.direction = focused?.verdict?.direction ?? '';
  const asked = new Set(byReader.map((h) => h.toLowerCase()));
  const notDrawn = lines.lines.filter((l) => !l.shown);
  const hidden = notDrawn.filter((l) => asked.has(l.label.toLowerCase()));
  const capped = notDrawn.filter((l) => !asked.has(l.label.toLowerCase()));
  const names = (ls) => ls.map((l) => (l.kind === 'term' ? `"${l.label}"` : l.label)).join(', ');
  $('line-note').textContent = [
    hidden.length ? `Hidden: ${names(hidden)}. Choose "Draw" in "Every line with its verdict" below, or Reset, to show it again.` : '',
    capped.length ? `${capped.length} of ${lines.lines.length} lines ${capped.length === 1 ? 'is' : 'are'} not drawn (10 lines at most, and themes beyond the 8 largest only when asked for): ${names(capped)}. Choose "Draw" in the list below to add one.` : '',
  ].filter(Boolean).join(' ');
  $('line-windows').textContent = windowsText(lines);
  $('line-list').replaceChildren(...lines.lines.map((l) => {
    const row = el('tr');
    row.dataset.line = l.label;
    row.dataset.direction = l.verdict?.direction ?? '';
    const action = l.shown ? el('span', 'drawn', 'muted') : button('Draw', () => onShow(l.label));
    row.append(el('td', l.kind === 'term' ? `"${l.label}"` : l.label), el('td', verdictText(l.verdict)), el('td'));
    row.lastChild.append(action);
    return row;
  }));
}

/** A chip per drawn line, in the chart's colours: its name (shows its papers), its verdict, and × to remove it. */
export function showChips(spec, lines, focus, { onSelect, onRemove }) {
  const verdictOf = new Map(lines.lines.map((l) => [l.name, l.verdict]));
  // The lines' colours: the last layer with a colour scale (mix-shift rules are layered on top, without one).
  const colour = spec.layer.findLast((l) => l.encoding?.color?.scale?.domain).encoding.color.scale;
  const names = colour.domain;
  $('term-chips').replaceChildren(...names.map((name) => {
    const isTerm = name.startsWith('"');
    const term = isTerm ? name.slice(1, -1) : name;
    const li = el('li', null, 'chip');
    li.style.borderColor = colour.range?.[names.indexOf(name)] ?? '';
    li.classList.toggle('focus', name === focus);
    li.append(
      button(isTerm ? term : `theme: ${term}`, () => onSelect(term), 'chip-name'),
      el('span', verdictBadge(verdictOf.get(name)), 'chip-verdict'),
      Object.assign(button('×', () => onRemove(term, isTerm), 'chip-x'), { title: `Remove ${term}` }),
    );
    li.lastChild.setAttribute('aria-label', `Remove ${term}`);
    return li;
  }));
}

