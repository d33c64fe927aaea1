// The view's state and its address: everything a colleague needs to see the
// same view lives in the hash (#topic=3&bin=year&category=cs.CL&terms=a,b&...),
// so a link restores it and Back/Forward step through selections.

export const DEFAULTS = Object.freeze({
  topic: null, term: null, bin: 'auto', category: '', metric: 'share', terms: [], hidden: [], hiddenTopics: [], focus: '', compare: '', compareBy: 'category', paperQuery: '', offset: 0, newN: 3, newBefore: '', newAfter: '',
});

export const state = { ...DEFAULTS, terms: [], hidden: [], hiddenTopics: [] };

/** The segment every statistic is computed for: the bin and the category. */
export const segment = () => ({ bin: state.bin, category: state.category || undefined });

/** The two periods "what is new" compares when the reader picked them ({before, after} of {from, to}), else null. */
export function pickedPeriods() {
  if (!state.newBefore || !state.newAfter) return null;
  const range = (s) => ({ from: s.slice(0, 10), to: s.slice(12) });
  return { before: range(state.newBefore), after: range(state.newAfter) };
}

const list = (s) => (s ? s.split(',').map((t) => t.trim()).filter(Boolean) : []);
/** A period "FROM..TO" as the API takes it (two days, FROM not after TO), else ''. */
const period = (s) => (s && /^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/.test(s) && s.slice(0, 10) <= s.slice(12) ? s : '');

/** State from a hash like "#topic=3&bin=year"; unknown keys and bad values fall back to defaults. */
export function parseHash(hash) {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const topic = p.get('topic');
  const bin = p.get('bin');
  return {
    ...DEFAULTS,
    topic: topic !== null && /^\d+$/.test(topic) ? Number(topic) : null,
    term: p.get('term') || null,
    // Checked against the server's list (summary.bins, from src/trends) once it has loaded: see app.js fillBins.
    bin: bin && /^[a-z]+$/.test(bin) ? bin : 'auto',
    category: p.get('category') ?? '',
    metric: ['adjusted', 'count'].includes(p.get('metric')) ? p.get('metric') : 'share',
    terms: list(p.get('terms')).slice(0, 10),
    hidden: list(p.get('hide')),
    hiddenTopics: list(p.get('hidetopics')).filter((k) => /^(\d+|other)$/.test(k)),
    focus: p.get('focus') ?? '',
    newN: ['2', '3', '6', '12'].includes(p.get('new')) ? Number(p.get('new')) : 3,
    compare: p.get('compare') ?? '',
    compareBy: p.get('cmpby') === 'source' ? 'source' : 'category',
    // Two picked periods replace "the last N against the N before"; one alone means nothing.
    ...(period(p.get('before')) && period(p.get('after')) ? { newBefore: p.get('before'), newAfter: p.get('after') } : {}),
    paperQuery: p.get('q') ?? '',
  };
}

export function toHash(s) {
  const p = new URLSearchParams();
  if (s.topic !== null) p.set('topic', String(s.topic));
  if (s.term) p.set('term', s.term);
  if (s.bin !== 'auto') p.set('bin', s.bin);
  if (s.category) p.set('category', s.category);
  if (s.metric !== 'share') p.set('metric', s.metric);
  if (s.terms.length) p.set('terms', s.terms.join(','));
  if (s.hidden.length) p.set('hide', s.hidden.join(','));
  if (s.hiddenTopics.length) p.set('hidetopics', s.hiddenTopics.join(','));
  if (s.focus) p.set('focus', s.focus);
  if (s.newN !== 3) p.set('new', String(s.newN));
  if (s.newBefore && s.newAfter) {
    p.set('before', s.newBefore);
    p.set('after', s.newAfter);
  }
  if (s.compare) p.set('compare', s.compare);
  if (s.compareBy !== 'category') p.set('cmpby', s.compareBy);
  if (s.paperQuery) p.set('q', s.paperQuery);
  const text = p.toString();
  return text ? `#${text}` : '';
}

/** Record the current state as a new history entry (unless it is the address already). */
export function pushState() {
  const hash = toHash(state);
  if (hash === location.hash || (hash === '' && location.hash === '')) return;
  // The entry being left remembers its scroll position, for Back.
  history.replaceState(scrollPlace(), '');
  history.pushState(null, '', hash || location.pathname + location.search);
}

/** Keys whose value differs between two states. */
export function changed(a, b) {
  return Object.keys(DEFAULTS).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

/**
 * Where the reader is: the first panel on screen and how far its top sits from the window's
 * top (panels above it change height as the view redraws, so a bare scrollY lands elsewhere).
 */
export function scrollPlace() {
  const panel = [...document.querySelectorAll('main > .panel')].find((p) => !p.hidden && p.getBoundingClientRect().bottom > 0);
  return { scrollY: window.scrollY, anchor: panel?.id ?? null, offset: panel ? panel.getBoundingClientRect().top : 0 };
}

/** Back to a place saved by scrollPlace: the same panel at the same height on screen. */
export function restorePlace(place) {
  const panel = place?.anchor ? document.getElementById(place.anchor) : null;
  if (panel && !panel.hidden) window.scrollBy(0, panel.getBoundingClientRect().top - place.offset);
  else window.scrollTo(0, place?.scrollY ?? 0);
}
