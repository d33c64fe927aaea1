/**
 * What a time chart's y axis shows: the raw share of the bin's papers, that
 * share adjusted for the corpus mix (trends/standardise.ts: the source switch
 * of papers.jsonl moves "video, 3d" from 1% to 24% raw, 4% to 8% adjusted), or
 * papers. One place for the field, title and format every time chart uses.
 */
export type TrendMetric = 'share' | 'adjusted' | 'count';

export interface MetricAxis {
  field: 'share' | 'adjusted' | 'count';
  title: string;
  format: string;
  /** For chart titles: 'share', 'adjusted share', 'papers'. */
  word: string;
}

/**
 * @param adjustedBy what the run adjusted by ('none' or absent: the adjusted share is the raw one, and the title says so)
 */
export function metricAxis(metric: TrendMetric, bin: string, adjustedBy?: string): MetricAxis {
  if (metric === 'count') return { field: 'count', title: `Papers per ${bin}`, format: ',d', word: 'papers' };
  if (metric === 'share') return { field: 'share', title: `Share of papers in the ${bin}`, format: '%', word: 'share' };
  const how = adjustedBy && adjustedBy !== 'none' ? `adjusted for the ${adjustedBy} mix` : 'not adjusted (one stratum)';
  return { field: 'adjusted', title: `Share of papers in the ${bin}, ${how}`, format: '%', word: 'adjusted share' };
}
