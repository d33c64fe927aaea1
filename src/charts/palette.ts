/**
 * Topic colours, by topic id. A run often has 20-40 topics, more than any
 * single scheme keeps apart, so the palette is an explicit list in three
 * tiers: Tableau 10 (designed to stay distinguishable under the common
 * colour-vision deficiencies) for topics 0-9, the same ten hues lighter for
 * 10-19 (so topic 3 and topic 13 share a hue but not a lightness: never
 * neighbours in the size order), then Kelly's high-contrast colours. The
 * earlier order interleaved dark/light pairs, which put near-identical hues on
 * topics 0 and 1. Past its length the colours repeat (Vega does it itself).
 */
export const TOPIC_PALETTE: readonly string[] = [
  // Tableau 10
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac',
  // Tableau 20's light partners of the ten
  '#a0cbe8', '#ffbe7d', '#ff9d9a', '#86bcb6', '#8cd17d', '#f1ce63', '#d4a6c8', '#fabfd2', '#d7b5a6', '#79706e',
  // Kelly (1965), without white, black and the two greys
  '#f3c300', '#875692', '#f38400', '#a1caf1', '#be0032', '#c2b280', '#008856', '#e68fac',
  '#0067a5', '#f99379', '#604e97', '#f6a600', '#b3446c', '#dcd300', '#882d17', '#8db600',
  '#654522', '#e25822', '#2b3d26',
];

/** Colour of the "Other topics" group: neutral so it never competes with a topic. */
export const OTHER_COLOR = '#c7c7c7';

/** Label of the group that collects topics beyond the top N. */
export const OTHER_NAME = 'Other topics';

/** Colours that say up / down / neither in the change chart. */
export const DIRECTION_COLORS = { emerging: '#2a9d5c', declining: '#c8433a', stable: '#9e9e9e' } as const;

/** The shade behind partial bins and burst intervals. */
export const PARTIAL_FILL = '#9e9e9e';
export const BURST_FILL = '#f4a261';

/** Theme colours, by the theme's place in the model's theme list (Tableau 10): the same line colour in the dashboard and the report. */
const THEME_COLORS: readonly string[] = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
/** Colours of the reader's terms: a darker, Okabe-Ito-like set, so a term never takes a theme's colour. */
const TERM_COLORS: readonly string[] = ['#000000', '#0072b2', '#d55e00', '#009e73', '#cc79a7', '#56b4e9', '#e69f00', '#7f3c8d', '#11a579', '#3969ac'];

/** Colour of theme `name` among the model's `themes` (in the model's order). */
export function themeColor(themes: readonly string[], name: string): string {
  return THEME_COLORS[Math.max(0, themes.indexOf(name)) % THEME_COLORS.length];
}

/** Colour of the reader's `i`-th term. */
export const termColor = (i: number): string => TERM_COLORS[i % TERM_COLORS.length];

/** Every theme's colour by name. */
export function themeColors(themes: readonly string[]): Record<string, string> {
  return Object.fromEntries(themes.map((t) => [t, themeColor(themes, t)]));
}
