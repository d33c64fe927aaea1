// What the terms box and the lines do to the state: draw a line (a theme or typed term),
// remove it, hide it (a click on its legend entry: it stays listed with its verdict and a
// "Draw" button), and a topic named in the box ("#3" or its label), which opens that topic.
import { state } from './state.js';

const lower = (s) => s.toLowerCase();

/** The topic a typed text names: "#3", or a topic's label as the topic list shows it; else undefined. */
export function topicNamed(text, topics) {
  const id = /^#(\d+)$/.exec(text.trim());
  if (id) return topics.find((t) => t.id === Number(id[1]));
  return topics.find((t) => lower(t.label) === lower(text.trim()));
}

/** A topic's change row (the trend tables' adjusted growth test) as a line verdict (lines.js verdictText). */
export function topicVerdict(change) {
  if (!change) return null;
  const direction = { emerging: 'rising', declining: 'falling' }[change.direction] ?? 'stable';
  return { ...change, direction, q: change.q ?? 1, since: direction === 'stable' ? null : change.since ?? null };
}

/** `apply`: the page's state change (app.js); sets the line actions the panels call. */
export function wireLineActions(actions, apply) {
  actions.showLine = (name) => {
    void apply({ terms: [...state.terms.filter((t) => lower(t) !== lower(name)), name].slice(-10), hidden: state.hidden.filter((h) => lower(h) !== lower(name)), focus: name });
  };
  actions.removeLine = (name, isTerm) => {
    void apply(isTerm
      ? { terms: state.terms.filter((t) => t !== name) }
      : { terms: state.terms.filter((t) => lower(t) !== lower(name)), hidden: [...new Set([...state.hidden, name])] });
  };
  // A legend entry's value is the series name: a typed term in quotes, a theme as it is.
  actions.hideLine = (series) => {
    const name = series.startsWith('"') ? series.slice(1, -1) : series;
    void apply({ hidden: [...new Set([...state.hidden, name])], focus: lower(state.focus) === lower(name) ? '' : state.focus });
  };
  // "Topics over time": a legend click hides a topic or shows it again (key: its id or "other"); null shows all.
  actions.toggleTopic = (key) => {
    if (key === undefined) return;
    const hidden = state.hiddenTopics;
    void apply({ hiddenTopics: key === null ? [] : hidden.includes(key) ? hidden.filter((k) => k !== key) : [...hidden, key] });
  };
}
