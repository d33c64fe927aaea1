/**
 * Everything a run folder holds, written from a model and its estimator state:
 * documents/topics CSVs, model.json, model/ (the estimator), the trend tables,
 * the extra tables of updates and alignments, charts and report. `run`,
 * `update` and `run --align-to` all end here, so their folders have the same files.
 */
import path from 'node:path';
import type { EstimatorState } from '../estimator/index.js';
import { saveEstimator } from '../estimator/index.js';
import { toCsv } from '../util/index.js';
import { writeFileAtomic } from '../util/index.js';
import { StageClock } from '../util/index.js';
import type { TopicModel } from '../model/index.js';
import type { TrendOptions } from '../model/index.js';
import { writeRunReport } from './report.js';
import { LINEAGE_COLUMNS, NOVELTY_COLUMNS, lineageRows, noveltyRows } from '../estimator/index.js';
import { computeTrendTables, type TrendTables } from '../analysis/index.js';
import { writeModelOutputs, writeTrendOutputs } from './write-outputs.js';
import type { TableFormat } from '../tables/index.js';

export interface RunFolderOptions {
  trends?: TrendOptions;
  /** Write charts and report.html. Default true. */
  report?: boolean;
  /** Table files: csv (default), parquet, or both (see src/tables). */
  tables?: TableFormat;
}

export async function writeRunFolder(out: string, model: TopicModel, state: EstimatorState, options: RunFolderOptions, clock: StageClock): Promise<{ trends: TrendTables; files: string[] }> {
  const trends = await clock.time('trends', () => computeTrendTables(model, options.trends));
  const files: string[] = [];
  await clock.time('write', async () => {
    files.push(...(await writeModelOutputs(out, model, options.tables)));
    files.push(...(await saveEstimator(out, state)));
    files.push(...(await writeTrendOutputs(out, trends, options.tables)));
    const extra: Record<string, string> = {};
    if (model.lineage) extra['lineage.csv'] = toCsv(lineageRows(model.lineage), LINEAGE_COLUMNS);
    if (model.novelty) extra['novelty.csv'] = toCsv(noveltyRows(model.novelty), NOVELTY_COLUMNS);
    for (const [name, text] of Object.entries(extra)) await writeFileAtomic(path.join(out, name), text);
    files.push(...Object.keys(extra));
  });
  if (options.report !== false) {
    // Stage timings stay in run.json: report.html is byte-identical between runs of the same input and seed.
    const written = await clock.time('charts', (progress) => writeRunReport(out, model, trends, { onProgress: (d, t) => progress.update(d, t) }));
    files.push(...[written.html, ...written.specs, ...written.svgs].map((f) => path.relative(out, f)));
  }
  return { trends, files };
}

/** run.json: what was run, on what, how long each stage took, peak memory. Timing varies run to run, so it lives here, not in model.json. */
export async function writeRunJson(dir: string, body: Record<string, unknown> & { seconds: Record<string, number>; files: string[] }): Promise<void> {
  const full = { ...body, seconds: { ...body.seconds, total: Object.values(body.seconds).reduce((a, b) => a + b, 0) }, files: [...body.files, 'run.json'] };
  await writeFileAtomic(path.join(dir, 'run.json'), JSON.stringify(full, null, 2) + '\n');
}
