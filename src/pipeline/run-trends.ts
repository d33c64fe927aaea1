/**
 * The trend tables of a run, whatever its size: in memory over its papers,
 * or for a scaled run from its parts through the SQL `aggregate` uses
 * (store/sql.ts), so they count every paper, never only the fit sample.
 */
import { computeTrendTables, type TrendTables } from '../analysis/index.js';
import { OptionError, curationNotes, type TopicModel, type TrendOptions } from '../model/index.js';
import { trendTablesFromParts } from '../store/index.js';
import type { BinUnit } from '../trends/index.js';
import type { Progress } from '../util/index.js';

/** Trend options the parts cannot answer (they need each paper's text or a filter SQL does not apply): refused by flag. */
const NOT_FROM_PARTS: [keyof TrendOptions, string][] = [
  ['category', '--category'], ['source', '--source'], ['from', '--from'], ['to', '--to'], ['minConfidence', '--min-confidence'],
];

export interface RunPapers {
  /** model.json's model (a scaled run: the fit sample; its topics are the run's). */
  model: TopicModel;
  /** A scaled run's parts; absent or [] for an in-memory run. */
  parts?: readonly string[];
  /** The bin of the parts' period column (used for `--bin auto`). */
  partsBin?: BinUnit;
}

export type RunTrendTables = TrendTables & { topicSizes?: Map<number, number> };

/** Throw an OptionError naming the first trend flag a scaled run cannot apply (`run` calls it before its fit). */
export function checkPartsTrendOptions(options: TrendOptions = {}): void {
  for (const [key, flag] of NOT_FROM_PARTS) {
    if (options[key] !== undefined) throw new OptionError(flag, 'does not apply to a scaled run (its papers are in Parquet parts, read with SQL): leave it out, or run `aggregate` on a selection of the parts');
  }
}

export async function runTrendTables(run: RunPapers, options: TrendOptions = {}, progress?: Progress): Promise<RunTrendTables> {
  if (!run.parts?.length) return computeTrendTables(run.model, options, (done, total) => progress?.update(done, total));
  checkPartsTrendOptions(options);
  const bin = options.bin && options.bin !== 'auto' ? options.bin : run.partsBin;
  const tables = await trendTablesFromParts(run.parts, run.model.topics, { ...options, bin });
  // What a curation left for a person's look (reduce, align), said as in memory.
  return { ...tables, notes: [...tables.notes, ...curationNotes(run.model)] };
}

/** model.json's model with each topic's size over every paper of the parts (a scaled run's fit sample holds a few of them). */
export function withCorpusSizes(model: TopicModel, trends: RunTrendTables): TopicModel {
  const sizes = trends.topicSizes;
  return sizes ? { ...model, topics: model.topics.map((t) => ({ ...t, size: sizes.get(t.id) ?? 0 })) } : model;
}
