/**
 * `topictrends aggregate` as a pipeline: transform parts → trend tables,
 * charts, report and run.json, written as one staged run folder (so `--out`
 * never overwrites a user's file). The parts are checked first: all from this
 * model and of one bin (store/part-identity.ts); each paper id counts once,
 * and the duplicates dropped are counted.
 */
import path from 'node:path';
import type { TrendOptions } from '../model/index.js';
import { carryParts, checkParts, partFiles, trendTablesFromParts } from '../store/index.js';
import type { BinUnit } from '../trends/index.js';
import { openRun } from './open-run.js';
import type { TableFormat } from '../tables/index.js';
import { StageClock, UsageError, UserError, resolveOut, withRunFolder } from '../util/index.js';
import { writeRunReport } from './report.js';
import { writeRunJson } from './run-folder.js';
import { writeTrendOutputs } from './write-outputs.js';

export interface AggregateRunOptions {
  /** Run folder or model.json the parts were transformed with. */
  model: string;
  parts: string[];
  out: string;
  /** Growth-test windows and strata (`adjustBy`, default auto). */
  windows?: Pick<TrendOptions, 'recent' | 'baseline' | 'adjustBy'>;
  /** Bin of the tables; default the parts' own. Another unit is re-keyed from each paper's date. */
  bin?: BinUnit;
  tables?: TableFormat;
  report?: boolean;
}

/** Whether `inner` is `outer` or inside it. */
const within = (inner: string, outer: string) => !path.relative(outer, inner).startsWith('..') && !path.isAbsolute(path.relative(outer, inner));

export async function runAggregate(options: AggregateRunOptions) {
  const run = await openRun(options.model);
  const modelFile = run.modelFile;
  const out = await resolveOut(options.out);
  // The run folder is replaced as a whole: it must not hold the model, and parts it holds must sit in
  // its parts/ (the layout of a scaled run and of the Dask runner's output), from where they are carried over.
  const inParts = (f: string) => path.dirname(path.resolve(f)) === path.join(out, 'parts');
  const held = [modelFile, ...options.parts].find((f) => within(path.resolve(f), out) && (f === modelFile || !inParts(f)));
  if (held) throw new UsageError('--out', `${options.out} holds ${held}, which aggregate reads; the folder would be replaced as a whole (choose another folder)`);
  const carried = options.parts.filter((f) => within(path.resolve(f), out));
  const model = run.saved;
  const { bin, unchecked } = await checkParts(options.parts, modelFile);
  return withRunFolder(options.out, async (dir) => {
    const clock = new StageClock();
    const kept = carried.length ? partFiles(await carryParts(carried, dir), dir) : [];
    const trends = await clock.time('aggregate', () => trendTablesFromParts(options.parts, model.topics, { ...options.windows, bin: options.bin ?? bin }));
    // Parts without an identity can still come from another model: their papers' topics would be dropped from the tables (44 of 800).
    const known = new Set([-1, ...model.topics.map((t) => t.id)]);
    const foreign = [...trends.topicSizes].filter(([id]) => !known.has(id));
    if (foreign.length) {
      const n = foreign.reduce((s, [, size]) => s + size, 0);
      throw new UserError(`${n} papers of the parts have topic ids ${modelFile} does not have (${foreign.map(([id]) => id).join(', ')}): parts of another model? (parts: ${options.parts.join(', ')})`);
    }
    const withSizes = { ...model, topics: model.topics.map((t) => ({ ...t, size: trends.topicSizes.get(t.id) ?? 0 })) };
    const files = [...kept, ...(await writeTrendOutputs(dir, trends, options.tables))];
    if (options.report !== false) {
      const written = await clock.time('charts', () => writeRunReport(dir, withSizes, trends));
      files.push(...[written.html, ...written.specs, ...written.svgs].map((f) => path.relative(dir, f)));
    }
    await writeRunJson(dir, {
      aggregate: { model: modelFile, parts: options.parts, unchecked },
      bin: trends.bin,
      counts: { rows: trends.papers + trends.duplicates, papers: trends.papers, duplicates: trends.duplicates, periods: trends.periods.length, undated: trends.undated },
      skipped: trends.skipped,
      seconds: clock.seconds,
      files,
    });
    return { trends, files, unchecked };
  }, { partsOnly: carried.length > 0 });
}
