/**
 * Topic colours. A run often has 20-40 topics, more than any single Vega
 * scheme keeps apart, so the palette is an explicit list: Tableau 20 followed by
 * Kelly's high-contrast colours (minus white/black/greys). Past its length the
 * colours repeat, which Vega does by itself when the domain is longer.
 */
export const TOPIC_PALETTE: readonly string[] = [
  // Tableau 20
  '#4e79a7', '#a0cbe8', '#f28e2b', '#ffbe7d', '#59a14f', '#8cd17d', '#b6992d', '#f1ce63',
  '#499894', '#86bcb6', '#e15759', '#ff9d9a', '#79706e', '#bab0ac', '#d37295', '#fabfd2',
  '#b07aa1', '#d4a6c8', '#9d7660', '#d7b5a6',
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
