/**
 * Which lines the "terms and themes" chart draws, as one list: the reader's
 * terms, then the largest themes, at most ten (the colour set's size). A term
 * that names a theme ("agents" typed while the theme "agents" exists) is the
 * theme, not a second line; a theme the reader removed stays out. Every line
 * keeps one colour however the list changes: a theme by its place in the
 * model's theme list, a term by its place in the reader's list. A hidden
 * term or theme (`hide`) is not drawn but stays listed with its verdict.
 */
import type { ThemeTrendRow } from '../trends/index.js';
import { termColor, themeColor } from '../charts/index.js';

export const MAX_LINES = 10;
/** Themes drawn when no term is asked for. */
const DEFAULT_THEME_LINES = 8;

/** Series name of a user term, kept apart from a theme of the same name. */
export const termSeriesName = (term: string) => `"${term}"`;

export interface ThemeLines {
  /** Terms that are not theme names ("term" lines; drawn unless hidden). */
  terms: string[];
  /** Series names in legend order. */
  shown: string[];
  colors: Record<string, string>;
}

export function themeLines(themeNames: readonly string[], rows: readonly ThemeTrendRow[], q: readonly string[], hide: readonly string[]): ThemeLines {
  const byLower = new Map(themeNames.map((n) => [n.toLowerCase(), n]));
  const hidden = new Set(hide.map((h) => h.toLowerCase()));
  const askedThemes = q.map((t) => byLower.get(t.toLowerCase())).filter((t): t is string => !!t && !hidden.has(t.toLowerCase()));
  const terms = q.filter((t) => !byLower.has(t.toLowerCase()));
  // A term the reader hid (a click on its legend entry) keeps its verdict and colour but is not drawn.
  const drawn = terms.filter((t) => !hidden.has(t.toLowerCase()));
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.theme, (totals.get(r.theme) ?? 0) + r.count);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
  const room = Math.max(0, Math.min(DEFAULT_THEME_LINES, MAX_LINES - drawn.length - askedThemes.length));
  const extra = ranked.filter((n) => !hidden.has(n.toLowerCase()) && !askedThemes.includes(n)).slice(0, room);
  const themes = [...new Set([...askedThemes, ...extra])].slice(0, MAX_LINES - drawn.length);
  const colors: Record<string, string> = {};
  for (const n of themes) colors[n] = themeColor(themeNames, n);
  terms.forEach((t, i) => (colors[termSeriesName(t)] = termColor(i)));
  return { terms, shown: [...drawn.map(termSeriesName), ...themes], colors };
}
