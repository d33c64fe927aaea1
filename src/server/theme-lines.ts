/**
 * Which lines the "terms and themes" chart draws, as one list: the reader's
 * terms, then the largest themes, at most ten (the colour set's size). A term
 * that names a theme ("agents" typed while the theme "agents" exists) is the
 * theme, not a second line; a theme the reader removed stays out. Every line
 * keeps one colour however the list changes: a theme by its place in the
 * model's theme list, a term by its place in the reader's list.
 */
import type { ThemeTrendRow } from '../trends/index.js';

export const MAX_LINES = 10;
/** Themes drawn when no term is asked for. */
const DEFAULT_THEME_LINES = 8;
/** Tableau 10 for themes; terms get the darker Okabe-Ito-like set so they never take a theme's colour. */
const THEME_COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
const TERM_COLORS = ['#000000', '#0072b2', '#d55e00', '#009e73', '#cc79a7', '#56b4e9', '#e69f00', '#7f3c8d', '#11a579', '#3969ac'];

/** Series name of a user term, kept apart from a theme of the same name. */
export const termSeriesName = (term: string) => `"${term}"`;

export interface ThemeLines {
  /** Terms that are not theme names (drawn as "term" lines). */
  terms: string[];
  /** Series names in legend order. */
  shown: string[];
  colors: Record<string, string>;
}

export function themeLines(themeNames: readonly string[], rows: readonly ThemeTrendRow[], q: readonly string[], hide: readonly string[]): ThemeLines {
  const byLower = new Map(themeNames.map((n) => [n.toLowerCase(), n]));
  const hidden = new Set(hide.map((h) => h.toLowerCase()));
  const askedThemes = q.map((t) => byLower.get(t.toLowerCase())).filter((t): t is string => !!t);
  const terms = q.filter((t) => !byLower.has(t.toLowerCase()));
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.theme, (totals.get(r.theme) ?? 0) + r.count);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
  const room = Math.max(0, Math.min(DEFAULT_THEME_LINES, MAX_LINES - terms.length - askedThemes.length));
  const extra = ranked.filter((n) => !hidden.has(n.toLowerCase()) && !askedThemes.includes(n)).slice(0, room);
  const themes = [...new Set([...askedThemes, ...extra])].slice(0, MAX_LINES - terms.length);
  const colors: Record<string, string> = {};
  for (const n of themes) colors[n] = THEME_COLORS[Math.max(0, themeNames.indexOf(n)) % THEME_COLORS.length];
  terms.forEach((t, i) => (colors[termSeriesName(t)] = TERM_COLORS[i % TERM_COLORS.length]));
  return { terms, shown: [...terms.map(termSeriesName), ...themes], colors };
}
