/**
 * `writeRun`: the one writer of a run folder, for in-memory and scaled runs
 * alike (`run`, `update`, `reduce`, `run --align-to`, and `curate`). It
 * stages the folder (util/staged-folder.ts `withRunFolder`: the old run stays
 * whole until the new one is complete), lets the caller write what only it
 * has (a scaled run's parts, the abstracts), then writes every other file —
 * documents.csv, topics.csv, hierarchy.csv, model.json, model/, the trend
 * tables, lineage/novelty, charts, report.html — and run.json, so both kinds
 * of run hold the same set of files (a scaled one adds parts/).
 *
 *   const { contents, trends, files } = await writeRun(out, { clock, trends }, async (dir) => ({ model, state, about }));
 */
import path from 'node:path';
import type { EstimatorState } from '../estimator/index.js';
import { saveEstimator } from '../estimator/index.js';
import { peakRssMb, toCsv, writeFileAtomic, withRunFolder, type StageClock } from '../util/index.js';
import type { TopicModel, TrendOptions } from '../model/index.js';
import { writeRunReport } from './report.js';
import { LINEAGE_COLUMNS, NOVELTY_COLUMNS, lineageRows, noveltyRows } from '../estimator/index.js';
import type { TrendTables } from '../analysis/index.js';
import { writeModelOutputs, writeTrendOutputs } from './write-outputs.js';
import type { TableFormat } from '../tables/index.js';
import { runTrendTables, withCorpusSizes } from './run-trends.js';
import type { BinUnit } from '../trends/index.js';

export interface RunFolderOptions {
  trends?: TrendOptions;
  /** Write charts and report.html. Default true. */
  report?: boolean;
  /** Table files: csv (default), parquet, or both (see src/tables). */
  tables?: TableFormat;
}

export interface RunContents {
  /** model.json: every paper of an in-memory run; the fit sample of a scaled one (its topic sizes are set from the parts). */
  model: TopicModel;
  state: EstimatorState;
  /** A scaled run's parts, written under `dir/parts/`: trends, topic sizes and documents.csv come from them. */
  parts?: string[];
  /** The bin of the parts' period column. */
  partsBin?: BinUnit;
  /** Files the caller wrote into `dir` (parts, abstracts), relative to it. */
  files?: string[];
  /** What run.json says of this run besides the counts, bin, skips, quality, timings and files every run.json has. */
  about: Record<string, unknown> & { counts?: Record<string, unknown> };
}

export interface WriteRunOptions extends RunFolderOptions {
  clock: StageClock;
}

export interface WrittenRun<C extends RunContents> {
  contents: C;
  /** The model as model.json holds it (a scaled run's with corpus topic sizes). */
  model: TopicModel;
  trends: TrendTables;
  files: string[];
  peakRssMb: number;
}

/** Stage `out`, let `build` write its part, write the rest and run.json, swap the folder in. */
export async function writeRun<C extends RunContents>(out: string, options: WriteRunOptions, build: (dir: string) => Promise<C>): Promise<WrittenRun<C>> {
  return withRunFolder(out, async (dir) => {
    const contents = await build(dir);
    const { model, trends, files } = await writeRunFiles(dir, contents, options);
    const written = [...new Set([...(contents.files ?? []), ...files])];
    const peak = peakRssMb();
    const { counts, ...about } = contents.about;
    await writeRunJson(dir, {
      ...about,
      counts: { ...counts, topics: model.topics.length, periods: trends.periods.length, undated: trends.undated },
      bin: trends.bin,
      skipped: trends.skipped,
      notes: trends.notes,
      quality: model.quality,
      seconds: options.clock.seconds,
      peakRssMb: peak,
      files: written,
    });
    return { contents, model, trends, files: [...written, 'run.json'], peakRssMb: peak };
  });
}

async function writeRunFiles(dir: string, c: RunContents, options: WriteRunOptions): Promise<{ model: TopicModel; trends: TrendTables; files: string[] }> {
  const { clock } = options;
  const trends = await clock.time(c.parts ? 'aggregate' : 'trends', (progress) => runTrendTables({ model: c.model, parts: c.parts, partsBin: c.partsBin }, options.trends, progress));
  const model = withCorpusSizes(c.model, trends);
  const files: string[] = [];
  // Counted in its four parts (8.8 s on the 52,852-paper run), for the progress line's time left.
  await clock.time('write', async (progress) => {
    files.push(...(await writeModelOutputs(dir, model, options.tables, c.parts)));
    progress.update(1, 4);
    files.push(...(await saveEstimator(dir, c.state)));
    progress.update(2, 4);
    files.push(...(await writeTrendOutputs(dir, trends, options.tables)));
    progress.update(3, 4);
    const extra: Record<string, string> = {};
    if (model.lineage) extra['lineage.csv'] = toCsv(lineageRows(model.lineage), LINEAGE_COLUMNS);
    if (model.novelty) extra['novelty.csv'] = toCsv(noveltyRows(model.novelty), NOVELTY_COLUMNS);
    for (const [name, text] of Object.entries(extra)) await writeFileAtomic(path.join(dir, name), text);
    files.push(...Object.keys(extra));
    progress.update(4, 4);
  });
  if (options.report !== false) {
    // Stage timings stay in run.json: report.html is byte-identical between runs of the same input and seed.
    const written = await clock.time('charts', (progress) => writeRunReport(dir, model, trends, { onProgress: (d, t) => progress.update(d, t) }));
    files.push(...[written.html, ...written.specs, ...written.svgs].map((f) => path.relative(dir, f)));
  }
  return { model, trends, files };
}

/** run.json: what was run, on what, how long each stage took, peak memory. Timing varies run to run, so it lives here, not in model.json. */
export async function writeRunJson(dir: string, body: Record<string, unknown> & { seconds: Record<string, number>; files: string[] }): Promise<void> {
  const full = { ...body, seconds: { ...body.seconds, total: Object.values(body.seconds).reduce((a, b) => a + b, 0) }, files: [...body.files, 'run.json'] };
  await writeFileAtomic(path.join(dir, 'run.json'), JSON.stringify(full, null, 2) + '\n');
}
